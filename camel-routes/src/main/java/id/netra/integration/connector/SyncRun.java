package id.netra.integration.connector;

import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.port.ConnectorRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * One run in progress: counts, the records worth reporting, the NIPs seen (for reconciliation) and
 * the greatest change marker. Held in an exchange property while the run's routes work.
 */
final class SyncRun {

  static final String PROPERTY = "netra.run";

  /** At most this many records are kept in a report; the counts stay exact. */
  static final int MAX_ITEMS = 2000;

  final ConnectorRef connector;
  final RunKind kind;
  final boolean dryRun;
  final Instant startedAt;
  private final Clock clock;
  final String markerFrom;
  private final Semaphore lock;
  private final Map<SyncOutcome, Integer> counts = new EnumMap<>(SyncOutcome.class);
  private final List<RecordResult> items = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private Set<String> only;
  private String markerTo;
  private int rows;
  private boolean released;

  SyncRun(
      ConnectorRef connector,
      RunKind kind,
      boolean dryRun,
      String markerFrom,
      Semaphore lock,
      Clock clock) {
    this.clock = clock;
    this.startedAt = clock.instant();
    this.connector = connector;
    this.kind = kind;
    this.dryRun = dryRun;
    this.markerFrom = markerFrom;
    this.markerTo = markerFrom;
    this.lock = lock;
  }

  int nextRow() {
    return ++rows;
  }

  void add(RecordResult result) {
    counts.merge(result.outcome(), 1, Integer::sum);
    if (result.outcome() != SyncOutcome.UNCHANGED
        && result.outcome() != SyncOutcome.REPLAYED
        && items.size() < MAX_ITEMS) {
      items.add(result);
    }
  }

  /** Limits the run to these NIPs (null or empty: everyone). */
  void only(List<String> nips) {
    only =
        nips == null || nips.isEmpty()
            ? null
            : new HashSet<>(nips.stream().map(SyncRun::canonical).toList());
  }

  /** Whether a record with this NIP belongs to the run. */
  boolean wanted(String nip) {
    return only == null || (nip != null && only.contains(canonical(nip)));
  }

  static String canonical(String nip) {
    return nip.replaceAll("[\\s.]", "");
  }

  void seen(String nip) {
    seen.add(nip);
  }

  Set<String> seen() {
    return seen;
  }

  int failures() {
    return counts.getOrDefault(SyncOutcome.FAILED, 0);
  }

  /** Keeps the greatest marker value seen (compared as text, or as numbers when both are). */
  void marker(Object value) {
    if (value == null) {
      return;
    }
    String v = value.toString().strip();
    if (v.isEmpty()) {
      return;
    }
    if (markerTo == null || compare(v, markerTo) > 0) {
      markerTo = v;
    }
  }

  String markerTo() {
    return markerTo;
  }

  RunReport finish(String error) {
    String status =
        error != null ? RunReport.FAILED : failures() > 0 ? RunReport.PARTIAL : RunReport.SUCCEEDED;
    return new RunReport(
        connector.id(),
        connector.agency(),
        kind,
        dryRun,
        startedAt,
        clock.instant(),
        status,
        counts,
        items,
        markerFrom,
        error == null ? markerTo : markerFrom,
        error);
  }

  void release() {
    if (!released) {
      released = true;
      lock.release();
    }
  }

  static RecordResult failure(String key, String code, String messageId, String messageEn) {
    return RecordResult.failed(key, List.of(Reason.of(null, code, messageId, messageEn)));
  }

  private static int compare(String a, String b) {
    if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }
}
