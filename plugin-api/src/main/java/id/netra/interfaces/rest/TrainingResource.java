package id.netra.interfaces.rest;

import id.netra.application.ImportReport;
import id.netra.application.TrainingService;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.dto.LmsCompletionRow;
import id.netra.interfaces.rest.dto.TrainingModuleDto;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training modules and completions. */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {

  @Inject TrainingService trainings;
  @Inject CurrentCaller caller;

  @GET
  @Path("modules")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  public List<TrainingModuleDto> modules(@QueryParam("agency") String agency) {
    return trainings.modules(caller.actor(), agency).stream().map(TrainingModuleDto::of).toList();
  }

  @POST
  @Path("modules")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Create a draft module version")
  public Response create(TrainingModuleDto body) {
    Inputs.requireBody(body);
    TrainingModuleDto m =
        TrainingModuleDto.of(
            trainings.createDraft(
                caller.actor(),
                body.agency(),
                body.code(),
                body.title(),
                body.toSections(),
                body.toQuestions(),
                body.passMark() == null ? 0 : body.passMark(),
                body.validityDays() == null ? 0 : body.validityDays()));
    return Response.created(URI.create("training/modules/" + m.id())).entity(m).build();
  }

  @GET
  @Path("modules/{id}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  public TrainingModuleDto module(@PathParam("id") long id) {
    return TrainingModuleDto.of(trainings.module(caller.actor(), id));
  }

  @PUT
  @Path("modules/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Edit a draft module; a published version answers 409")
  public TrainingModuleDto edit(@PathParam("id") long id, TrainingModuleDto body) {
    Inputs.requireBody(body);
    return TrainingModuleDto.of(
        trainings.editDraft(
            caller.actor(),
            id,
            body.title(),
            body.toSections(),
            body.toQuestions(),
            body.passMark() == null ? 0 : body.passMark(),
            body.validityDays() == null ? 0 : body.validityDays()));
  }

  @POST
  @Path("modules/{id}/publish")
  @Allowed(Role.ADMIN)
  public TrainingModuleDto publish(@PathParam("id") long id) {
    return TrainingModuleDto.of(trainings.publish(caller.actor(), id));
  }

  @POST
  @Path("completions/lms-import")
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER})
  @Operation(
      summary = "Import completions from an external LMS",
      description =
          "Per-row report; the same provider and externalId twice is unchanged. A score below the"
              + " module's pass mark is refused. Open decisions of each employee are decided"
              + " again.")
  public ImportReport importLms(List<LmsCompletionRow> rows) {
    Inputs.requireBody(rows);
    List<TrainingService.LmsCompletion> parsed = new ArrayList<>();
    Validations v = new Validations();
    for (int i = 0; i < rows.size(); i++) {
      LmsCompletionRow r = rows.get(i);
      if (r == null) {
        continue;
      }
      LocalDate on = Inputs.date(r.completedOn(), "[" + i + "].completedOn", v, true);
      parsed.add(
          new TrainingService.LmsCompletion(
              r.nip(),
              r.moduleCode(),
              r.provider(),
              r.externalId(),
              on,
              r.score(),
              r.certificateNumber()));
    }
    v.throwIfAny();
    return trainings.importCompletions(caller.actor(), parsed);
  }
}
