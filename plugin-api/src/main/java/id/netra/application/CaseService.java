package id.netra.application;

import id.netra.domain.discipline.Authority;
import id.netra.domain.discipline.Authority.Capacity;
import id.netra.domain.discipline.CaseAction;
import id.netra.domain.discipline.CaseDeadlines;
import id.netra.domain.discipline.CaseFlow;
import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.CaseSettings;
import id.netra.domain.discipline.CaseState;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.Decision;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.discipline.NeutralityCase.Decree;
import id.netra.domain.discipline.NeutralityCase.Examination;
import id.netra.domain.discipline.NeutralityCase.Source;
import id.netra.domain.discipline.Recommendation;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.ViolationRules;
import id.netra.domain.discipline.ViolationType;
import id.netra.domain.document.CaseDocument;
import id.netra.domain.document.DocumentRepository;
import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionRepository;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Neutrality cases: registered, moved through their flow by the roles allowed, audited at every
 * change; a decree's sanction (and a cancellation) queued for every personnel record in the same
 * transaction.
 */
@Stateless
public class CaseService {

  private static final Logger LOG = Logger.getLogger(CaseService.class.getName());

  @Inject Clock clock;
  @Inject CaseRepository cases;
  @Inject EmployeeService employees;
  @Inject AuditService audit;
  @Inject DeliveryService deliveries;
  @Inject SanctionTargets targets;
  @Inject GateService gate;
  @Inject ElectionRepository elections;
  @Inject DocumentRepository documents;

  public Catalogue catalogue() {
    return cases.catalogue();
  }

  public CaseSettings settings(Actor actor, String agency) {
    actor.requireAgency(agency);
    return cases
        .findSettings(agency)
        .orElseGet(() -> CaseSettings.defaults(agency, Times.now(clock)));
  }

  public CaseSettings updateSettings(
      Actor actor,
      String agency,
      CaseDeadlines deadlines,
      boolean blockDutyWhileOpen,
      boolean blockDutyWhileSanctioned) {
    actor.requireAgency(agency);
    CaseSettings s = cases.findSettings(agency).orElse(null);
    Map<String, Object> before = s == null ? null : s.snapshot();
    if (s == null) {
      s = CaseSettings.defaults(agency, Times.now(clock));
      cases.add(s);
    }
    boolean gateChanged =
        s.blockDutyWhileOpen() != blockDutyWhileOpen
            || s.blockDutyWhileSanctioned() != blockDutyWhileSanctioned;
    s.apply(deadlines, blockDutyWhileOpen, blockDutyWhileSanctioned, Times.now(clock));
    audit.record(
        actor, agency, "CASE_SETTINGS_CHANGED", "case_settings", agency, before, s.snapshot());
    if (gateChanged) {
      for (String nip : cases.findNipsWithCases(agency)) {
        gate.reevaluate(actor, nip, "CASE_SETTINGS_CHANGED");
      }
    }
    return s;
  }

  /** What a report carries. */
  public record Report(
      String nip,
      String violation,
      String source,
      String reporter,
      LocalDate eventDate,
      LocalDate knownDate,
      List<String> evidence,
      String description,
      String reference,
      Long electionId) {}

  /** A registered report: the case, and whether it is new (or its reference was known). */
  public record Intake(NeutralityCase c, boolean created) {}

  /**
   * Registers a case; a report of the same act as an open case is linked to it. A report with a
   * reference (the source's own number) already registered for the agency answers that case.
   */
  public Intake intake(Actor actor, CaseRole role, Report r) {
    var v = new Validations();
    Source source = v.enumValue(Source.class, r.source(), "source", true);
    v.require(
        r.violation() != null && !r.violation().isBlank(),
        "violation",
        "REQUIRED",
        "Sebutkan jenis pelanggaran (kode katalog).",
        "Name the violation type (its catalogue code).");
    v.require(
        r.nip() != null && !r.nip().isBlank(),
        "nip",
        "REQUIRED",
        "NIP terlapor wajib.",
        "The reported employee's NIP is required.");
    v.throwIfAny();
    Employee employee = employees.find(actor, r.nip());
    String reference = NeutralityCase.referenceOf(r.reference());
    if (reference != null) {
      var known = cases.findByReference(employee.agencyCode(), reference);
      if (known.isPresent()) {
        return new Intake(known.get(), false);
      }
    }
    ViolationType violation =
        cases
            .findCurrentViolation(r.violation())
            .orElseThrow(() -> new NotFound("violation type", r.violation()));
    LocalDate today = Times.today(clock);
    ElectionPeriod election = electionOf(employee.agencyCode(), r.electionId(), r.eventDate());
    NeutralityCase c =
        NeutralityCase.report(
            employee.agencyCode(),
            employee.nip(),
            employee.type(),
            violation,
            election,
            source,
            r.reporter(),
            r.eventDate(),
            r.knownDate(),
            today,
            r.evidence(),
            r.description(),
            settings(actor, employee.agencyCode()).deadlines(),
            role,
            actor.name());
    c.referencedAs(reference);
    cases.add(c);
    cases
        .findSimilar(
            c.nip(), c.violationCode(), c.eventDate(), NeutralityCase.DUPLICATE_WINDOW_DAYS)
        .stream()
        .filter(o -> !o.id().equals(c.id()) && c.sameActAs(o))
        .findFirst()
        .ifPresent(o -> c.linkDuplicate(o.id(), actor.name(), today));
    audit.record(actor, c.agency(), "CASE_REPORTED", "case", c.id(), null, c.snapshot());
    gateEffects(actor, c, "CASE_REPORTED");
    return new Intake(c, true);
  }

  /**
   * The election a report concerns: the one named (it must cover the agency), else the agency's one
   * whose period holds the event's day.
   */
  private ElectionPeriod electionOf(String agency, Long electionId, LocalDate eventDate) {
    if (electionId != null) {
      return elections
          .find(electionId)
          .filter(e -> e.covers(agency))
          .orElseThrow(() -> new NotFound("election", electionId));
    }
    if (eventDate == null) {
      return null; // the report names the missing date itself
    }
    List<ElectionPeriod> around = elections.findInScope(agency, eventDate, eventDate);
    if (around.size() == 1) {
      return around.get(0);
    }
    throw DomainValidationException.of(
        "electionId",
        around.isEmpty() ? "ELECTION_REQUIRED" : "ELECTION_AMBIGUOUS",
        around.isEmpty()
            ? "Tidak ada pemilihan instansi ini yang periodenya memuat tanggal kejadian: sebutkan"
                + " electionId."
            : "Tanggal kejadian masuk periode beberapa pemilihan ("
                + around.stream().map(e -> e.id() + " " + e.name()).toList()
                + "): sebutkan electionId.",
        around.isEmpty()
            ? "No election of this agency has a period holding the event's day: name electionId."
            : "The event's day lies in several elections' periods ("
                + around.stream().map(e -> e.id() + " " + e.name()).toList()
                + "): name electionId.");
  }

  /** The employee's own cases (the actor names the employee), the most urgent first. */
  public List<NeutralityCase> ownCases(Actor employee) {
    if (employee.nip() == null) {
      return List.of();
    }
    return cases.findCases(
        employee.agencyCode(), List.of(), employee.nip(), false, Times.today(clock), 0, 100);
  }

  /** The employee's own objection (keberatan, or banding against a dismissal) to a decree. */
  public NeutralityCase objectAsEmployee(Actor employee, long id, String note, LocalDate filedOn) {
    NeutralityCase c = find(employee, id);
    if (employee.nip() == null || !employee.nip().equals(c.nip())) {
      throw new NotFound("case", id);
    }
    return act(
        employee,
        CaseRole.EMPLOYEE,
        id,
        CaseAction.OBJECT,
        new Step(null, null, filedOn, null, null, null, note, null, null, null));
  }

  public NeutralityCase find(Actor actor, long id) {
    return cases
        .find(id)
        .filter(c -> actor.mayAct(c.agency()))
        .orElseThrow(() -> new NotFound("case", id));
  }

  public List<NeutralityCase> queue(
      Actor actor,
      String agency,
      List<CaseState> states,
      String nip,
      boolean overdueOnly,
      int offset,
      int limit) {
    return cases.findCases(
        actor.scope(agency),
        states,
        nip == null || nip.isBlank() ? null : EmployeeNumber.canonical(nip),
        overdueOnly,
        Times.today(clock),
        Math.max(offset, 0),
        Math.min(Math.max(limit, 1), 500));
  }

  /** Case counts for the caller's agency (or every agency's, for a central administrator). */
  public List<CaseRepository.CaseCount> report(Actor actor, String agency) {
    return cases.countCases(actor.scope(agency), Times.today(clock));
  }

  /** The agency's case deadlines: its settings, else the defaults. */
  public CaseDeadlines deadlines(String agency) {
    return cases.findSettings(agency).map(CaseSettings::deadlines).orElse(CaseDeadlines.DEFAULT);
  }

  /** What the law gives a case: its rules, the sanctions it may end in, the objection's limit. */
  public record Terms(
      ViolationRules rules,
      List<String> sanctions,
      LocalDate objectionDeadline,
      int violationVersion,
      List<String> missingDocuments) {}

  public Terms terms(NeutralityCase c) {
    Catalogue catalogue = cases.catalogue();
    ViolationType v =
        cases
            .findViolation(c.violationTypeId())
            .orElseThrow(() -> new NotFound("violation type", c.violationCode()));
    CaseDeadlines d = deadlines(c.agency());
    return new Terms(
        catalogue.rules(v, c.stage(), c.employeeType()),
        catalogue.decidable(v, c.stage(), c.employeeType()).stream()
            .map(SanctionType::code)
            .toList(),
        c.objectionDeadline(d),
        v.catalogueVersion(),
        missingDocuments(c));
  }

  /** The case's sanction messages, one per record and decree, oldest first. */
  public List<id.netra.domain.integration.OutboxMessage> records(Actor actor, long id) {
    NeutralityCase c = find(actor, id);
    return deliveries.sanctionMessages(c.id());
  }

  /** The fields a transition may carry; each action reads the ones it needs. */
  public record Step(
      String issuer,
      String number,
      LocalDate date,
      String sanction,
      LocalDate startDate,
      String examinerNip,
      String note,
      String capacity,
      String mandate,
      LocalDate receivedOn) {

    /** A step that carries nothing. */
    public static final Step NONE =
        new Step(null, null, null, null, null, null, null, null, null, null);
  }

  /** Takes one step of a case's flow. */
  public NeutralityCase act(Actor actor, CaseRole role, long id, CaseAction action, Step s) {
    NeutralityCase c = find(actor, id);
    Map<String, Object> before = c.snapshot();
    LocalDate today = Times.today(clock);
    CaseDeadlines deadlines = settings(actor, c.agency()).deadlines();
    Catalogue catalogue = cases.catalogue();
    ViolationType violation =
        cases
            .findViolation(c.violationTypeId())
            .orElseThrow(() -> new NotFound("violation type", c.violationCode()));
    String who = actor.name();
    switch (action) {
      case START_VERIFICATION -> c.startVerification(role, who, today, deadlines);
      case RECOMMEND ->
          c.recommend(
              role,
              who,
              new Recommendation(s.issuer(), s.number(), s.date(), s.sanction()),
              violation,
              catalogue,
              today,
              deadlines);
      case START_EXAMINATION ->
          c.startExamination(
              role, who, new Examination(s.examinerNip(), s.date(), s.note()), today);
      case DECIDE -> {
        c.decide(role, who, decision(s), violation, catalogue, today);
        queueSanction(c, catalogue, violation);
      }
      case OBJECT ->
          c.object(
              role,
              who,
              s.note(),
              s.date(),
              catalogue.sanction(c.sanction()).map(SanctionType::dismissal).orElse(false),
              deadlines,
              today);
      case UPHOLD -> c.uphold(role, who, s.note(), today);
      case CHANGE -> {
        SanctionType was = catalogue.sanction(c.sanction()).orElseThrow();
        Employee employee = employees.find(Actor.SYSTEM, c.nip());
        Map<String, String> replaced =
            DeliveryService.replacementOf(c, was, violation, employee, s.number(), s.date());
        c.change(role, who, decision(s), violation, catalogue, today);
        deliveries.sanctionReplaced(c, replaced, recordsOf(c.agency(), was));
        queueSanction(c, catalogue, violation);
      }
      case CANCEL -> {
        c.cancel(role, who, new Decree(s.number(), s.date()), today);
        queueSanction(c, catalogue, violation);
      }
      case DISMISS -> c.dismiss(role, who, s.note(), today);
      case CLOSE -> c.close(role, who, today);
      case MARK_RECORDED, REPORT -> {
        // Not steps of the API: a report is POST /cases, the recording is Netra's own.
        CaseFlow.next(c.state(), action, role);
        throw new DomainStateException(
            "ILLEGAL_TRANSITION",
            action + " bukan langkah yang dapat diminta.",
            action + " is not a step that can be asked for.");
      }
    }
    audit.record(actor, c.agency(), "CASE_" + action.name(), "case", c.id(), before, c.snapshot());
    gateEffects(actor, c, "CASE_" + action.name());
    if (c.state() == CaseState.DECIDED) {
      recordedOnceDelivered(c, catalogue);
    }
    return c;
  }

  /** A decision as a step files it: its capacity must be one Netra knows. */
  private static Decision decision(Step s) {
    var v = new Validations();
    Capacity capacity = v.enumValue(Capacity.class, s.capacity(), "capacity", false);
    v.throwIfAny();
    return new Decision(
        new Decree(s.number(), s.date()),
        new Authority(capacity, s.mandate()),
        s.receivedOn(),
        s.sanction(),
        s.startDate());
  }

  /**
   * Where the agency lets cases bear on election duty, the employee's waiting decisions are decided
   * again: a case opened blocks them, a dismissal or cancellation releases them.
   */
  private void gateEffects(Actor actor, NeutralityCase c, String cause) {
    CaseSettings s = cases.findSettings(c.agency()).orElse(null);
    if (s != null && s.bearsOnGate()) {
      gate.reevaluate(actor, c.nip(), cause);
    }
  }

  /**
   * Queues the decided sanction (or its cancellation) for the records that keep it: none for a
   * contract measure of non-ASN staff; SIASN only for what its disciplinary history records (a
   * termination is proposed to BKN instead).
   */
  private void queueSanction(NeutralityCase c, Catalogue catalogue, ViolationType violation) {
    SanctionType type = catalogue.sanction(c.sanction()).orElseThrow();
    Employee employee = employees.find(Actor.SYSTEM, c.nip());
    CaseDocument decree = null;
    if (c.cancellation() == null) {
      documents.findUnboundDecree(c.id()).ifPresent(d -> d.bindTo(c.decree().number()));
      decree = documents.findDecree(c.id(), c.decree().number()).orElse(null);
    }
    deliveries.sanctionDecided(c, type, violation, employee, recordsOf(c.agency(), type), decree);
  }

  /**
   * Whether a decree document uploaded now is the decree the case holds: once decided, not
   * cancelled, and not while an objection is pending (a decree uploaded then is the decision on it,
   * bound when that is taken).
   */
  public boolean carriesDecree(NeutralityCase c) {
    return c.decree() != null
        && c.cancellation() == null
        && c.state() != CaseState.OBJECTION
        && c.state() != CaseState.CANCELLED;
  }

  /**
   * A decree document uploaded after the decision goes to the records that keep documents (SIASN's
   * {@code upload-dok-rw}), after the sanction in the case's order.
   */
  public void decreeDocumentAdded(NeutralityCase c, CaseDocument d) {
    SanctionType type = cases.catalogue().sanction(c.sanction()).orElseThrow();
    if (!type.keptBy(true)) {
      return;
    }
    ViolationType violation =
        cases
            .findViolation(c.violationTypeId())
            .orElseThrow(() -> new NotFound("violation type", c.violationCode()));
    deliveries.decreeDocument(
        c,
        type,
        violation,
        employees.find(Actor.SYSTEM, c.nip()),
        targets.ofDocuments(c.agency()),
        d);
  }

  /**
   * The documents the case should hold by now and does not: the BAP once the examination has
   * started (PP 94/2021 records it), the decree once decided (SIASN takes it with the sanction).
   */
  List<String> missingDocuments(NeutralityCase c) {
    List<String> missing = new java.util.ArrayList<>();
    var kinds =
        documents.findByCase(c.id()).stream()
            .map(CaseDocument::kind)
            .collect(java.util.stream.Collectors.toSet());
    if (c.examination() != null && !kinds.contains(id.netra.domain.document.DocumentKind.BAP)) {
      missing.add(id.netra.domain.document.DocumentKind.BAP.name());
    }
    if (carriesDecree(c) && documents.findDecree(c.id(), c.decree().number()).isEmpty()) {
      missing.add(id.netra.domain.document.DocumentKind.DECREE.name());
    }
    return missing;
  }

  /** The records that keep a sanction of this type. */
  private List<String> recordsOf(String agency, SanctionType type) {
    return type.keptBy(false) ? targets.of(agency, type.keptBy(true)) : List.of();
  }

  /**
   * A sanction message of the case reached its target: once all have, the case is recorded. Called
   * by the outbox's side in its own transaction.
   */
  public void sanctionDelivered(long caseId) {
    // A message was delivered, so the case has records to write: only whether all took it counts
    // (no catalogue read on the outbox's path).
    cases
        .find(caseId)
        .filter(c -> c.state() == CaseState.DECIDED && deliveries.sanctionRecorded(c.id()))
        .ifPresent(this::markRecorded);
  }

  /**
   * The one place a decided case becomes RECORDED: when every record that keeps its sanction has
   * taken it, at once when none does (a contract measure), and again when an upheld objection
   * returns it to DECIDED after the records took the sanction meanwhile.
   */
  private void recordedOnceDelivered(NeutralityCase c, Catalogue catalogue) {
    SanctionType type = catalogue.sanction(c.sanction()).orElseThrow();
    if (recordsOf(c.agency(), type).isEmpty() || deliveries.sanctionRecorded(c.id())) {
      markRecorded(c);
    }
  }

  private void markRecorded(NeutralityCase c) {
    Map<String, Object> before = c.snapshot();
    c.markRecorded(CaseRole.SYSTEM, Actor.SYSTEM.name(), Times.today(clock));
    audit.record(
        Actor.SYSTEM, c.agency(), "CASE_MARK_RECORDED", "case", c.id(), before, c.snapshot());
    gateEffects(Actor.SYSTEM, c, "CASE_MARK_RECORDED");
  }
}
