package id.netra.integration.canonical;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run of a connector did: counts per outcome and the records that did not stay unchanged.
 *
 * @param status SUCCEEDED (every record went through), PARTIAL (some records failed) or FAILED (the
 *     run itself broke off, for example the source was unreachable)
 * @param markerFrom the change marker the run started from (incremental pulls)
 * @param markerTo the marker the next run starts from
 * @param error why the run failed, when it did
 */
public record RunReport(
    String connectorId,
    String agency,
    RunKind kind,
    boolean dryRun,
    Instant startedAt,
    Instant finishedAt,
    String status,
    Map<SyncOutcome, Integer> counts,
    List<RecordResult> items,
    String markerFrom,
    String markerTo,
    String error) {

  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String PARTIAL = "PARTIAL";
  public static final String FAILED = "FAILED";

  public RunReport {
    counts = counts == null ? Map.of() : Map.copyOf(counts);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public int count(SyncOutcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }
}
