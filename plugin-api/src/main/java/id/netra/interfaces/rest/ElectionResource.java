package id.netra.interfaces.rest;

import id.netra.application.ComplianceService;
import id.netra.application.ElectionService;
import id.netra.application.PolicyDryRun;
import id.netra.domain.gate.GatePolicy;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Csv;
import id.netra.interfaces.rest.dto.ElectionDto;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.dto.PolicyDto;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Election periods and the agencies' gate policies for them. */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Elections and policies")
public class ElectionResource {

  @Inject ElectionService elections;
  @Inject ComplianceService compliance;
  @Inject PolicyDryRun policyDryRun;

  @POST
  @Path("{id}/policy/dry-run")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  @Operation(
      summary = "What a proposed gate policy would block today",
      description =
          "Asks, for every current employee of the agency, the proposed rules about election duty"
              + " on voting day (KPPS, or the first gated body), and counts the BLOCK and"
              + " ALLOW_WITH_WARNING answers by reason and by unit. Nothing is stored. The agency's"
              + " case options are not counted.")
  public PolicyDryRun.Result dryRunPolicy(
      @PathParam("id") long id, @QueryParam("agency") String agency, PolicyDto body) {
    Inputs.requireBody(body);
    return policyDryRun.run(caller.actor(), id, agency, body.toRules());
  }

  @Inject CurrentCaller caller;

  @GET
  @Path("{id}/compliance")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "The compliance dashboard of an agency for the election",
      description =
          "Per unit: active employees, how many signed the pact, passed the training (valid"
              + " today) and both, with percentages; the cumulative count per day; open cases by"
              + " violation type and state, overdue ones and those recommended for blocking. The"
              + " units table as CSV at compliance.csv.")
  public ComplianceService.Dashboard compliance(
      @PathParam("id") long id, @QueryParam("agency") String agency) {
    return compliance.dashboard(caller.actor(), id, agency);
  }

  @GET
  @Path("{id}/compliance.csv")
  @Produces("text/csv")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  public Response complianceCsv(@PathParam("id") long id, @QueryParam("agency") String agency) {
    ComplianceService.UnitTable d = compliance.unitTable(caller.actor(), id, agency);
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (ComplianceService.Unit u : d.units()) {
      rows.add(
          java.util.Arrays.asList(
              u.unitCode(),
              u.unitName(),
              u.employees(),
              u.signed(),
              u.trained(),
              u.compliant(),
              u.signedPercent(),
              u.trainedPercent(),
              u.compliantPercent()));
    }
    return Csv.attachment(
        "netra-compliance-" + d.agency() + "-" + d.electionId() + ".csv",
        List.of(
            "unitCode",
            "unitName",
            "employees",
            "signed",
            "trained",
            "compliant",
            "signedPercent",
            "trainedPercent",
            "compliantPercent"),
        rows);
  }

  @GET
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR, Role.HR_CLIENT})
  @Operation(summary = "Elections of an agency")
  public List<ElectionDto> list(@QueryParam("agency") String agency) {
    return elections.list(caller.actor(), agency).stream().map(ElectionDto::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Create an election period")
  public Response create(ElectionDto body) {
    Inputs.requireBody(body);
    ElectionDto created = ElectionDto.of(elections.create(caller.actor(), body.toSchedule()));
    return Response.created(URI.create("elections/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR, Role.HR_CLIENT})
  public ElectionDto find(@PathParam("id") long id) {
    return ElectionDto.of(elections.find(caller.actor(), id));
  }

  @PUT
  @Path("{id}")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Change an election period",
      description =
          "An election covering several agencies is shared: only a central administrator changes"
              + " it (403 CENTRAL_ONLY); an agency's part of it is its gate policy. The change is"
              + " audited for every agency covered before or after it.")
  public ElectionDto update(@PathParam("id") long id, ElectionDto body) {
    Inputs.requireBody(body);
    return ElectionDto.of(elections.update(caller.actor(), id, body.toSchedule()));
  }

  @GET
  @Path("{id}/policy")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR, Role.HR_CLIENT})
  @Operation(
      summary = "The agency's gate policy for the election",
      description = "The default (isDefault=true) until the agency writes its own.")
  public PolicyDto policy(@PathParam("id") long id, @QueryParam("agency") String agency) {
    String a = caller.actor().agencyFor(agency);
    return elections
        .policy(caller.actor(), id, a)
        .map(PolicyDto::of)
        .orElseGet(() -> PolicyDto.of(null, a, id, 0, GatePolicy.defaultRules(), true));
  }

  @PUT
  @Path("{id}/policy")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Write the agency's gate policy; each write is a new version")
  public PolicyDto putPolicy(
      @PathParam("id") long id, @QueryParam("agency") String agency, PolicyDto body) {
    Inputs.requireBody(body);
    return PolicyDto.of(elections.putPolicy(caller.actor(), id, agency, body.toRules()));
  }
}
