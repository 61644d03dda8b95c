package id.netra.interfaces.rest;

import id.netra.application.CaseFollowUpService;
import id.netra.application.CaseService;
import id.netra.domain.discipline.CaseAction;
import id.netra.domain.discipline.CaseDeadlines;
import id.netra.domain.discipline.CaseFlow;
import id.netra.domain.discipline.CaseReminder;
import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.CaseSettings;
import id.netra.domain.discipline.CaseState;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.CaseDto;
import id.netra.interfaces.rest.dto.Csv;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Neutrality cases, their catalogue and the agencies' case settings. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases and sanctions")
public class CaseResource {

  @Inject Clock clock;
  @Inject CaseService cases;
  @Inject CaseFollowUpService followUps;
  @Inject CurrentCaller caller;

  /** An agency's deadlines (days) and the gate's options. */
  public record SettingsDto(
      String agency,
      int filingWindowDays,
      int verificationDays,
      int ppkFollowUpDays,
      int reminderDaysBefore,
      int objectionWorkingDays,
      boolean blockDutyWhileOpen,
      boolean blockDutyWhileSanctioned) {
    static SettingsDto of(CaseSettings s) {
      CaseDeadlines d = s.deadlines();
      return new SettingsDto(
          s.agency(),
          d.filingWindowDays(),
          d.verificationDays(),
          d.ppkFollowUpDays(),
          d.reminderDaysBefore(),
          d.objectionWorkingDays(),
          s.blockDutyWhileOpen(),
          s.blockDutyWhileSanctioned());
    }
  }

  @GET
  @Path("settings")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public SettingsDto settings(@QueryParam("agency") String agency) {
    return SettingsDto.of(cases.settings(caller.actor(), caller.actor().agencyFor(agency)));
  }

  @PUT
  @Path("settings")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Change an agency's deadlines and the gate's case options")
  public SettingsDto updateSettings(SettingsDto body) {
    Inputs.requireBody(body);
    return SettingsDto.of(
        cases.updateSettings(
            caller.actor(),
            caller.actor().agencyFor(body.agency()),
            CaseDeadlines.validated(
                body.filingWindowDays(),
                body.verificationDays(),
                body.ppkFollowUpDays(),
                body.reminderDaysBefore(),
                body.objectionWorkingDays() == 0
                    ? CaseDeadlines.DEFAULT.objectionWorkingDays()
                    : body.objectionWorkingDays()),
            body.blockDutyWhileOpen(),
            body.blockDutyWhileSanctioned()));
  }

  @POST
  @Allowed({Role.ADMIN, Role.OFFICER})
  @Operation(
      summary = "Register a finding or report",
      description =
          "source: BAWASLU_FINDING, PUBLIC_REPORT or INTERNAL (the agency's own finding: examined"
              + " without a recommendation). A report is never refused for its date; a public"
              + " report later than Bawaslu's window from knownDate is marked bawasluWindowPassed."
              + " electionId (optional): the election the act concerns; by default the agency's"
              + " one whose period holds eventDate. Its candidate determination day sets the"
              + " stage (BAKAL_CALON before, CALON from it), and so the violation's rules."
              + " A report of the same act as another case is linked to it (duplicateOf)."
              + " reference (optional): the source's own number; a report whose reference the"
              + " agency registered already answers 200 with that case, so a resend registers"
              + " nothing twice.")
  public Response report(CaseService.Report body) {
    Inputs.requireBody(body);
    CaseService.Intake in = cases.intake(caller.actor(), CaseRole.OFFICER, body);
    NeutralityCase c = in.c();
    return in.created()
        ? Response.created(URI.create("cases/" + c.id())).entity(dto(c, true)).build()
        : Response.ok(dto(c, true)).build();
  }

  @GET
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "The case queue",
      description = "The most urgent first: the nearest deadline first, overdue ones at the top.")
  public List<CaseDto> queue(
      @QueryParam("agency") String agency,
      @QueryParam("state") List<String> states,
      @QueryParam("nip") String nip,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Validations v = new Validations();
    List<CaseState> parsed = new ArrayList<>();
    for (String s : states) {
      CaseState st = v.enumValue(CaseState.class, s, "state", true);
      if (st != null) {
        parsed.add(st);
      }
    }
    v.throwIfAny();
    return cases.queue(caller.actor(), agency, parsed, nip, overdue, offset, limit).stream()
        .map(c -> dto(c, false))
        .toList();
  }

  /** One line of the report. */
  public record CountDto(
      String agency,
      String unitCode,
      String unitName,
      String violation,
      String tier,
      String state,
      long cases,
      long overdue,
      long blockRecommended) {
    static CountDto of(CaseRepository.CaseCount c) {
      return new CountDto(
          c.agency(),
          c.unitCode(),
          c.unitName(),
          c.violationCode(),
          c.tier() == null ? null : c.tier().name(),
          c.state().name(),
          c.cases(),
          c.overdue(),
          c.blockRecommended());
    }
  }

  @GET
  @Path("report")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Case counts per agency and unit, by violation type, tier and state",
      description =
          "The tier is the violation type's (R, S, B; none for ethics). overdue: cases past their"
              + " stage's deadline; blockRecommended: cases BKN may block for an overdue PPK"
              + " follow-up. The same table as CSV at report.csv.")
  public List<CountDto> report(@QueryParam("agency") String agency) {
    return cases.report(caller.actor(), agency).stream().map(CountDto::of).toList();
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public Response reportCsv(@QueryParam("agency") String agency) {
    return Csv.attachment(
        "netra-cases.csv",
        Csv.columns(CountDto.class),
        report(agency).stream().map(Csv::cells).toList());
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public CaseDto find(@PathParam("id") long id) {
    return dto(cases.find(caller.actor(), id), true);
  }

  @POST
  @Path("{id}/actions/{action}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Take a step of the case's flow",
      description =
          "START_VERIFICATION; RECOMMEND (issuer KASN up to 24 Aug 2024, else BKN; number, date,"
              + " sanction); START_EXAMINATION (examinerNip, date, note: the BAP), after the"
              + " recommendation or, for an INTERNAL case, at once; DECIDE, PPK only, after the"
              + " examination (number, date, sanction, startDate: the end follows from the"
              + " sanction's months; capacity DEFINITIVE, PLT or PJ with mandate, the letter that"
              + " gave it; receivedOn, when the employee received the decree; the sanction is"
              + " queued for every personnel record that keeps it); OBJECT (note, date filed:"
              + " within the agency's objectionWorkingDays of receivedOn; BANDING for a"
              + " dismissal, else KEBERATAN); UPHOLD, PPK (note: back to DECIDED or RECORDED);"
              + " CHANGE, PPK (number, date, sanction, startDate, capacity, mandate: the decision on"
              + " the objection replaces the sanction, lighter or heavier; the old one is cancelled"
              + " in every record and the new one written);"
              + " CANCEL, PPK (number, date: the cancellation decree, queued like the sanction);"
              + " DISMISS (note: the reason); CLOSE. An illegal step answers 409 with what is"
              + " possible (EXAMINATION_REQUIRED, RECOMMENDATION_REQUIRED); a role that may not"
              + " take it, 403.")
  public CaseDto act(
      @PathParam("id") long id, @PathParam("action") String action, CaseService.Step body) {
    Validations v = new Validations();
    CaseAction a = v.enumValue(CaseAction.class, action, "action", true);
    v.throwIfAny();
    NeutralityCase c =
        cases.act(
            caller.actor(),
            CaseFlow.actingRole(a, roles()),
            id,
            a,
            body == null ? CaseService.Step.NONE : body);
    return dto(c, true);
  }

  @POST
  @Path("follow-ups/check")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Mark overdue PPK follow-ups now",
      description =
          "Also runs every hour: each case whose follow-up ran out is marked"
              + " blockRecommended (SIASN kedudukanHukum 92) for BKN.")
  public List<CaseDto> checkFollowUps() {
    return followUps.checkFollowUps(Times.today(clock)).stream()
        .filter(c -> caller.actor().mayAct(c.agency()))
        .map(c -> dto(c, false))
        .toList();
  }

  /** A reminder of a near deadline. */
  public record ReminderDto(
      long id,
      long caseId,
      String agency,
      String role,
      String stage,
      LocalDate dueOn,
      java.time.Instant createdAt,
      String acknowledgedBy,
      java.time.Instant acknowledgedAt) {
    static ReminderDto of(CaseReminder r) {
      return new ReminderDto(
          r.id(),
          r.caseId(),
          r.agency(),
          r.role().name(),
          r.stage().name(),
          r.dueOn(),
          r.createdAt(),
          r.acknowledgedBy(),
          r.acknowledgedAt());
    }
  }

  @GET
  @Path("reminders")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK})
  @Operation(
      summary = "My reminders",
      description =
          "Deadlines near for the caller's case roles: verification (officer), the follow-up of a"
              + " recommendation (PPK). Made every hour, within the agency's reminderDaysBefore;"
              + " all=true includes acknowledged ones.")
  public List<ReminderDto> reminders(@QueryParam("all") @DefaultValue("false") boolean all) {
    return followUps.reminders(caller.actor(), actingRoles(), !all).stream()
        .map(ReminderDto::of)
        .toList();
  }

  @POST
  @Path("reminders/{id}/acknowledge")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK})
  public ReminderDto acknowledge(@PathParam("id") long id) {
    return ReminderDto.of(followUps.acknowledge(caller.actor(), actingRoles(), id));
  }

  @POST
  @Path("reminders/check")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Make the reminders due today now (also every hour)")
  public List<ReminderDto> remindNow() {
    return followUps.remind(Times.today(clock)).stream()
        .filter(r -> caller.actor().mayAct(r.agency()))
        .map(ReminderDto::of)
        .toList();
  }

  /** A case BKN is asked to block the employee's data for (SIASN kedudukan hukum 92). */
  public record BlockDto(
      String agency,
      String nip,
      String name,
      String unitName,
      long caseId,
      String violation,
      String recommendationIssuer,
      String recommendationNumber,
      LocalDate recommendationDate,
      LocalDate followUpDue,
      String kedudukanHukumId) {
    static BlockDto of(CaseFollowUpService.BlockRecommendation b) {
      NeutralityCase c = b.c();
      var rec = c.recommendation();
      return new BlockDto(
          c.agency(),
          c.nip(),
          b.employee().name(),
          b.employee().unitName(),
          c.id(),
          c.violationCode(),
          rec == null ? null : rec.issuer(),
          rec == null ? null : rec.number(),
          rec == null ? null : rec.date(),
          c.dueOn(),
          NeutralityCase.BLOCK_KEDUDUKAN_HUKUM);
    }
  }

  @GET
  @Path("block-recommended")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Cases to report to BKN for blocking",
      description =
          "Cases whose PPK follow-up ran out (still RECOMMENDED or in EXAMINATION), with the"
              + " employee and kedudukanHukumId 92; as CSV at block-recommended.csv, for"
              + " BKN.")
  public List<BlockDto> blockRecommended(@QueryParam("agency") String agency) {
    return followUps.blockRecommended(caller.actor(), agency).stream().map(BlockDto::of).toList();
  }

  @GET
  @Path("block-recommended.csv")
  @Produces("text/csv")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public Response blockRecommendedCsv(@QueryParam("agency") String agency) {
    return Csv.attachment(
        "netra-block-recommended.csv",
        Csv.columns(BlockDto.class),
        blockRecommended(agency).stream().map(Csv::cells).toList());
  }

  /** A termination proposed to BKN (usul pemberhentian). */
  public record TerminationDto(
      String agency,
      String nip,
      String name,
      String employeeType,
      String unitName,
      long caseId,
      String violation,
      String sanction,
      String jenisPemberhentianId,
      String decreeNumber,
      LocalDate decreeDate,
      String capacity,
      LocalDate effectiveDate,
      String state,
      String objection,
      LocalDate objectionFiledOn) {
    static TerminationDto of(CaseFollowUpService.Termination t) {
      NeutralityCase c = t.c();
      return new TerminationDto(
          c.agency(),
          c.nip(),
          t.employee().name(),
          c.employeeType().name(),
          t.employee().unitName(),
          c.id(),
          c.violationCode(),
          c.sanction(),
          t.type().jenisPemberhentianId(),
          c.decree().number(),
          c.decree().date(),
          c.authority() == null ? null : c.authority().capacity().name(),
          c.period() == null ? null : c.period().start(),
          c.state().name(),
          c.objectionKind() == null ? null : c.objectionKind().name(),
          c.objectionFiledOn());
    }
  }

  @GET
  @Path("terminations")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Terminations to propose to BKN",
      description =
          "Decided dismissals (party membership: jenisPemberhentianId 8; PDHTAPS and PHPK: 7),"
              + " not cancelled, with the employee and the decree: a termination is proposed to"
              + " BKN, not written to SIASN's disciplinary history. A banding to BPASN pending"
              + " shows as state OBJECTION with objection BANDING and the day it was filed. As CSV"
              + " at terminations.csv.")
  public List<TerminationDto> terminations(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("500") int limit) {
    return followUps.terminations(caller.actor(), agency, offset, limit).stream()
        .map(TerminationDto::of)
        .toList();
  }

  @GET
  @Path("terminations.csv")
  @Produces("text/csv")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public Response terminationsCsv(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    return Csv.attachment(
        "netra-usul-pemberhentian.csv",
        Csv.columns(TerminationDto.class),
        terminations(agency, offset, limit).stream().map(Csv::cells).toList());
  }

  /** The case roles whose reminders the caller sees. */
  private List<CaseRole> actingRoles() {
    return roles().stream().filter(r -> r != CaseRole.AUDITOR).toList();
  }

  private List<CaseRole> roles() {
    Set<String> r = caller.get().roles();
    List<CaseRole> out = new ArrayList<>();
    if (r.contains(Role.PPK)) {
      out.add(CaseRole.PPK);
    }
    if (r.contains(Role.OFFICER) || r.contains(Role.ADMIN)) {
      out.add(CaseRole.OFFICER);
    }
    out.add(CaseRole.AUDITOR);
    return out;
  }

  private CaseDto dto(NeutralityCase c, boolean withHistory) {
    CaseDto.Terms terms = null;
    if (withHistory) {
      CaseService.Terms t = cases.terms(c);
      terms =
          new CaseDto.Terms(
              t.rules().track().name(),
              t.rules().tier() == null ? null : t.rules().tier().name(),
              t.sanctions(),
              t.objectionDeadline(),
              t.violationVersion(),
              t.missingDocuments());
    }
    return CaseDto.of(
        c,
        CaseFlow.allowed(c.state(), c.source(), roles()),
        withHistory,
        withHistory
            ? cases.records(caller.actor(), c.id()).stream().map(CaseDto.Delivery::of).toList()
            : null,
        terms,
        Times.today(clock));
  }
}
