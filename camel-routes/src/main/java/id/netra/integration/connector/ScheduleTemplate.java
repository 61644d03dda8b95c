package id.netra.integration.connector;

import org.apache.camel.builder.RouteBuilder;

/**
 * The one schedule template every connector kind uses: a timer that starts {@code
 * direct:<connectorId>.<what>} every {@code period} milliseconds.
 */
public final class ScheduleTemplate extends RouteBuilder {

  public static final String NAME = "netra-connector-schedule";

  @Override
  public void configure() {
    routeTemplate(NAME)
        .templateParameter("connectorId")
        .templateParameter("what")
        .templateParameter("period")
        .templateParameter("delay", "5000")
        .from("timer:{{connectorId}}-{{what}}?period={{period}}&delay={{delay}}")
        .to("direct:{{connectorId}}.{{what}}");
  }
}
