package id.netra.interfaces.rest;

import id.netra.application.ReconciliationService;
import id.netra.domain.discipline.ReconciliationItem;
import id.netra.domain.discipline.SanctionReconciliation;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reconciliation of decided sanctions with the personnel records (SIMPEG, SIASN). */
@Path("cases/reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases and sanctions")
public class ReconciliationResource {

  @Inject ReconciliationService reconciliations;
  @Inject CurrentCaller caller;

  /** One difference between Netra and a record. */
  public record ItemDto(
      long id,
      String connector,
      Long caseId,
      String nip,
      String decreeNumber,
      String difference,
      boolean resendable,
      String expected,
      String found,
      String targetId,
      String resolution,
      String resolvedBy,
      Instant resolvedAt,
      String note) {
    static ItemDto of(ReconciliationItem i) {
      return new ItemDto(
          i.id(),
          i.connector(),
          i.caseId(),
          i.nip(),
          i.decreeNumber(),
          i.difference().name(),
          i.difference().resendable(),
          i.expected(),
          i.found(),
          i.targetId(),
          i.resolution() == null ? null : i.resolution().name(),
          i.resolvedBy(),
          i.resolvedAt(),
          i.note());
    }
  }

  /** A reconciliation run and what it found. */
  public record ReconciliationDto(
      long id,
      String agency,
      Instant ranAt,
      String ranBy,
      int sanctionsCompared,
      long open,
      String summary,
      List<ItemDto> items) {
    static ReconciliationDto of(SanctionReconciliation r) {
      return new ReconciliationDto(
          r.id(),
          r.agency(),
          r.ranAt(),
          r.ranBy(),
          r.sanctionsCompared(),
          r.open(),
          r.summary(),
          r.items().stream().map(ItemDto::of).toList());
    }
  }

  /** How a difference is resolved. */
  public record ResolveDto(String resolution, String note) {}

  @POST
  @Allowed({Role.ADMIN, Role.OFFICER})
  @Operation(
      summary = "Compare the agency's sanctions with every personnel record now",
      description =
          "Reads back each record that can be read (SIASN pns/rw-hukdis; a simpeg-jdbc instance"
              + " with sanctions.query) for the employees with a decree, and lists what differs:"
              + " MISSING, CANCELLATION_MISSING (resendable), TYPE_DIFFERS, START_DIFFERS,"
              + " CANCELLED_ONLY_THERE, TARGET_UNREADABLE.")
  public Response run(@QueryParam("agency") String agency) {
    SanctionReconciliation r =
        reconciliations.run(caller.actor(), caller.actor().agencyFor(agency));
    return Response.created(URI.create("cases/reconciliations/" + r.id()))
        .entity(ReconciliationDto.of(r))
        .build();
  }

  @GET
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public List<ReconciliationDto> list(
      @QueryParam("agency") String agency, @QueryParam("limit") @DefaultValue("20") int limit) {
    return reconciliations.list(caller.actor(), agency, limit).stream()
        .map(ReconciliationDto::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public ReconciliationDto find(@PathParam("id") long id) {
    return ReconciliationDto.of(reconciliations.find(caller.actor(), id));
  }

  @POST
  @Path("{id}/items/{item}/resolve")
  @Allowed({Role.ADMIN, Role.OFFICER})
  @Operation(
      summary = "Resolve a difference",
      description =
          "RESENT queues the sanction (or its cancellation) again for that record, through the"
              + " outbox; ACCEPTED (note required) records that it was corrected by hand or is"
              + " right as it is. Each difference is resolved once.")
  public ItemDto resolve(@PathParam("id") long id, @PathParam("item") long item, ResolveDto body) {
    Inputs.requireBody(body);
    return ItemDto.of(
        reconciliations.resolve(caller.actor(), id, item, body.resolution(), body.note()));
  }
}
