package id.netra.application;

import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.domain.training.QuizQuestion;
import id.netra.domain.training.TrainingCompletion;
import id.netra.domain.training.TrainingModule;
import id.netra.domain.training.TrainingRepository;
import id.netra.domain.training.TrainingSection;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Training modules and completions, from the portal's quiz or an external LMS. */
@Stateless
public class TrainingService {

  /** One row of an LMS completion import. */
  public record LmsCompletion(
      String nip,
      String moduleCode,
      String provider,
      String externalId,
      LocalDate completedOn,
      Integer score,
      String certificateNumber) {}

  @Inject Clock clock;
  @Inject TrainingRepository trainings;
  @Inject EmployeeService employees;
  @Inject AuditService audit;
  @Inject GateService gate;
  @Inject RowImporter importer;

  public TrainingModule createDraft(
      Actor actor,
      String agency,
      String code,
      String title,
      List<TrainingSection> sections,
      List<QuizQuestion> questions,
      int passMark,
      int validityDays) {
    String a = actor.agencyFor(agency);
    new Validations().requireText(code, "code", 64).throwIfAny();
    TrainingModule m =
        new TrainingModule(
            a,
            code.trim(),
            trainings.nextModuleVersion(a, code.trim()),
            title,
            sections,
            questions,
            passMark,
            validityDays);
    trainings.addModule(m);
    audit.record(
        actor, a, "TRAINING_MODULE_CREATED", "training_module", m.id(), null, m.snapshot());
    return m;
  }

  public TrainingModule editDraft(
      Actor actor,
      long id,
      String title,
      List<TrainingSection> sections,
      List<QuizQuestion> questions,
      int passMark,
      int validityDays) {
    TrainingModule m = module(actor, id);
    Map<String, Object> before = m.snapshot();
    m.edit(title, sections, questions, passMark, validityDays);
    audit.record(
        actor,
        m.agencyCode(),
        "TRAINING_MODULE_EDITED",
        "training_module",
        id,
        before,
        m.snapshot());
    return m;
  }

  public TrainingModule publish(Actor actor, long id) {
    TrainingModule m = module(actor, id);
    Map<String, Object> before = m.snapshot();
    m.publish();
    audit.record(
        actor,
        m.agencyCode(),
        "TRAINING_MODULE_PUBLISHED",
        "training_module",
        id,
        before,
        m.snapshot());
    return m;
  }

  public TrainingModule module(Actor actor, long id) {
    return trainings
        .findModule(id)
        .filter(m -> actor.mayAct(m.agencyCode()))
        .orElseThrow(() -> new NotFound("trainingModule", id));
  }

  public List<TrainingModule> modules(Actor actor, String agency) {
    return trainings.findModules(actor.agencyFor(agency));
  }

  /**
   * Imports LMS completions row by row; one already imported (same provider and id) is unchanged.
   */
  public ImportReport importCompletions(Actor actor, List<LmsCompletion> rows) {
    return importer.importRows(
        rows, r -> EmployeeNumber.canonical(r.nip()), r -> importOne(actor, r));
  }

  public RowOutcome importOne(Actor actor, LmsCompletion row) {
    Employee employee = employees.find(actor, row.nip());
    Validations v = new Validations();
    v.requireText(row.moduleCode(), "moduleCode", 64);
    v.requireText(row.provider(), "provider", 100);
    v.requireText(row.externalId(), "externalId", 200);
    v.require(row.score() != null, "score", "REQUIRED", "Wajib diisi.", "Required.");
    v.throwIfAny();
    if (trainings.findImported(row.provider().trim(), row.externalId().trim()).isPresent()) {
      return RowOutcome.UNCHANGED;
    }
    TrainingModule module =
        trainings
            .findCurrentPublished(employee.agencyCode(), row.moduleCode().trim())
            .orElseThrow(() -> new NotFound("trainingModule", row.moduleCode()));
    TrainingCompletion c =
        TrainingCompletion.importedFromLms(
            employee.nip(),
            employee.agencyCode(),
            module,
            row.provider(),
            row.externalId(),
            row.completedOn(),
            row.score(),
            row.certificateNumber(),
            Times.today(clock),
            Times.now(clock));
    trainings.addCompletion(c);
    audit.record(
        actor,
        employee.agencyCode(),
        "TRAINING_COMPLETION_IMPORTED",
        "training_completion",
        c.id(),
        null,
        c.snapshot());
    gate.reevaluate(actor, employee.nip(), "TRAINING_PASSED");
    return RowOutcome.CREATED;
  }
}
