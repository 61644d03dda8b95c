package id.netra.domain.discipline;

/** Who acts on a case: the console's roles as the case flow knows them. */
public enum CaseRole {
  /** The BKD/BKPSDM case officer: registers, verifies, records recommendations and examinations. */
  OFFICER,
  /** The PPK: decides and cancels. */
  PPK,
  /** Reads everything, changes nothing. */
  AUDITOR,
  /** The employee the case concerns: reads their own cases and files an objection to a decree. */
  EMPLOYEE,
  /** Netra itself: marks a sanction recorded once every target has it. */
  SYSTEM
}
