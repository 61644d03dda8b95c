package id.netra.domain.discipline;

/** Who acts on a case: the console's roles as the case flow knows them. */
public enum CaseRole {
  /** The BKD/BKPSDM case officer: registers, verifies, records recommendations and examinations. */
  OFFICER("petugas kasus", "case officer"),
  /** The PPK (Pejabat Pembina Kepegawaian, the agency head, not the election body): decides. */
  PPK("PPK (Pejabat Pembina Kepegawaian)", "PPK (the agency head, Pejabat Pembina Kepegawaian)"),
  /** Reads everything, changes nothing. */
  AUDITOR("auditor", "auditor"),
  /** The employee the case concerns: reads their own cases and files an objection to a decree. */
  EMPLOYEE("pegawai yang bersangkutan", "the employee concerned"),
  /** Netra itself: marks a sanction recorded once every target has it. */
  SYSTEM("Netra", "Netra");

  private final String labelId;
  private final String labelEn;

  CaseRole(String labelId, String labelEn) {
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /** The role as a person reads it, in Indonesian. */
  public String labelId() {
    return labelId;
  }

  /** The role as a person reads it, in English. */
  public String labelEn() {
    return labelEn;
  }

  /** Several roles as a person reads them. */
  static String labels(java.util.Collection<CaseRole> roles, boolean english) {
    return String.join(", ", roles.stream().map(r -> english ? r.labelEn : r.labelId).toList());
  }
}
