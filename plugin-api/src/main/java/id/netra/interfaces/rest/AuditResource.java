package id.netra.interfaces.rest;

import id.netra.application.AuditService;
import id.netra.application.AuditVerifier;
import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.AuditVerification;
import id.netra.domain.audit.AuditVerification.Scope;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, and the walks that verify its hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

  /** One audit entry as the API shows it. */
  public record EntryDto(
      long seq,
      Instant occurredAt,
      String actor,
      String agency,
      String action,
      String entityType,
      String entityId,
      String before,
      String after,
      String prevHash,
      String hash) {

    static EntryDto of(AuditEntry e) {
      return new EntryDto(
          e.seq(),
          e.occurredAt(),
          e.actor(),
          e.agencyCode(),
          e.action(),
          e.entityType(),
          e.entityId(),
          e.before(),
          e.after(),
          e.prevHash(),
          e.hash());
    }
  }

  @Inject Clock clock;
  @Inject AuditService audit;
  @Inject AuditVerifier verifier;
  @Inject CurrentCaller caller;

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Search the audit trail",
      description =
          "Entries oldest first, matching every criterion given: the entity (type and id), part of"
              + " the actor's name, the action, and days from/to (yyyy-mm-dd, inclusive, western"
              + " Indonesian time); page with afterSeq (the last seq seen) and limit (at most 500)."
              + " An agency's account sees its agency's entries only; a central account sees all,"
              + " or one agency's with agency.")
  public List<EntryDto> entries(
      @QueryParam("agency") String agency,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Validations v = new Validations();
    LocalDate fromDay = Inputs.date(from, "from", v, false);
    LocalDate toDay = Inputs.date(to, "to", v, false);
    v.require(
        fromDay == null || toDay == null || !toDay.isBefore(fromDay),
        "to",
        "DATE_ORDER",
        "Tanggal akhir tidak boleh sebelum tanggal awal.",
        "The last day cannot come before the first.");
    v.throwIfAny();
    AuditQuery query =
        new AuditQuery(
            Inputs.optional(agency),
            Inputs.optional(entityType),
            Inputs.optional(entityId),
            Inputs.optional(actor),
            Inputs.optional(action),
            fromDay == null ? null : Times.startOf(fromDay),
            toDay == null ? null : Times.startOf(toDay.plusDays(1)),
            afterSeq,
            limit);
    return audit.search(caller.actor(), query).stream().map(EntryDto::of).toList();
  }

  @GET
  @Path("verify")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Verify the hash chain, waiting for the verdict",
      description =
          "Walks the chain up to its head as it is now, in constant memory: from the first entry"
              + " (from=GENESIS, the default) or from the latest checkpoint (from=CHECKPOINT: what"
              + " was appended since, in seconds even for a national chain). Checks every link,"
              + " that the last entry is the head, and that the chain still holds the latest"
              + " checkpoint; reports the first broken link. A VALID walk becomes the next"
              + " checkpoint. One walk runs at a time (409 VERIFICATION_RUNNING otherwise); for a"
              + " long walk with visible progress use POST /audit/verifications.")
  public VerificationDto verify(@QueryParam("from") @DefaultValue("GENESIS") String from) {
    return VerificationDto.of(verifier.verifyNow(caller.actor(), scopeOf(from)), Times.now(clock));
  }

  @POST
  @Path("verifications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Start a verification of the hash chain in the background",
      description =
          "Answers 202 at once with the walk (RUNNING) and its address; GET it to follow its"
              + " progress (checked of total) and read its verdict. Body {\"from\":\"GENESIS\"}"
              + " or {\"from\":\"CHECKPOINT\"}; an empty body walks from the first entry.")
  public Response startVerification(VerificationRequest body) {
    String from = body == null ? null : body.from();
    VerificationDto v =
        VerificationDto.of(
            verifier.start(caller.actor(), scopeOf(from == null ? "GENESIS" : from)),
            Times.now(clock));
    return Response.accepted(v).location(URI.create("audit/verifications/" + v.id())).build();
  }

  @GET
  @Path("verifications")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Walks of the chain, newest first",
      description = "Each with its progress or verdict; a VALID one is a checkpoint.")
  public List<VerificationDto> verifications(@QueryParam("limit") @DefaultValue("20") int limit) {
    Instant now = Times.now(clock);
    return verifier.list(Math.min(Math.max(limit, 1), 100)).stream()
        .map(v -> VerificationDto.of(v, now))
        .toList();
  }

  @GET
  @Path("verifications/{id}")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(summary = "One walk of the chain: its progress, or its verdict")
  public VerificationDto verification(@PathParam("id") long id) {
    return VerificationDto.of(verifier.get(id), Times.now(clock));
  }

  private static Scope scopeOf(String from) {
    Validations v = new Validations();
    String f = from == null ? null : from.strip().toUpperCase(java.util.Locale.ROOT);
    v.require(
        "GENESIS".equals(f) || "CHECKPOINT".equals(f),
        "from",
        "VALUE_UNKNOWN",
        "Pilih GENESIS (dari entri pertama) atau CHECKPOINT (sejak titik periksa terakhir).",
        "Choose GENESIS (from the first entry) or CHECKPOINT (since the latest checkpoint).");
    v.throwIfAny();
    return "CHECKPOINT".equals(f) ? Scope.SINCE_CHECKPOINT : Scope.FULL;
  }

  /** What to verify from. */
  public record VerificationRequest(String from) {}

  /**
   * One walk of the chain as the API shows it: {@code valid}, {@code entriesChecked}, {@code
   * firstBrokenSeq} and {@code problem} as the verdict; {@code total} and {@code checked} as the
   * progress.
   */
  public record VerificationDto(
      long id,
      String status,
      String scope,
      boolean valid,
      long entriesChecked,
      long total,
      Long firstBrokenSeq,
      String problem,
      long afterSeq,
      long toSeq,
      String headHash,
      Long checkpointId,
      String requestedBy,
      String instance,
      Instant startedAt,
      Instant finishedAt) {

    static VerificationDto of(AuditVerification v, Instant now) {
      return new VerificationDto(
          v.id(),
          v.statusAt(now).name(),
          v.scope().name(),
          v.statusAt(now) == AuditVerification.Status.VALID,
          v.checked(),
          v.total(),
          v.firstBrokenSeq(),
          v.problem(),
          v.afterSeq(),
          v.toSeq(),
          v.toHash(),
          v.checkpointId(),
          v.requestedBy(),
          v.instance(),
          v.startedAt(),
          v.finishedAt());
    }
  }
}
