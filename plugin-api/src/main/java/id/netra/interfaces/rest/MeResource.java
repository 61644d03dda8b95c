package id.netra.interfaces.rest;

import id.netra.application.CaseService;
import id.netra.application.SelfService;
import id.netra.domain.discipline.CaseDeadlines;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.pact.PactSignature;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.training.TrainingModule;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.DecisionAssembler;
import id.netra.interfaces.rest.dto.DecisionDto;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.dto.NeutralityStatusDto;
import id.netra.interfaces.rest.dto.PactTemplateDto;
import id.netra.interfaces.rest.dto.TrainingModuleDto;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The employee's own endpoints, used by the widget in the HR portal. The portal-signed token names
 * the employee; nothing here takes a NIP.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.EMPLOYEE)
@SecurityRequirement(name = "employeeToken")
@Tag(name = "Employee self-service")
public class MeResource {

  /** What the widget shows: where I stand, which of my requests wait, what I can do. */
  public record Prompts(
      NeutralityStatusDto status, List<DecisionDto> pendingRequests, List<Prompt> actions) {}

  /** One thing to do, and the gate's reason it answers. */
  public record Prompt(
      String action, String reason, long electionId, String messageId, String messageEn) {}

  /** A signature request from the widget. */
  public record SignRequest(
      Long electionId,
      Long templateId,
      String contentHash,
      String typedName,
      List<Boolean> consents) {}

  /** A signed pact, with its receipt. */
  public record SignedPact(
      long signatureId,
      long electionId,
      long templateId,
      int templateVersion,
      String templateHash,
      Instant signedAt,
      String receipt) {}

  /** The quiz as the widget shows it. */
  public record Training(TrainingModuleDto module, int attemptsLeftToday) {}

  /** A try at the quiz. */
  public record AttemptRequest(Long moduleId, List<Integer> answers) {}

  /** How the try went. */
  public record AttemptResultDto(
      int score,
      int passMark,
      boolean passed,
      int attemptsLeftToday,
      String certificateNumber,
      LocalDate validUntil) {}

  @Inject Clock clock;
  @Inject SelfService self;
  @Inject CurrentCaller caller;
  @Inject CaseService cases;
  @Inject id.netra.application.DocumentService documents;
  @Inject DecisionAssembler decisions;

  @GET
  @Path("prompts")
  @Operation(summary = "What is pending for me and why")
  public Prompts prompts() {
    var status = self.status(caller.actor());
    List<Prompt> actions =
        status.elections().stream()
            .flatMap(
                standing ->
                    standing.missing().stream()
                        .map(
                            code ->
                                new Prompt(
                                    code.action().name(),
                                    code.name(),
                                    standing.election().id(),
                                    code.messageId(),
                                    code.messageEn())))
            .toList();
    return new Prompts(
        NeutralityStatusDto.of(status),
        self.pending(caller.actor()).stream().map(d -> decisions.toDto(d, false)).toList(),
        actions);
  }

  @GET
  @Path("pact")
  @Operation(summary = "The pact text I would sign for an election")
  public PactTemplateDto pact(@QueryParam("electionId") long electionId) {
    return PactTemplateDto.of(self.pactToSign(caller.actor(), electionId));
  }

  @POST
  @Path("pact/signatures")
  @Operation(
      summary = "Sign the pact",
      description =
          "Needs the template id and content hash that were shown, a consent for every clause and"
              + " the employee's full name. Answers the receipt, a JWS anyone can verify with"
              + " GET /pact/receipt-keys.")
  public Response sign(SignRequest body) {
    Inputs.requireBody(body);
    if (body.electionId() == null || body.templateId() == null) {
      throw DomainValidationException.of(
          body.electionId() == null ? "electionId" : "templateId",
          "REQUIRED",
          "Wajib diisi.",
          "Required.");
    }
    PactSignature s =
        self.signPact(
            caller.actor(),
            body.electionId(),
            body.templateId(),
            body.contentHash(),
            body.typedName(),
            body.consents());
    return Response.status(Response.Status.CREATED)
        .entity(
            new SignedPact(
                s.id(),
                s.electionId(),
                s.templateId(),
                s.templateVersion(),
                s.templateHash(),
                s.signedAt(),
                s.receipt()))
        .build();
  }

  @GET
  @Path("training")
  @Operation(summary = "The training module and quiz (no answers), and my tries left today")
  public Training training(
      @QueryParam("code") @DefaultValue(GatePolicy.DEFAULT_TRAINING_CODE) String code) {
    TrainingModule m = self.trainingModule(caller.actor(), code);
    return new Training(TrainingModuleDto.of(m), self.attemptsLeftToday(caller.actor(), m));
  }

  @POST
  @Path("training/attempts")
  @Operation(
      summary = "Answer the quiz",
      description =
          "One choice index per question. A pass records a completion with a certificate"
              + " number; at most 3 tries per day.")
  public AttemptResultDto attempt(AttemptRequest body) {
    Inputs.requireBody(body);
    if (body.moduleId() == null) {
      throw DomainValidationException.of("moduleId", "REQUIRED", "Wajib diisi.", "Required.");
    }
    var r = self.attempt(caller.actor(), body.moduleId(), body.answers());
    return new AttemptResultDto(
        r.attempt().score(),
        r.module().passMark(),
        r.attempt().passed(),
        r.attemptsLeftToday(),
        r.completion().map(c -> c.certificateNumber()).orElse(null),
        r.completion().map(c -> c.validUntil()).orElse(null));
  }

  /**
   * One of my cases as I may see it: what I am said to have done, where it stands, the decree and
   * its sanction, and until when I may object. Not the reporter nor the evidence.
   */
  public record MyCase(
      long id,
      String violation,
      String violationId,
      String violationEn,
      String stage,
      String state,
      LocalDate eventDate,
      NeutralityCase.Decree decree,
      String capacity,
      String sanction,
      String sanctionName,
      LocalDate sanctionStart,
      LocalDate sanctionEnd,
      LocalDate objectionDeadline,
      String objectionKind,
      LocalDate objectionFiledOn,
      boolean canObject,
      List<MyDocument> documents) {}

  /** A document of my case I may open: my decree, its cancellation, my objection letter. */
  public record MyDocument(
      long id, String kind, String kindId, String kindEn, String fileName, long size) {
    static MyDocument of(id.netra.domain.document.CaseDocument d) {
      return new MyDocument(
          d.id(), d.kind().name(), d.kind().nameId(), d.kind().nameEn(), d.fileName(), d.size());
    }
  }

  /** My objection to a decree. */
  public record ObjectionRequest(String note) {}

  @GET
  @Path("cases")
  @Operation(
      summary = "My cases",
      description =
          "The neutrality cases about me, with the decree, the sanction and the last day to object"
              + " (canObject while the window is open and the case is decided or recorded).")
  public List<MyCase> myCases() {
    Catalogue catalogue = cases.catalogue();
    CaseDeadlines deadlines = cases.deadlines(caller.actor().agencyCode());
    LocalDate today = Times.today(clock);
    List<NeutralityCase> own = cases.ownCases(caller.actor());
    var docs = documents.listOwn(own.stream().map(NeutralityCase::id).toList());
    return own.stream()
        .map(c -> mine(c, catalogue, deadlines, today, docs.getOrDefault(c.id(), List.of())))
        .toList();
  }

  @POST
  @Path("cases/{id}/objection")
  @Operation(
      summary = "Object to the decree of my case",
      description =
          "A keberatan (or, against a dismissal, a banding) within the agency's working days from"
              + " receiving the decree; 400 OBJECTION_WINDOW_PASSED after it, 409 when the case"
              + " has no decree to object to.")
  public MyCase object(@PathParam("id") long id, ObjectionRequest body) {
    Inputs.requireBody(body);
    NeutralityCase c = cases.objectAsEmployee(caller.actor(), id, body.note(), null);
    return mine(
        c,
        cases.catalogue(),
        cases.deadlines(c.agency()),
        Times.today(clock),
        documents.listOwn(List.of(c.id())).getOrDefault(c.id(), List.of()));
  }

  @GET
  @Path("cases/{id}/documents/{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Download a document of my case",
      description = "My decree, its cancellation or my objection letter; 404 for anything else.")
  public Response myDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    return DocumentDownload.of(documents.openOwn(caller.actor(), id, documentId));
  }

  private static MyCase mine(
      NeutralityCase c,
      Catalogue catalogue,
      CaseDeadlines deadlines,
      LocalDate today,
      List<id.netra.domain.document.CaseDocument> docs) {
    var violation = catalogue.violation(c.violationCode());
    var sanction = catalogue.sanction(c.sanction());
    return new MyCase(
        c.id(),
        c.violationCode(),
        violation.map(v -> v.nameId()).orElse(null),
        violation.map(v -> v.nameEn()).orElse(null),
        c.stage().name(),
        c.state().name(),
        c.eventDate(),
        c.decree(),
        c.authority() == null ? null : c.authority().capacity().name(),
        c.sanction(),
        sanction.map(x -> x.name()).orElse(null),
        c.period() == null ? null : c.period().start(),
        c.period() == null ? null : c.period().end(),
        c.objectionDeadline(deadlines),
        c.objectionKind() == null ? null : c.objectionKind().name(),
        c.objectionFiledOn(),
        c.mayObject(today, deadlines),
        docs.stream().map(MyDocument::of).toList());
  }
}
