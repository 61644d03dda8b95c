package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.port.OutboxPort;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers Netra's outbox: claims due messages of the connectors that deliver now, hands each to
 * {@code direct:<connector>.deliver}, and reports back delivered or failed (the outbox then owns
 * the backoff and the dead letter). A message is claimed under a lease, so if Netra stops mid-run
 * it is delivered again after the lease; targets make that harmless with the idempotency key. The
 * lease is renewed right before each message is sent, and a message another instance claimed after
 * its lease ran out is not sent again by this one.
 */
public final class OutboxRelay extends RouteBuilder {

  public static final String ROUTE_ID = "netra-outbox-relay";
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final String ENTRY = "netra.outboxEntry";

  /** Messages claimed per tick; the rest wait for the next one. */
  static final int BATCH = 50;

  private final OutboxPort outbox;
  private final ConnectorRegistry registry;

  public OutboxRelay(OutboxPort outbox, ConnectorRegistry registry) {
    this.outbox = outbox;
    this.registry = registry;
  }

  @Override
  public void configure() {
    from("timer:netra-outbox?period={{netra.outbox.period:2000}}&delay={{netra.outbox.delay:5000}}")
        .routeId(ROUTE_ID)
        .process(this::claim)
        .split(body())
        .setProperty(ENTRY, body())
        // The batch was claimed together; each message's lease is renewed as its turn comes, and
        // one that another instance took over meanwhile is left to it.
        .filter(this::stillHeld)
        .setHeader("netraDeliverTo", simple("direct:${body.connectorId()}.deliver"))
        .doTry()
        .toD("${header.netraDeliverTo}")
        .process(this::delivered)
        .doCatch(Exception.class)
        .process(this::failed)
        .end();
  }

  private void claim(Exchange exchange) {
    var connectors = registry.delivering();
    List<OutboxEntry> due = connectors.isEmpty() ? List.of() : outbox.claim(connectors, BATCH);
    exchange.getMessage().setBody(due);
  }

  private boolean stillHeld(Exchange exchange) {
    OutboxEntry entry = exchange.getProperty(ENTRY, OutboxEntry.class);
    boolean held = outbox.renew(entry.id(), entry.attempt());
    if (!held) {
      LOG.info(
          "The "
              + entry.logName()
              + " is no longer held by this attempt (its lease ran out and it was taken over):"
              + " not sent");
    }
    return held;
  }

  private void delivered(Exchange exchange) {
    OutboxEntry entry = exchange.getProperty(ENTRY, OutboxEntry.class);
    outbox.delivered(entry.id(), exchange.getMessage().getBody(String.class));
    LOG.fine(() -> "Delivered the " + entry.logName() + " through " + entry.connectorId());
    ConnectorStats stats = registry.stats(entry.connectorId());
    if (stats != null) {
      stats.success("deliveries");
    }
  }

  private void failed(Exchange exchange) {
    OutboxEntry entry = exchange.getProperty(ENTRY, OutboxEntry.class);
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String error = Runs.describe(e);
    LOG.warning(
        "Delivery of the "
            + entry.logName()
            + " through "
            + entry.connectorId()
            + " failed (attempt "
            + entry.attempt()
            + "): "
            + error);
    outbox.failed(entry.id(), entry.attempt(), error, registry.retryPolicy(entry.connectorId()));
    ConnectorStats stats = registry.stats(entry.connectorId());
    if (stats != null) {
      stats.failure("deliveries", error);
    }
  }
}
