package id.netra.application;

import id.netra.domain.shared.Violation;
import java.util.List;

/**
 * One row of an import report.
 *
 * @param row the row's number in the input, from 1
 * @param key what identifies the row (usually the NIP)
 * @param outcome created, updated, unchanged or failed
 * @param errors why it failed; empty otherwise
 */
public record RowResult(int row, String key, RowOutcome outcome, List<Violation> errors) {

  public static RowResult of(int row, String key, RowOutcome outcome) {
    return new RowResult(row, key, outcome, List.of());
  }
}
