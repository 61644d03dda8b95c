package id.netra.interfaces.rest;

import id.netra.application.AuditService;
import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.ChainVerification;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail and its verification. */
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

  @Inject AuditService audit;
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
      summary = "Verify the hash chain",
      description = "Walks every entry; reports the first broken link, if any.")
  public ChainVerification verify() {
    return audit.verify();
  }
}
