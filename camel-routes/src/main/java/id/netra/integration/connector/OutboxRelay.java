package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.port.OutboxPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers Netra's outbox: claims due messages of the connectors that deliver now, hands each to
 * {@code direct:<connector>.deliver}, and reports back delivered or failed (the outbox then owns
 * the backoff and the dead letter). A message is claimed under a lease, so if Netra stops mid-run
 * it is delivered again after the lease; targets make that harmless with the idempotency key. The
 * lease is renewed right before each message is sent, and a message another instance claimed after
 * its lease ran out is not sent again by this one.
 *
 * <p>Each connector's messages go in a lane of their own: the tick claims only for connectors whose
 * last batch is done and hands each connector's batch to {@value #LANE} on its own thread, so one
 * agency's slow target (a webhook answering in 20 s) delays only its own messages, never another
 * agency's. Within a lane messages go one by one, in the order claimed.
 */
public final class OutboxRelay extends RouteBuilder {

  public static final String ROUTE_ID = "netra-outbox-relay";
  static final String LANE = "direct:netra-outbox-lane";

  /** How many connectors deliver at once; the others' batches wait for a free lane. */
  static final int LANES = 4;

  private static final String LANE_OF = "netra.outboxLane";
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

  /** The connectors whose batch is still being delivered: not claimed for until it is done. */
  private final Set<String> busy = ConcurrentHashMap.newKeySet();

  private ProducerTemplate lanes;

  @Override
  public void configure() {
    from("timer:netra-outbox?period={{netra.outbox.period:2000}}&delay={{netra.outbox.delay:5000}}")
        .routeId(ROUTE_ID)
        .process(this::claimAndDispatch);

    from(LANE)
        .routeId(ROUTE_ID + "-lane")
        .onCompletion()
        .process(e -> busy.remove(e.getProperty(LANE_OF, String.class)))
        .end()
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
        .end() // doTry
        .end() // filter
        .end(); // split
  }

  /** Claims for every idle connector and sends each one's batch down its own lane. */
  private void claimAndDispatch(Exchange exchange) {
    Set<String> idle = new LinkedHashSet<>(registry.delivering());
    idle.removeAll(busy);
    if (idle.isEmpty()) {
      return;
    }
    Map<String, List<OutboxEntry>> byConnector = new LinkedHashMap<>();
    for (OutboxEntry e : outbox.claim(idle, BATCH)) {
      byConnector.computeIfAbsent(e.connectorId(), k -> new ArrayList<>()).add(e);
    }
    if (lanes == null) {
      lanes = exchange.getContext().createProducerTemplate();
      lanes.setExecutorService(
          exchange
              .getContext()
              .getExecutorServiceManager()
              .newFixedThreadPool(this, "netra-outbox", LANES));
    }
    byConnector.forEach(
        (connector, batch) -> {
          busy.add(connector);
          try {
            lanes.asyncSend(
                LANE,
                e -> {
                  e.setProperty(LANE_OF, connector);
                  e.getMessage().setBody(batch);
                });
          } catch (RuntimeException refused) {
            // Not handed on (the context is stopping): the lease brings the batch back later.
            busy.remove(connector);
            LOG.warning("The outbox batch of " + connector + " was not handed on: " + refused);
          }
        });
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
