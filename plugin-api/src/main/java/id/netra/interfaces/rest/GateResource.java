package id.netra.interfaces.rest;

import id.netra.application.GateRequests;
import id.netra.application.GateService;
import id.netra.domain.gate.GateRequest;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.DecisionAssembler;
import id.netra.interfaces.rest.dto.DecisionChangeDto;
import id.netra.interfaces.rest.dto.DecisionDto;
import id.netra.interfaces.rest.dto.DecisionRequest;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gate: "may this be approved?" */
@Path("gate/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gate", description = "Decisions for election duty and election-related leave")
public class GateResource {

  @Inject GateService gate;
  @Inject CurrentCaller caller;
  @Inject DecisionAssembler assembler;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.HR_CLIENT)
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Decide a request",
      description =
          "ALLOW, ALLOW_WITH_WARNING or BLOCK with reasons. The same requestRef under the same"
              + " facts returns the stored decision (200, replayed=true); a new decision answers"
              + " 201.")
  public Response decide(DecisionRequest body) {
    Inputs.requireBody(body);
    GateRequest request = parse(body);
    boolean dryRun = Boolean.TRUE.equals(body.dryRun());
    GateService.Answer answer =
        gate.decide(caller.actor(), body.requestRef().trim(), request, body.electionId(), dryRun);
    if (dryRun) {
      return Response.ok(assembler.dryRun(body.requestRef().trim(), request, answer.evaluation()))
          .build();
    }
    DecisionDto dto = assembler.toDto(answer.decision(), answer.replayed());
    return answer.replayed()
        ? Response.ok(dto).build()
        : Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(dto.id())).build())
            .entity(dto)
            .build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  @Operation(summary = "A decision by id")
  public DecisionDto find(@PathParam("id") long id) {
    return assembler.toDto(gate.find(caller.actor(), id), false);
  }

  @GET
  @Allowed(Role.HR_CLIENT)
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Decision changes since a time",
      description =
          "Requests of this client whose decision changed after it was answered (for example"
              + " BLOCK became ALLOW when the employee signed and passed), oldest first.")
  public List<DecisionChangeDto> changes(
      @QueryParam("changedSince") String changedSince,
      @QueryParam("limit") @DefaultValue("200") int limit) {
    Validations v = new Validations();
    Instant since = Inputs.instant(changedSince, "changedSince", v, true);
    v.throwIfAny();
    return gate.changesSince(caller.actor(), since, limit).stream().map(assembler::toDto).toList();
  }

  static GateRequest parse(DecisionRequest body) {
    Validations v = new Validations();
    v.requireText(body.requestRef(), "requestRef", 100);
    LocalDate start = Inputs.date(body.startDate(), "startDate", v, true);
    LocalDate end = Inputs.date(body.endDate(), "endDate", v, true);
    return GateRequests.parse(
        body.kind(), body.leaveType(), body.dutyBody(), body.nip(), start, end, v);
  }
}
