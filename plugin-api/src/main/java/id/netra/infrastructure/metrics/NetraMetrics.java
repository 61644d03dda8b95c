package id.netra.infrastructure.metrics;

import id.netra.domain.audit.AuditRepository;
import id.netra.domain.integration.ConnectorRun;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.integration.IntegrationRepository.OutboxSummary;
import id.netra.domain.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What Netra counts and times: gate decisions by outcome and their latency, connector runs and
 * their rows, audit records kept; and, read from the database when scraped, the outbox backlog, the
 * age of its oldest open message, dead letters and audit records waiting to be chained.
 */
@ApplicationScoped
public class NetraMetrics {

  private static final Logger LOG = Logger.getLogger(NetraMetrics.class.getName());

  /** Gauges read the database at most this often, however often /metrics is scraped. */
  static final Duration GAUGE_TTL = Duration.ofSeconds(5);

  @Inject Clock clock;
  @Inject MetricRegistry registry;
  @Inject IntegrationRepository outbox;
  @Inject AuditRepository audit;

  private final Cached<OutboxSummary> outboxNow =
      new Cached<>(() -> outbox.outboxSummary(), new OutboxSummary(0, null, 0));
  private final Cached<AuditRepository.Backlog> auditNow =
      new Cached<>(() -> audit.backlog(), new AuditRepository.Backlog(0, null));

  @PostConstruct
  void gauges() {
    gauge("netra_outbox_open", "Outbox messages not yet delivered", () -> outboxNow.get().open());
    gauge(
        "netra_outbox_oldest_open_age_seconds",
        "Age of the oldest outbox message not yet delivered",
        () -> ageOf(outboxNow.get().oldestOpen()));
    gauge(
        "netra_outbox_dead",
        "Dead letters waiting for an administrator",
        () -> outboxNow.get().dead());
    gauge(
        "netra_audit_pending",
        "Audit records committed and not yet chained",
        () -> auditNow.get().pending());
    gauge(
        "netra_audit_pending_oldest_age_seconds",
        "Age of the oldest audit record not yet chained",
        () -> ageOf(auditNow.get().oldest()));
  }

  /** A gate decision answered, stored or not. */
  public void decision(String outcome, boolean replayed, boolean dryRun, Duration took) {
    Tag[] tags = {
      new Tag("outcome", outcome),
      new Tag("kind", dryRun ? "dry_run" : replayed ? "replayed" : "stored")
    };
    registry.counter(meta("netra_gate_decisions", "Gate decisions answered"), tags).inc();
    registry
        .timer(
            Metadata.builder()
                .withName("netra_gate_decision_duration")
                .withDescription("Time to answer a gate decision")
                .withUnit(MetricUnits.NANOSECONDS)
                .build(),
            tags)
        .update(took);
  }

  /** A connector run ended. */
  public void connectorRun(ConnectorRun run) {
    Tag connector = new Tag("connector", run.connectorId());
    registry
        .counter(
            meta("netra_connector_runs", "Connector runs"),
            connector,
            new Tag("kind", run.runKind()),
            new Tag("status", run.status()))
        .inc();
    rows(connector, "created", run.created());
    rows(connector, "updated", run.updated());
    rows(connector, "unchanged", run.unchanged());
    rows(connector, "deactivated", run.deactivated());
    rows(connector, "decided", run.decided());
    rows(connector, "failed", run.failed());
  }

  /** Audit records chained by this instance's sealer. */
  public void auditSealed(long n) {
    if (n > 0) {
      registry.counter(meta("netra_audit_sealed", "Audit records chained")).inc(n);
    }
  }

  private void rows(Tag connector, String outcome, int n) {
    if (n > 0) {
      registry
          .counter(
              meta("netra_connector_rows", "Rows a connector run handled, by outcome"),
              connector,
              new Tag("outcome", outcome))
          .inc(n);
    }
  }

  private void gauge(String name, String description, Supplier<Number> value) {
    registry.gauge(meta(name, description), value, Supplier::get);
  }

  private static Metadata meta(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  private long ageOf(Instant at) {
    return at == null ? 0 : Math.max(0, Duration.between(at, Times.now(clock)).toSeconds());
  }

  /** A value read at most every {@link #GAUGE_TTL}; the last one kept if a read fails. */
  private final class Cached<T> {
    private final Supplier<T> read;
    private volatile T value;
    private volatile Instant readAt = Instant.EPOCH;

    Cached(Supplier<T> read, T initial) {
      this.read = read;
      this.value = initial;
    }

    T get() {
      if (readAt.plus(GAUGE_TTL).isBefore(Times.now(clock))) {
        try {
          value = read.get();
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "A metric could not be read", e);
        }
        readAt = Times.now(clock);
      }
      return value;
    }
  }
}
