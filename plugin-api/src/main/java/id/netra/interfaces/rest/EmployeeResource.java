package id.netra.interfaces.rest;

import id.netra.application.EmployeeService;
import id.netra.application.EmployeeUpsert;
import id.netra.application.ImportReport;
import id.netra.application.StatusService;
import id.netra.domain.employee.EmployeeRepository;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Csv;
import id.netra.interfaces.rest.dto.EmployeeDto;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.dto.NeutralityStatusDto;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The employee mirror: bulk upsert from the HR system, and each employee's neutrality status. */
@Path("employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeResource {

  @Inject EmployeeService employees;
  @Inject EmployeeRepository repository;
  @Inject StatusService status;
  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.HR_CLIENT, Role.ADMIN})
  @Operation(
      summary = "Upsert personnel records (JSON)",
      description =
          "Each row in its own transaction; the report says per row created, updated, unchanged"
              + " or failed with the reasons.")
  public ImportReport upsert(List<EmployeeUpsert> rows) {
    Inputs.requireBody(rows);
    return employees.upsertAll(caller.actor(), rows);
  }

  @POST
  @Consumes({"text/csv", "application/csv"})
  @Allowed({Role.HR_CLIENT, Role.ADMIN})
  @Operation(
      summary = "Upsert personnel records (CSV)",
      description =
          "Header row with: nip, type, name, agency (admins only), unitCode, unitName,"
              + " superiorNip, golongan, positionType, status. Comma or semicolon separated.")
  public ImportReport upsertCsv(String csv) {
    List<EmployeeUpsert> rows = Csv.read(csv).stream().map(EmployeeResource::row).toList();
    return employees.upsertAll(caller.actor(), rows);
  }

  @GET
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  @Operation(summary = "Employees of the caller's agency, by NIP")
  public List<EmployeeDto> list(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return repository
        .findByAgency(
            caller.actor().agencyFor(agency),
            Math.max(offset, 0),
            Math.min(Math.max(limit, 1), 500))
        .stream()
        .map(EmployeeDto::of)
        .toList();
  }

  @GET
  @Path("{nip}")
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  @Operation(summary = "One employee")
  public EmployeeDto find(@PathParam("nip") String nip) {
    return EmployeeDto.of(employees.find(caller.actor(), nip));
  }

  @GET
  @Path("{nip}/neutrality")
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  @Operation(
      summary = "Neutrality status",
      description = "Pact and training standing for every current or coming election.")
  public NeutralityStatusDto neutrality(@PathParam("nip") String nip) {
    return NeutralityStatusDto.of(status.status(caller.actor(), nip));
  }

  private static EmployeeUpsert row(Map<String, String> r) {
    return new EmployeeUpsert(
        r.get("nip"),
        r.get("type"),
        r.get("name"),
        r.get("agency"),
        r.get("unitcode"),
        r.get("unitname"),
        r.get("superiornip"),
        r.get("golongan"),
        r.get("positiontype"),
        r.get("status"),
        r.get("siasnid"));
  }
}
