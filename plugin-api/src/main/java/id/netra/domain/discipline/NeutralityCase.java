package id.netra.domain.discipline;

import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A neutrality case: one employee's suspected violation from the finding to the PPK's decree and
 * the sanction in the records. Every change goes through {@link CaseFlow} (who may, from which
 * state) and leaves a {@link CaseEvent} in the case's history.
 */
public final class NeutralityCase {

  /** Where a case came from. */
  public enum Source {
    BAWASLU_FINDING,
    PUBLIC_REPORT,
    INTERNAL
  }

  /** A recommendation to the PPK (Bawaslu, BKN, or KASN before August 2024). */
  public record Recommendation(String issuer, String number, LocalDate date, String sanction) {}

  /** The superior's examination. */
  public record Examination(String examinerNip, LocalDate date, String notes) {}

  /** A decree: the PPK's decision, or a cancellation. */
  public record Decree(String number, LocalDate date) {}

  /** What one change did, for the case's history. */
  public record CaseEvent(
      String action, CaseState from, CaseState to, String actor, LocalDate on, String note) {}

  /** Two reports of the same act: the same employee and violation, events this close. */
  public static final int DUPLICATE_WINDOW_DAYS = 3;

  private final String agency;
  private final String nip;
  private final EmployeeType employeeType;
  private final String violationCode;
  private final Source source;
  private final String reporter;
  private final LocalDate eventDate;
  private final LocalDate knownDate;
  private final LocalDate reportedOn;
  private final List<String> evidence;
  private final String description;

  private CaseState state = CaseState.REPORTED;
  private LocalDate stageStartedOn;
  private LocalDate dueOn;
  private boolean blockRecommended;
  private Long duplicateOf;
  private Recommendation recommendation;
  private Examination examination;
  private Decree decree;
  private String sanction;
  private SanctionPeriod period;
  private Decree cancellation;
  private String objectionNote;
  private String dismissalReason;
  private final List<CaseEvent> history = new ArrayList<>();

  private NeutralityCase(
      String agency,
      String nip,
      EmployeeType employeeType,
      String violationCode,
      Source source,
      String reporter,
      LocalDate eventDate,
      LocalDate knownDate,
      LocalDate reportedOn,
      List<String> evidence,
      String description) {
    this.agency = agency;
    this.nip = nip;
    this.employeeType = employeeType;
    this.violationCode = violationCode;
    this.source = source;
    this.reporter = reporter;
    this.eventDate = eventDate;
    this.knownDate = knownDate;
    this.reportedOn = reportedOn;
    this.evidence = List.copyOf(evidence);
    this.description = description;
    this.stageStartedOn = reportedOn;
  }

  /**
   * Registers a finding or report.
   *
   * @param knownDate when the reporter learnt of the event: a public report must be filed within
   *     the filing window from it
   * @throws DomainValidationException with every fault
   */
  public static NeutralityCase report(
      String agency,
      String nip,
      EmployeeType employeeType,
      ViolationType violation,
      Source source,
      String reporter,
      LocalDate eventDate,
      LocalDate knownDate,
      LocalDate today,
      List<String> evidence,
      String description,
      CaseDeadlines deadlines,
      CaseRole role,
      String actor) {
    if (!CaseAction.REPORT.who().contains(role)) {
      throw new CaseFlow.CaseRoleException(CaseAction.REPORT, role);
    }
    List<Violation> v = new ArrayList<>();
    require(
        v, source != null, "source", "REQUIRED", "Sebutkan sumber laporan.", "Name the source.");
    require(
        v,
        reporter != null && !reporter.isBlank(),
        "reporter",
        "REQUIRED",
        "Sebutkan pelapor (Bawaslu, nama pelapor, atau unit).",
        "Name the reporter (Bawaslu, the person, or the unit).");
    require(
        v,
        eventDate != null,
        "eventDate",
        "REQUIRED",
        "Tanggal kejadian wajib.",
        "The event date is required.");
    LocalDate known = knownDate == null ? eventDate : knownDate;
    if (eventDate != null) {
      require(
          v,
          !eventDate.isAfter(today),
          "eventDate",
          "DATE_IN_FUTURE",
          "Tanggal kejadian tidak boleh setelah hari ini.",
          "The event date cannot be after today.");
      require(
          v,
          !known.isBefore(eventDate) && !known.isAfter(today),
          "knownDate",
          "DATE_ORDER",
          "Tanggal diketahui harus antara tanggal kejadian dan hari ini.",
          "The date it became known must lie between the event and today.");
      if (source == Source.PUBLIC_REPORT) {
        LocalDate last = deadlines.lastFilingDay(known);
        require(
            v,
            !today.isAfter(last),
            "knownDate",
            "FILING_WINDOW_PASSED",
            "Laporan masyarakat harus disampaikan paling lambat "
                + deadlines.filingWindowDays()
                + " hari sejak diketahui ("
                + last
                + ").",
            "A public report must be filed within "
                + deadlines.filingWindowDays()
                + " days of becoming known ("
                + last
                + ").");
      }
    }
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    NeutralityCase c =
        new NeutralityCase(
            agency,
            nip,
            employeeType,
            violation.code(),
            source,
            reporter.strip(),
            eventDate,
            known,
            today,
            evidence == null ? List.of() : evidence,
            description);
    c.history.add(new CaseEvent("REPORT", null, CaseState.REPORTED, actor, today, null));
    return c;
  }

  // ---- transitions

  public void startVerification(CaseRole role, String actor, LocalDate today, CaseDeadlines d) {
    move(CaseAction.START_VERIFICATION, role, actor, today, null);
    dueOn = d.due(CaseState.VERIFICATION, today);
  }

  /** Records the recommendation; its sanction must be one the violation allows. */
  public void recommend(
      CaseRole role,
      String actor,
      Recommendation r,
      ViolationType violation,
      Catalogue catalogue,
      LocalDate today,
      CaseDeadlines d) {
    CaseFlow.next(state, CaseAction.RECOMMEND, role);
    List<Violation> v = new ArrayList<>();
    require(
        v,
        r != null && r.issuer() != null && !r.issuer().isBlank(),
        "issuer",
        "REQUIRED",
        "Sebutkan penerbit rekomendasi.",
        "Name the recommendation's issuer.");
    require(
        v,
        r != null && r.number() != null && !r.number().isBlank(),
        "number",
        "REQUIRED",
        "Nomor rekomendasi wajib.",
        "The recommendation's number is required.");
    require(
        v,
        r != null && r.date() != null && !r.date().isAfter(today),
        "date",
        "DATE_REQUIRED",
        "Tanggal rekomendasi wajib dan tidak setelah hari ini.",
        "The recommendation's date is required and not after today.");
    if (r != null && r.sanction() != null) {
      v.addAll(catalogue.problems(violation, r.sanction(), employeeType, "sanction"));
    }
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    move(CaseAction.RECOMMEND, role, actor, today, r.issuer() + " " + r.number());
    recommendation = r;
    dueOn = d.due(CaseState.RECOMMENDED, r.date());
  }

  /**
   * The superior's examination; the PPK's follow-up clock keeps running from the recommendation.
   */
  public void startExamination(CaseRole role, String actor, Examination e, LocalDate today) {
    CaseFlow.next(state, CaseAction.START_EXAMINATION, role);
    List<Violation> v = new ArrayList<>();
    require(
        v,
        e != null
            && e.examinerNip() != null
            && e.examinerNip().replaceAll("[\\s.]", "").matches("\\d{18}"),
        "examinerNip",
        "NIP_FORMAT",
        "NIP pemeriksa harus 18 digit.",
        "The examiner's NIP must be 18 digits.");
    require(
        v,
        e != null && e.date() != null && !e.date().isAfter(today),
        "date",
        "DATE_REQUIRED",
        "Tanggal pemeriksaan wajib dan tidak setelah hari ini.",
        "The examination date is required and not after today.");
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    LocalDate due = dueOn;
    move(CaseAction.START_EXAMINATION, role, actor, today, null);
    examination = e;
    dueOn = due;
  }

  /**
   * The PPK's decree: its sanction must be one the violation allows for this employee; the
   * sanction's end follows from its months.
   */
  public void decide(
      CaseRole role,
      String actor,
      Decree d,
      String sanctionCode,
      LocalDate start,
      ViolationType violation,
      Catalogue catalogue,
      LocalDate today) {
    CaseFlow.next(state, CaseAction.DECIDE, role);
    List<Violation> v = new ArrayList<>();
    requireDecree(v, d, today);
    require(
        v,
        start != null,
        "startDate",
        "REQUIRED",
        "TMT hukuman wajib.",
        "The sanction's start date is required.");
    if (d != null && d.date() != null && start != null) {
      require(
          v,
          !start.isBefore(d.date()),
          "startDate",
          "DATE_ORDER",
          "TMT hukuman tidak boleh sebelum tanggal SK.",
          "The sanction cannot start before the decree's date.");
    }
    v.addAll(catalogue.problems(violation, sanctionCode, employeeType, "sanction"));
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    SanctionType type = catalogue.sanction(sanctionCode).orElseThrow();
    move(CaseAction.DECIDE, role, actor, today, d.number() + ": " + type.name());
    decree = d;
    sanction = sanctionCode;
    period = SanctionPeriod.of(type, start);
    dueOn = null;
    blockRecommended = false;
  }

  /** Every configured personnel record holds the sanction (or its cancellation). */
  public void markRecorded(CaseRole role, String actor, LocalDate today) {
    move(CaseAction.MARK_RECORDED, role, actor, today, null);
  }

  public void object(CaseRole role, String actor, String note, LocalDate today) {
    List<Violation> v = new ArrayList<>();
    CaseFlow.next(state, CaseAction.OBJECT, role);
    require(
        v,
        note != null && !note.isBlank(),
        "note",
        "REQUIRED",
        "Uraikan keberatan atau banding.",
        "Describe the objection or appeal.");
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    move(CaseAction.OBJECT, role, actor, today, note);
    objectionNote = note;
  }

  /** The objection is rejected: the decree stands and is written to the records (again). */
  public void uphold(CaseRole role, String actor, String note, LocalDate today) {
    move(CaseAction.UPHOLD, role, actor, today, note);
  }

  /** A cancellation decree annuls the sanction; the records are told too. */
  public void cancel(CaseRole role, String actor, Decree d, LocalDate today) {
    CaseFlow.next(state, CaseAction.CANCEL, role);
    List<Violation> v = new ArrayList<>();
    requireDecree(v, d, today);
    if (d != null && d.date() != null && decree != null) {
      require(
          v,
          !d.date().isBefore(decree.date()),
          "date",
          "DATE_ORDER",
          "SK pembatalan tidak boleh sebelum SK hukuman.",
          "The cancellation cannot predate the decree.");
    }
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    move(CaseAction.CANCEL, role, actor, today, d.number());
    cancellation = d;
  }

  public void dismiss(CaseRole role, String actor, String reason, LocalDate today) {
    CaseFlow.next(state, CaseAction.DISMISS, role);
    if (reason == null || reason.isBlank()) {
      throw DomainValidationException.of(
          "reason",
          "REQUIRED",
          "Alasan penghentian wajib.",
          "Give the reason the case is dismissed.");
    }
    move(CaseAction.DISMISS, role, actor, today, reason);
    dismissalReason = reason;
    dueOn = null;
    blockRecommended = false;
  }

  public void close(CaseRole role, String actor, LocalDate today) {
    move(CaseAction.CLOSE, role, actor, today, null);
  }

  /**
   * Checks the PPK's follow-up on {@code today}: once it is overdue, the case is marked "block
   * recommended" (SIASN kedudukanHukum 92) for BKN.
   *
   * @return whether the mark was set now
   */
  public boolean checkFollowUp(LocalDate today, String actor) {
    if ((state == CaseState.RECOMMENDED || state == CaseState.EXAMINATION)
        && dueOn != null
        && today.isAfter(dueOn)
        && !blockRecommended) {
      blockRecommended = true;
      history.add(new CaseEvent("BLOCK_RECOMMENDED", state, state, actor, today, "due " + dueOn));
      return true;
    }
    return false;
  }

  /** Whether the current stage's deadline has passed on {@code today}. */
  public boolean overdue(LocalDate today) {
    return dueOn != null && today.isAfter(dueOn);
  }

  /** Days left until the current stage's deadline (negative when overdue), or null. */
  public Long daysLeft(LocalDate today) {
    return dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn);
  }

  /** Whether {@code other} reports the same act: same employee and violation, events close. */
  public boolean sameActAs(NeutralityCase other) {
    return other != this
        && nip.equals(other.nip)
        && violationCode.equals(other.violationCode)
        && other.state != CaseState.DISMISSED
        && Math.abs(ChronoUnit.DAYS.between(eventDate, other.eventDate)) <= DUPLICATE_WINDOW_DAYS;
  }

  public void linkDuplicate(long caseId, String actor, LocalDate today) {
    duplicateOf = caseId;
    history.add(new CaseEvent("LINK_DUPLICATE", state, state, actor, today, "of case " + caseId));
  }

  /** Whether the decided sanction is in force on {@code day} (for the gate's policy). */
  public boolean sanctionInForce(LocalDate day, Catalogue catalogue) {
    if (period == null || state == CaseState.CANCELLED) {
      return false;
    }
    boolean permanent = catalogue.sanction(sanction).map(SanctionType::permanent).orElse(false);
    return period.inForce(day, permanent);
  }

  private void move(CaseAction action, CaseRole role, String actor, LocalDate today, String note) {
    CaseState to = CaseFlow.next(state, action, role);
    history.add(new CaseEvent(action.name(), state, to, actor, today, note));
    state = to;
    stageStartedOn = today;
    dueOn = null;
  }

  private static void requireDecree(List<Violation> v, Decree d, LocalDate today) {
    require(
        v,
        d != null && d.number() != null && !d.number().isBlank(),
        "number",
        "REQUIRED",
        "Nomor SK wajib.",
        "The decree's number is required.");
    require(
        v,
        d != null && d.date() != null && !d.date().isAfter(today),
        "date",
        "DATE_REQUIRED",
        "Tanggal SK wajib dan tidak setelah hari ini.",
        "The decree's date is required and not after today.");
  }

  private static void require(
      List<Violation> v, boolean ok, String field, String code, String id, String en) {
    if (!ok) {
      v.add(new Violation(field, code, id, en));
    }
  }

  // ---- reading

  public String agency() {
    return agency;
  }

  public String nip() {
    return nip;
  }

  public EmployeeType employeeType() {
    return employeeType;
  }

  public String violationCode() {
    return violationCode;
  }

  public Source source() {
    return source;
  }

  public String reporter() {
    return reporter;
  }

  public LocalDate eventDate() {
    return eventDate;
  }

  public LocalDate knownDate() {
    return knownDate;
  }

  public LocalDate reportedOn() {
    return reportedOn;
  }

  public List<String> evidence() {
    return evidence;
  }

  public String description() {
    return description;
  }

  public CaseState state() {
    return state;
  }

  public LocalDate stageStartedOn() {
    return stageStartedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public boolean blockRecommended() {
    return blockRecommended;
  }

  public Long duplicateOf() {
    return duplicateOf;
  }

  public Recommendation recommendation() {
    return recommendation;
  }

  public Examination examination() {
    return examination;
  }

  public Decree decree() {
    return decree;
  }

  public String sanction() {
    return sanction;
  }

  public SanctionPeriod period() {
    return period;
  }

  public Decree cancellation() {
    return cancellation;
  }

  public String objectionNote() {
    return objectionNote;
  }

  public String dismissalReason() {
    return dismissalReason;
  }

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }

  @Override
  public String toString() {
    return "NeutralityCase[" + nip + " " + violationCode + " " + state + "]";
  }
}
