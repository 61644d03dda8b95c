package id.netra.domain.gate;

/** The stable codes of the gate's reasons, with their texts and the action they call for. */
public enum ReasonCode {
  PACT_NOT_SIGNED(
      EmployeeAction.SIGN_PACT,
      "Pegawai belum menandatangani pakta integritas netralitas untuk pemilihan ini.",
      "The employee has not signed the neutrality integrity pact for this election."),
  TRAINING_NOT_PASSED(
      EmployeeAction.TAKE_TRAINING,
      "Pegawai belum lulus pelatihan netralitas ASN.",
      "The employee has not passed the ASN neutrality training."),
  TRAINING_EXPIRED(
      EmployeeAction.TAKE_TRAINING,
      "Kelulusan pelatihan netralitas pegawai sudah tidak berlaku pada tanggal mulai; ulangi"
          + " pelatihan.",
      "The employee's neutrality training pass is no longer valid on the start date; retake the"
          + " training."),
  PPPK_NO_CLTN(
      EmployeeAction.NONE,
      "PPPK tidak berhak atas cuti di luar tanggungan negara (CLTN) menurut PP 49/2018.",
      "PPPK employees have no unpaid leave (CLTN) under PP 49/2018."),
  DECLARED_CANDIDATE(
      EmployeeAction.NONE,
      "Pegawai telah ditetapkan sebagai calon: wajib mengundurkan diri dan tidak dapat diberi tugas"
          + " atau cuti terkait pemilihan.",
      "The employee has been declared a candidate: they must resign and cannot be given election"
          + " duty or election-related leave."),
  EMPLOYEE_INACTIVE(
      EmployeeAction.NONE,
      "Pegawai tidak aktif menurut data kepegawaian.",
      "The employee is inactive in the personnel records."),
  CASE_OPEN(
      EmployeeAction.NONE,
      "Pegawai sedang dalam proses kasus pelanggaran netralitas; instansi tidak memberi tugas"
          + " pemilihan selama kasus terbuka.",
      "The employee has an open neutrality violation case; the agency gives no election duty"
          + " while a case is open."),
  SANCTION_IN_FORCE(
      EmployeeAction.NONE,
      "Pegawai sedang menjalani hukuman disiplin pelanggaran netralitas pada tanggal mulai tugas;"
          + " instansi tidak memberi tugas pemilihan selama hukuman berlaku.",
      "A neutrality disciplinary sanction is in force on the duty's start date; the agency gives"
          + " no election duty while a sanction is in force."),
  NO_ELECTION_IN_SCOPE(
      EmployeeAction.NONE,
      "Tidak ada periode pemilihan untuk instansi ini pada tanggal tersebut; gerbang netralitas"
          + " tidak berlaku.",
      "No election period covers this agency on these dates; the neutrality gate does not apply."),
  NOT_GATED(
      EmployeeAction.NONE,
      "Jenis permohonan ini tidak dibatasi oleh kebijakan netralitas instansi.",
      "This kind of request is not gated by the agency's neutrality policy.");

  private final EmployeeAction action;
  private final String messageId;
  private final String messageEn;

  ReasonCode(EmployeeAction action, String messageId, String messageEn) {
    this.action = action;
    this.messageId = messageId;
    this.messageEn = messageEn;
  }

  public EmployeeAction action() {
    return action;
  }

  public String messageId() {
    return messageId;
  }

  public String messageEn() {
    return messageEn;
  }
}
