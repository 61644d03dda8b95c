package id.netra.interfaces.rest;

import id.netra.application.TransferService;
import id.netra.domain.employee.Transfer;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Transfers (mutasi) of employees between agencies. */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Employees")
public class TransferResource {

  /** A transfer to ask for: the holding agency names {@code toAgency}; a receiving one need not. */
  public record NewTransfer(String nip, String toAgency, String note) {}

  /** A decision's note, optional. */
  public record Decision(String note) {}

  /** A transfer request as listed. */
  public record TransferDto(
      long id,
      String nip,
      String fromAgency,
      String toAgency,
      String origin,
      String state,
      String requestedByAgency,
      String requestedBy,
      Instant requestedAt,
      String note,
      String decidedBy,
      Instant decidedAt,
      String decisionNote,
      boolean decidableByMe) {}

  @Inject TransferService transfers;
  @Inject CurrentCaller caller;

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "Transfer requests that concern the caller's agency, as sender or receiver",
      description = "A central caller sees every agency's, or the one named; newest first.")
  public List<TransferDto> list(
      @QueryParam("agency") String agency,
      @QueryParam("state") String state,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Validations v = new Validations();
    Transfer.State s = v.enumValue(Transfer.State.class, state, "state", false);
    v.throwIfAny();
    return transfers.list(caller.actor(), agency, s, offset, limit).stream()
        .map(this::dto)
        .toList();
  }

  @POST
  @Operation(
      summary = "Ask for an employee's transfer",
      description =
          "The holding agency (or a central admin) moves its employee to toAgency; another agency"
              + " asks for the employee to come to it. The other side or a central admin decides"
              + " (one pending request per employee: 409 TRANSFER_PENDING). A NIP sent by an"
              + " agency while another holds it becomes such a request by itself (origin CLAIM);"
              + " a siasn-rest connector that reads the employee at another agency's instansi"
              + " records and approves the transfer at once (origin SIASN).")
  public Response request(NewTransfer body) {
    Inputs.requireBody(body);
    Transfer t = transfers.request(caller.actor(), body.nip(), body.toAgency(), body.note());
    return Response.status(Response.Status.CREATED).entity(dto(t)).build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  public TransferDto find(@PathParam("id") long id) {
    return dto(transfers.visible(caller.actor(), id));
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      summary = "Approve a transfer: the employee moves with their history",
      description =
          "By the side that did not ask, or a central admin (403 TRANSFER_NOT_YOURS). Refused"
              + " while the employee's data is blocked for a case the PPK has not followed up (409"
              + " TRANSFER_BLOCKED).")
  public TransferDto approve(@PathParam("id") long id, Decision body) {
    return dto(transfers.approve(caller.actor(), id, body == null ? null : body.note()));
  }

  @POST
  @Path("{id}/refuse")
  @Operation(summary = "Refuse a transfer (the side that did not ask, or a central admin)")
  public TransferDto refuse(@PathParam("id") long id, Decision body) {
    return dto(transfers.refuse(caller.actor(), id, body == null ? null : body.note()));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw a transfer request (the side that asked, or a central admin)")
  public TransferDto withdraw(@PathParam("id") long id) {
    return dto(transfers.withdraw(caller.actor(), id));
  }

  private TransferDto dto(Transfer t) {
    return new TransferDto(
        t.id(),
        t.nip(),
        t.fromAgency(),
        t.toAgency(),
        t.origin().name(),
        t.state().name(),
        t.requestedByAgency(),
        t.requestedBy(),
        t.requestedAt(),
        t.note(),
        t.decidedBy(),
        t.decidedAt(),
        t.decisionNote(),
        t.state() == Transfer.State.PENDING && t.decidableBy(caller.actor().agencyCode()));
  }
}
