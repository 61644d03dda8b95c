package id.netra.domain.discipline;

/** Where a neutrality case stands. */
public enum CaseState {
  /** A finding or report is registered. */
  REPORTED,
  /** Being verified (since 2024 by a BKN-led task force, at most 7 days). */
  VERIFICATION,
  /** A recommendation went to the PPK: the follow-up clock runs. */
  RECOMMENDED,
  /** The superior examines the employee (PP 94/2021 Pasal 26). */
  EXAMINATION,
  /** The PPK's decree is issued: the sanction must reach the personnel records. */
  DECIDED,
  /** The sanction is in every configured record (SIMPEG, SIASN). */
  RECORDED,
  /** The employee objects or appeals; the decree stands until it is resolved. */
  OBJECTION,
  /** Done. */
  CLOSED,
  /** Not proven: no sanction. */
  DISMISSED,
  /**
   * A cancellation decree annulled the sanction; the cancellation is written to the records too.
   */
  CANCELLED;

  public boolean terminal() {
    return this == CLOSED || this == DISMISSED || this == CANCELLED;
  }
}
