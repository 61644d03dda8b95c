package id.netra.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The integration side's own health: a heartbeat proves the context's scheduler runs, and {@value
 * #HEALTH_ENDPOINT} answers a {@link HealthReport} built from the routes' real states.
 */
final class HealthRoutes extends RouteBuilder {

  static final String HEALTH_ENDPOINT = "direct:netra-health";

  private final AtomicReference<Instant> lastHeartbeat = new AtomicReference<>();
  private final Clock clock;

  HealthRoutes(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void configure() {
    from("timer:netra-heartbeat?period={{netra.heartbeat.period:10000}}&delay=0")
        .routeId("netra-heartbeat")
        .process(exchange -> lastHeartbeat.set(clock.instant()));

    from(HEALTH_ENDPOINT).routeId("netra-health").process(this::report);
  }

  private void report(Exchange exchange) {
    // Netra's own routes; connector routes may be stopped on purpose and have their own views.
    var routes =
        exchange.getContext().getRoutes().stream()
            .filter(r -> r.getId().startsWith("netra-"))
            .toList();
    int started = 0;
    for (var route : routes) {
      if (exchange.getContext().getRouteController().getRouteStatus(route.getId()).isStarted()) {
        started++;
      }
    }
    boolean up = exchange.getContext().isStarted() && started == routes.size();
    exchange
        .getMessage()
        .setBody(
            new HealthReport(
                up,
                exchange.getContext().getStatus().name(),
                routes.size(),
                started,
                lastHeartbeat.get()));
  }
}
