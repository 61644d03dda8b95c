package id.netra.integration.canonical;

import java.util.List;

/**
 * The result for one record of a run.
 *
 * @param key what names the record (a NIP, a request reference, a row number)
 * @param detail a short note, for example the decision's outcome
 */
public record RecordResult(String key, SyncOutcome outcome, String detail, List<Reason> reasons) {

  public RecordResult {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public static RecordResult of(String key, SyncOutcome outcome) {
    return new RecordResult(key, outcome, null, List.of());
  }

  public static RecordResult failed(String key, List<Reason> reasons) {
    return new RecordResult(key, SyncOutcome.FAILED, null, reasons);
  }
}
