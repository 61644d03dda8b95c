package id.netra.integration.connector;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling for connector routes, in one place: a run that breaks off is reported as failed; a
 * delivery's failure goes back to the outbox relay, which owns retries and dead letters.
 */
public final class ConnectorErrors extends RouteConfigurationBuilder {

  public static final String RUNS = "netra-connector-runs";
  public static final String DELIVERIES = "netra-connector-deliveries";

  @Override
  public void configuration() {
    routeConfiguration(RUNS).onException(Exception.class).handled(true).process(Runs::onFailure);
    routeConfiguration(DELIVERIES).errorHandler(noErrorHandler());
  }
}
