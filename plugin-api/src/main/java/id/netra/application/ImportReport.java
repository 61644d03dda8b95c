package id.netra.application;

import java.util.List;

/** The per-row report of a bulk import, with the counts per outcome. */
public record ImportReport(
    int created, int updated, int unchanged, int failed, List<RowResult> rows) {

  public static ImportReport of(List<RowResult> rows) {
    int[] n = new int[RowOutcome.values().length];
    rows.forEach(r -> n[r.outcome().ordinal()]++);
    return new ImportReport(
        n[RowOutcome.CREATED.ordinal()],
        n[RowOutcome.UPDATED.ordinal()],
        n[RowOutcome.UNCHANGED.ordinal()],
        n[RowOutcome.FAILED.ordinal()],
        List.copyOf(rows));
  }
}
