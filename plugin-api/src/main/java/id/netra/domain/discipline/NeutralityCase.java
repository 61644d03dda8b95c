package id.netra.domain.discipline;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Validations;
import id.netra.domain.shared.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A neutrality case: one employee's suspected violation from the finding to the PPK's decree and
 * the sanction in the records. Every change goes through {@link CaseFlow} (who may, from which
 * state) and leaves a {@link CaseEvent} in the case's history.
 */
@Entity
@Table(name = "neutrality_case")
public class NeutralityCase {

  /** Where a case came from. */
  public enum Source {
    BAWASLU_FINDING,
    PUBLIC_REPORT,
    INTERNAL
  }

  /** The superior's examination. */
  public record Examination(String examinerNip, LocalDate date, String notes) {

    /**
     * @throws DomainValidationException unless it names the examiner's NIP and a date not after
     *     {@code today}
     */
    static void check(Examination e, LocalDate today) {
      new Validations()
          .require(
              e != null
                  && e.examinerNip() != null
                  && EmployeeNumber.canonical(e.examinerNip()).matches("\\d{18}"),
              "examinerNip",
              "NIP_FORMAT",
              "NIP pemeriksa harus 18 digit.",
              "The examiner's NIP must be 18 digits.")
          .require(
              e != null && e.date() != null && !e.date().isAfter(today),
              "date",
              "DATE_REQUIRED",
              "Tanggal pemeriksaan wajib dan tidak setelah hari ini.",
              "The examination date is required and not after today.")
          .maxLength(e == null ? null : e.notes(), "note", 2000)
          .throwIfAny();
    }
  }

  /** A decree: the PPK's decision, or a cancellation. */
  public record Decree(String number, LocalDate date) {

    /** Records what a decree lacks: a number, and a date not after {@code today}. */
    static void check(Validations v, Decree d, LocalDate today) {
      v.require(
          d != null && d.number() != null && !d.number().isBlank(),
          "number",
          "REQUIRED",
          "Nomor SK wajib.",
          "The decree's number is required.");
      v.maxLength(d == null ? null : d.number(), "number", 100);
      v.require(
          d != null && d.date() != null && !d.date().isAfter(today),
          "date",
          "DATE_REQUIRED",
          "Tanggal SK wajib dan tidak setelah hari ini.",
          "The decree's date is required and not after today.");
    }
  }

  /** What kind of objection an employee files: banding to BPASN for dismissals, else keberatan. */
  public enum ObjectionKind {
    /** Keberatan, to the official above the one who decided. */
    KEBERATAN,
    /** Banding administratif, to BPASN (Badan Pertimbangan ASN), against a dismissal. */
    BANDING
  }

  /** Two reports of the same act: the same employee and violation, events this close. */
  /** SIASN {@code kedudukanHukumId} of an employee whose data BKN blocks for an ignored case. */
  public static final String BLOCK_KEDUDUKAN_HUKUM = "92";

  public static final int DUPLICATE_WINDOW_DAYS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "neutrality_case_seq")
  @SequenceGenerator(
      name = "neutrality_case_seq",
      sequenceName = "neutrality_case_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agency;

  @Column(nullable = false, length = 18)
  private String nip;

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_type", nullable = false, length = 8)
  private EmployeeType employeeType;

  @Column(name = "violation_code", nullable = false, length = 32)
  private String violationCode;

  /** The catalogue version the case was registered under. */
  @Column(name = "violation_type_id", nullable = false)
  private Long violationTypeId;

  /** The election the act concerns. */
  @Column(name = "election_id")
  private Long electionId;

  /** Whether the act was for a bakal calon or for a calon: which rules of the violation apply. */
  @Enumerated(EnumType.STRING)
  @Column(name = "candidate_stage", length = 12)
  private CandidateStage stage;

  /** A public report filed after Bawaslu's window: information, never a reason to refuse it. */
  @Column(name = "bawaslu_window_passed", nullable = false)
  private boolean bawasluWindowPassed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Source source;

  @Column(nullable = false, length = 200)
  private String reporter;

  @Column(name = "event_date", nullable = false)
  private LocalDate eventDate;

  @Column(name = "known_date", nullable = false)
  private LocalDate knownDate;

  @Column(name = "reported_on", nullable = false)
  private LocalDate reportedOn;

  /** The source's own number for the report (a finding's register number), unique per agency. */
  @Column(name = "external_ref", length = 100)
  private String reference;

  /** Evidence references, one per line. */
  @Column(length = 4000)
  private String evidence;

  @Column(length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseState state = CaseState.REPORTED;

  @Column(name = "stage_started_on", nullable = false)
  private LocalDate stageStartedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "block_recommended", nullable = false)
  private boolean blockRecommended;

  @Column(name = "duplicate_of")
  private Long duplicateOf;

  @Column(name = "rec_issuer", length = 100)
  private String recIssuer;

  @Column(name = "rec_number", length = 100)
  private String recNumber;

  @Column(name = "rec_date")
  private LocalDate recDate;

  @Column(name = "rec_sanction", length = 32)
  private String recSanction;

  @Column(name = "exam_nip", length = 18)
  private String examNip;

  @Column(name = "exam_date")
  private LocalDate examDate;

  @Column(name = "exam_notes", length = 2000)
  private String examNotes;

  @Column(name = "decree_number", length = 100)
  private String decreeNumber;

  @Column(name = "decree_date")
  private LocalDate decreeDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "decree_capacity", length = 12)
  private Authority.Capacity decreeCapacity;

  @Column(name = "decree_mandate", length = 200)
  private String decreeMandate;

  /** The day the employee received the decree: the objection window counts from it. */
  @Column(name = "decree_received_on")
  private LocalDate decreeReceivedOn;

  @Column(name = "sanction_code", length = 32)
  private String sanction;

  /** The revision of the sanction type the decree applied. */
  @Column(name = "sanction_revision")
  private Integer sanctionRevision;

  @Column(name = "sanction_start")
  private LocalDate sanctionStart;

  @Column(name = "sanction_end")
  private LocalDate sanctionEnd;

  @Column(name = "cancel_number", length = 100)
  private String cancelNumber;

  @Column(name = "cancel_date")
  private LocalDate cancelDate;

  /** The decree and sanction an objection's decision replaced (CHANGE). */
  @Column(name = "replaced_decree", length = 100)
  private String replacedDecree;

  @Column(name = "replaced_sanction", length = 32)
  private String replacedSanction;

  @Embedded private Objection objection;

  @Column(name = "dismissal_reason", length = 2000)
  private String dismissalReason;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("seq")
  private List<CaseEvent> history = new ArrayList<>();

  @Version private long version;

  protected NeutralityCase() {}

  private NeutralityCase(
      String agency,
      String nip,
      EmployeeType employeeType,
      String violationCode,
      Long violationTypeId,
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
    this.violationTypeId = violationTypeId;
    this.source = source;
    this.reporter = reporter;
    this.eventDate = eventDate;
    this.knownDate = knownDate;
    this.reportedOn = reportedOn;
    this.evidence = String.join("\n", evidence);
    this.description = description;
    this.stageStartedOn = reportedOn;
  }

  /**
   * Registers a finding or report of an act in {@code election}; the election's candidate
   * determination day tells whether the act was for a bakal calon or a calon.
   *
   * @param knownDate when the reporter learnt of the event: a public report filed later than
   *     Bawaslu's window from it is registered all the same, and marked
   * @throws DomainValidationException with every fault
   */
  public static NeutralityCase report(
      String agency,
      String nip,
      EmployeeType employeeType,
      ViolationType violation,
      ElectionPeriod election,
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
    }
    tooLong(v, reporter, "reporter", 200);
    tooLong(v, description, "description", 4000);
    tooLong(v, evidence == null ? null : String.join("\n", evidence), "evidence", 4000);
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
    }
    NeutralityCase c =
        new NeutralityCase(
            agency,
            nip,
            employeeType,
            violation.code(),
            violation.id(),
            source,
            reporter.strip(),
            eventDate,
            known,
            today,
            evidence == null ? List.of() : evidence,
            description);
    c.electionId = election.id();
    c.stage = CandidateStage.of(eventDate, election.determinationDay());
    c.bawasluWindowPassed =
        source == Source.PUBLIC_REPORT && today.isAfter(deadlines.lastFilingDay(known));
    c.event("REPORT", null, CaseState.REPORTED, actor, today, null);
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
    CaseFlow.next(state, source, CaseAction.RECOMMEND, role);
    Validations v = new Validations().addAll(Recommendation.problems(r, today));
    if (r != null && r.sanction() != null) {
      v.addAll(catalogue.problems(violation, stage(), r.sanction(), employeeType, "sanction"));
    }
    v.throwIfAny();
    String issuer = Recommendation.issuerOf(r);
    move(CaseAction.RECOMMEND, role, actor, today, issuer + " " + r.number());
    recIssuer = issuer;
    recNumber = r.number();
    recDate = r.date();
    recSanction = r.sanction();
    dueOn = d.due(CaseState.RECOMMENDED, r.date());
  }

  /**
   * The superior's examination; the PPK's follow-up clock keeps running from the recommendation. An
   * internal case is examined without one.
   */
  public void startExamination(CaseRole role, String actor, Examination e, LocalDate today) {
    CaseFlow.next(state, source, CaseAction.START_EXAMINATION, role);
    Examination.check(e, today);
    LocalDate due = dueOn;
    move(CaseAction.START_EXAMINATION, role, actor, today, null);
    examNip = EmployeeNumber.canonical(e.examinerNip());
    examDate = e.date();
    examNotes = e.notes();
    dueOn = due;
  }

  /**
   * The PPK's decree: its sanction must be one the violation allows for this employee in the case's
   * stage; the sanction's end follows from its months. A Plt or Pj names the letter that gave the
   * mandate.
   */
  public void decide(
      CaseRole role,
      String actor,
      Decision d,
      ViolationType violation,
      Catalogue catalogue,
      LocalDate today) {
    CaseFlow.next(state, source, CaseAction.DECIDE, role);
    d.check(this, violation, catalogue, today).throwIfAny();
    SanctionType type = catalogue.sanction(d.sanction()).orElseThrow();
    move(CaseAction.DECIDE, role, actor, today, d.note(type));
    take(d, type);
    blockRecommended = false;
  }

  private void take(Decision d, SanctionType type) {
    decreeNumber = d.decree().number();
    decreeDate = d.decree().date();
    decreeCapacity = d.by().capacity();
    decreeMandate = d.by().mandateText();
    decreeReceivedOn = d.receivedOrDated();
    sanction = d.sanction();
    sanctionRevision = type.revision();
    SanctionPeriod period = SanctionPeriod.of(type, d.start());
    sanctionStart = period.start();
    sanctionEnd = period.end();
  }

  /** Every configured personnel record holds the sanction (or its cancellation). */
  public void markRecorded(CaseRole role, String actor, LocalDate today) {
    move(CaseAction.MARK_RECORDED, role, actor, today, null);
  }

  /**
   * The employee's objection to the decree: a banding (to BPASN) against a dismissal, else a
   * keberatan; filed within the agency's window of working days from the day the decree was
   * received.
   *
   * @param filedOn when it was filed (null: today)
   * @param dismissal whether the decided sanction ends the employment
   */
  public void object(
      CaseRole role,
      String actor,
      String note,
      LocalDate filedOn,
      boolean dismissal,
      CaseDeadlines deadlines,
      LocalDate today) {
    CaseFlow.next(state, source, CaseAction.OBJECT, role);
    Objection o =
        Objection.file(
            note,
            filedOn,
            dismissal,
            state,
            decreeReceivedOn,
            objectionDeadline(deadlines),
            deadlines,
            today);
    move(CaseAction.OBJECT, role, actor, today, o.kind() + ": " + note);
    objection = o;
  }

  /** The last day an objection may be filed, or null before a decree. */
  public LocalDate objectionDeadline(CaseDeadlines deadlines) {
    return decreeReceivedOn == null ? null : deadlines.lastObjectionDay(decreeReceivedOn);
  }

  /**
   * Whether the employee may still object on {@code today}: a decree stands and its window is open.
   */
  public boolean mayObject(LocalDate today, CaseDeadlines deadlines) {
    LocalDate last = objectionDeadline(deadlines);
    return last != null
        && !today.isAfter(last)
        && CaseFlow.allowed(state, source, List.of(CaseRole.EMPLOYEE)).contains(CaseAction.OBJECT);
  }

  /**
   * The objection is rejected: the decree stands and the case returns to where it stood, so a
   * sanction the records already held is RECORDED again and can be closed.
   */
  public void uphold(CaseRole role, String actor, String note, LocalDate today) {
    CaseFlow.next(state, source, CaseAction.UPHOLD, role);
    new Validations().maxLength(note, "note", 1900).throwIfAny();
    CaseState back = objection == null ? CaseState.DECIDED : objection.returnTo();
    event(CaseAction.UPHOLD.name(), state, back, actor, today, objectionBody() + ": " + note);
    state = back;
    stageStartedOn = today;
    dueOn = null;
  }

  /**
   * The decision on an objection changes the sanction (lighter or heavier, one the violation allows
   * this employee): its decree replaces the one objected to, whose number and sanction are kept as
   * replaced; the case is decided again, for the records to take the change.
   */
  public void change(
      CaseRole role,
      String actor,
      Decision d,
      ViolationType violation,
      Catalogue catalogue,
      LocalDate today) {
    CaseFlow.next(state, source, CaseAction.CHANGE, role);
    Validations v = d.check(this, violation, catalogue, today);
    if (d.decree() != null && d.decree().date() != null && decreeDate != null) {
      v.require(
          !d.decree().date().isBefore(decreeDate),
          "date",
          "DATE_ORDER",
          "Keputusan atas keberatan tidak boleh sebelum SK yang diajukan keberatan.",
          "The decision on the objection cannot predate the decree objected to.");
    }
    v.require(
            d.sanction() == null || !d.sanction().equals(sanction),
            "sanction",
            "SANCTION_UNCHANGED",
            "Hukuman sama dengan SK semula: gunakan UPHOLD.",
            "The same sanction as the decree: use UPHOLD.")
        .throwIfAny();
    SanctionType type = catalogue.sanction(d.sanction()).orElseThrow();
    move(
        CaseAction.CHANGE,
        role,
        actor,
        today,
        objectionBody()
            + ": "
            + sanction
            + " → "
            + d.note(type)
            + " (menggantikan "
            + decreeNumber
            + ")");
    replacedDecree = decreeNumber;
    replacedSanction = sanction;
    take(d, type);
    if (objection != null) {
      objection.settled();
    }
  }

  /**
   * Who decides the pending objection, as the history records it: BPASN for a banding against a
   * dismissal, else the official above the one who decided.
   */
  public String objectionBody() {
    return objection == null ? "atasan pejabat yang menghukum" : objection.body();
  }

  /** The decree an objection's decision replaced, or null. */
  public Decree replaced() {
    return replacedDecree == null ? null : new Decree(replacedDecree, null);
  }

  public String replacedSanction() {
    return replacedSanction;
  }

  /** A cancellation decree annuls the sanction; the records are told too. */
  public void cancel(CaseRole role, String actor, Decree d, LocalDate today) {
    CaseFlow.next(state, source, CaseAction.CANCEL, role);
    Validations v = new Validations();
    Decree.check(v, d, today);
    if (d != null && d.date() != null && decreeDate != null) {
      v.require(
          !d.date().isBefore(decreeDate),
          "date",
          "DATE_ORDER",
          "SK pembatalan tidak boleh sebelum SK hukuman.",
          "The cancellation cannot predate the decree.");
    }
    v.throwIfAny();
    move(CaseAction.CANCEL, role, actor, today, d.number());
    cancelNumber = d.number();
    cancelDate = d.date();
  }

  public void dismiss(CaseRole role, String actor, String reason, LocalDate today) {
    CaseFlow.next(state, source, CaseAction.DISMISS, role);
    if (reason == null || reason.isBlank()) {
      throw DomainValidationException.of(
          "reason",
          "REQUIRED",
          "Alasan penghentian wajib.",
          "Give the reason the case is dismissed.");
    }
    List<Violation> v = new ArrayList<>();
    tooLong(v, reason, "reason", 2000);
    if (!v.isEmpty()) {
      throw new DomainValidationException(v);
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
      event("BLOCK_RECOMMENDED", state, state, actor, today, "due " + dueOn);
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

  /**
   * A source's own number for a report as Netra keeps it: trimmed, null when blank, at most 100
   * characters.
   *
   * @throws DomainValidationException when it is longer
   */
  public static String referenceOf(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String reference = raw.strip();
    new Validations()
        .require(
            reference.length() <= 100,
            "reference",
            "TOO_LONG",
            "Nomor rujukan paling panjang 100 karakter.",
            "The reference is at most 100 characters.")
        .throwIfAny();
    return reference;
  }

  /** Records the source's own number for the report; set once, when it is registered. */
  public void referencedAs(String reference) {
    if (id == null) {
      this.reference = reference;
    }
  }

  public String reference() {
    return reference;
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
    event("LINK_DUPLICATE", state, state, actor, today, "of case " + caseId);
  }

  /** Whether the decided sanction is in force on {@code day} (for the gate's policy). */
  public boolean sanctionInForce(LocalDate day, Catalogue catalogue) {
    if (sanctionStart == null || state == CaseState.CANCELLED) {
      return false;
    }
    boolean permanent = catalogue.sanction(sanction).map(SanctionType::permanent).orElse(false);
    return period().inForce(day, permanent);
  }

  private void move(CaseAction action, CaseRole role, String actor, LocalDate today, String note) {
    CaseState to = CaseFlow.next(state, source, action, role);
    event(action.name(), state, to, actor, today, note);
    state = to;
    stageStartedOn = today;
    dueOn = null;
  }

  private void event(
      String action, CaseState from, CaseState to, String actor, LocalDate on, String note) {
    history.add(new CaseEvent(this, history.size() + 1, action, from, to, actor, on, note));
  }

  /** Records {@code TOO_LONG} for a text longer than the column that keeps it. */
  private static void tooLong(List<Violation> v, String value, String field, int max) {
    require(
        v,
        value == null || value.length() <= max,
        field,
        "TOO_LONG",
        "Paling banyak " + max + " karakter.",
        "At most " + max + " characters.");
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
    return evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence.split("\n"));
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

  public Long id() {
    return id;
  }

  public Long violationTypeId() {
    return violationTypeId;
  }

  public Long electionId() {
    return electionId;
  }

  /**
   * The stage the act fell in; cases registered before elections had a determination day count as
   * acts for a calon, the rules they were decided under.
   */
  public CandidateStage stage() {
    return stage == null ? CandidateStage.CALON : stage;
  }

  public boolean bawasluWindowPassed() {
    return bawasluWindowPassed;
  }

  /** Who signed the decree, or null before one. */
  public Authority authority() {
    return decreeCapacity == null ? null : new Authority(decreeCapacity, decreeMandate);
  }

  public LocalDate decreeReceivedOn() {
    return decreeReceivedOn;
  }

  public ObjectionKind objectionKind() {
    return objection == null ? null : objection.kind();
  }

  public LocalDate objectionFiledOn() {
    return objection == null ? null : objection.filedOn();
  }

  public Recommendation recommendation() {
    return recNumber == null
        ? null
        : new Recommendation(recIssuer, recNumber, recDate, recSanction);
  }

  public Examination examination() {
    return examNip == null ? null : new Examination(examNip, examDate, examNotes);
  }

  public Decree decree() {
    return decreeNumber == null ? null : new Decree(decreeNumber, decreeDate);
  }

  public String sanction() {
    return sanction;
  }

  /** The revision of the sanction type the decree applied, or null before one. */
  public Integer sanctionRevision() {
    return sanctionRevision;
  }

  public SanctionPeriod period() {
    return sanctionStart == null ? null : new SanctionPeriod(sanctionStart, sanctionEnd);
  }

  public Decree cancellation() {
    return cancelNumber == null ? null : new Decree(cancelNumber, cancelDate);
  }

  public String objectionNote() {
    return objection == null ? null : objection.note();
  }

  public String dismissalReason() {
    return dismissalReason;
  }

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }

  /** What the audit trail records of the case. */
  public java.util.Map<String, Object> snapshot() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("nip", nip);
    m.put("violation", violationCode);
    m.put("election", electionId);
    m.put("stage", stage);
    m.put("reference", reference);
    m.put("state", state);
    m.put("dueOn", dueOn);
    m.put("blockRecommended", blockRecommended);
    m.put("recommendation", recNumber);
    m.put("decree", decreeNumber);
    m.put("decreeCapacity", decreeCapacity);
    m.put("decreeMandate", decreeMandate);
    m.put("objection", objectionKind());
    m.put("replacedDecree", replacedDecree);
    m.put("replacedSanction", replacedSanction);
    m.put("sanction", sanction);
    m.put("sanctionRevision", sanctionRevision);
    m.put("sanctionStart", sanctionStart);
    m.put("sanctionEnd", sanctionEnd);
    m.put("cancellation", cancelNumber);
    m.put("duplicateOf", duplicateOf);
    return m;
  }

  @Override
  public String toString() {
    return "NeutralityCase[" + nip + " " + violationCode + " " + state + "]";
  }
}
