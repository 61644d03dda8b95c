package id.netra.interfaces.rest;

import id.netra.application.AuditService;
import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.ChainVerification;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.security.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
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

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Entries for one thing, or a page of the whole chain after a sequence number")
  public List<EntryDto> entries(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    List<AuditEntry> found =
        entityType != null && entityId != null
            ? audit.forEntity(entityType, entityId)
            : audit.page(afterSeq, limit);
    return found.stream().map(EntryDto::of).toList();
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
