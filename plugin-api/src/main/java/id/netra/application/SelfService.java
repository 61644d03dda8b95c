package id.netra.application;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.employee.Employee;
import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.pact.PactRepository;
import id.netra.domain.pact.PactSignature;
import id.netra.domain.pact.PactTemplate;
import id.netra.domain.pact.ReceiptSigner;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.domain.training.TrainingAttempt;
import id.netra.domain.training.TrainingCompletion;
import id.netra.domain.training.TrainingModule;
import id.netra.domain.training.TrainingRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What an employee does for themselves in the widget inside their HR portal: see what is pending,
 * sign the pact, take the training. The actor's NIP (from the portal's token) is the only employee
 * these use cases touch.
 */
@Stateless
public class SelfService {

  /** The outcome of a quiz attempt; the completion is present when it passed. */
  public record AttemptResult(
      TrainingAttempt attempt,
      TrainingModule module,
      int attemptsLeftToday,
      Optional<TrainingCompletion> completion) {}

  @Inject Clock clock;
  @Inject EmployeeService employees;
  @Inject StatusService status;
  @Inject ElectionService elections;
  @Inject PactRepository pacts;
  @Inject TrainingRepository trainings;
  @Inject GateRepository gates;
  @Inject GateService gate;
  @Inject AuditService audit;
  @Inject ReceiptSigner receipts;

  public Employee me(Actor actor) {
    return employees.find(actor, actor.nip());
  }

  public StatusService.NeutralityStatus status(Actor actor) {
    return status.status(actor, actor.nip());
  }

  /** The requests of mine that wait for something. */
  public List<GateDecision> pending(Actor actor) {
    return gates.findOpenDecisions(me(actor).nip());
  }

  /** The pact I would sign for the election: my agency's current published version. */
  public PactTemplate pactToSign(Actor actor, long electionId) {
    Employee e = me(actor);
    elections.covering(e.agencyCode(), electionId);
    return pacts
        .findCurrentPublished(e.agencyCode())
        .orElseThrow(() -> new NotFound("pactTemplate", e.agencyCode()));
  }

  /**
   * Signs the pact: the template must be the one shown (same id and content hash), every clause
   * consented to, and the typed name my own.
   */
  public PactSignature signPact(
      Actor actor,
      long electionId,
      long templateId,
      String contentHash,
      String typedName,
      List<Boolean> consents) {
    Employee e = me(actor);
    ElectionPeriod election = elections.covering(e.agencyCode(), electionId);
    PactTemplate template =
        pacts
            .findTemplate(templateId)
            .filter(t -> t.agencyCode().equals(e.agencyCode()))
            .orElseThrow(() -> new NotFound("pactTemplate", templateId));
    Validations v = new Validations();
    v.require(
        template.contentHash().equals(contentHash),
        "contentHash",
        "TEXT_CHANGED",
        "Teks pakta yang Anda baca bukan versi ini; muat ulang dan baca kembali.",
        "The pact text you read is not this version; reload and read it again.");
    v.require(
        consents != null
            && consents.size() == template.clauses().size()
            && consents.stream().allMatch(Boolean.TRUE::equals),
        "consents",
        "CONSENT_REQUIRED",
        "Setujui setiap butir pakta.",
        "Consent to every clause of the pact.");
    v.throwIfAny();
    if (pacts.findValidSignature(e.nip(), election.id()).isPresent()) {
      throw new DomainStateException(
          "ALREADY_SIGNED",
          "Anda sudah menandatangani pakta untuk pemilihan ini.",
          "You have already signed the pact for this election.");
    }
    PactSignature s =
        PactSignature.portal(
            e.nip(),
            e.agencyCode(),
            election.id(),
            template,
            typedName,
            e.name(),
            Times.now(clock));
    pacts.addSignature(s);
    s.issueReceipt(receipts);
    audit.record(
        actor, e.agencyCode(), "PACT_SIGNED_PORTAL", "pact_signature", s.id(), null, s.snapshot());
    gate.reevaluate(actor, e.nip(), "PACT_SIGNED");
    return s;
  }

  /** The module my agency's policy requires, as the quiz shows it, and the tries left today. */
  public TrainingModule trainingModule(Actor actor, String code) {
    Employee e = me(actor);
    return trainings
        .findCurrentPublished(e.agencyCode(), code)
        .orElseThrow(() -> new NotFound("trainingModule", code));
  }

  public int attemptsLeftToday(Actor actor, TrainingModule module) {
    return TrainingAttempt.triesLeft(
        trainings.countAttempts(me(actor).nip(), module.id(), Times.today(clock)));
  }

  /** Grades a try; a pass records a completion with a certificate number. */
  public AttemptResult attempt(Actor actor, long moduleId, List<Integer> answers) {
    Employee e = me(actor);
    TrainingModule module =
        trainings
            .findModule(moduleId)
            .filter(m -> m.agencyCode().equals(e.agencyCode()))
            .orElseThrow(() -> new NotFound("trainingModule", moduleId));
    if (answers == null) {
      throw DomainValidationException.of("answers", "REQUIRED", "Wajib diisi.", "Required.");
    }
    LocalDate today = Times.today(clock);
    Instant now = Times.now(clock);
    int earlier = trainings.countAttempts(e.nip(), module.id(), today);
    TrainingAttempt attempt = TrainingAttempt.grade(e.nip(), module, answers, earlier, today, now);
    trainings.addAttempt(attempt);
    audit.record(
        actor,
        e.agencyCode(),
        "TRAINING_ATTEMPTED",
        "training_attempt",
        attempt.id(),
        null,
        attempt.snapshot());
    Optional<TrainingCompletion> completion = Optional.empty();
    if (attempt.passed()) {
      String certificate =
          "NETRA/"
              + e.agencyCode()
              + "/"
              + module.code()
              + "/"
              + today.format(DateTimeFormatter.BASIC_ISO_DATE)
              + "/"
              + attempt.id();
      TrainingCompletion c =
          TrainingCompletion.passedInPortal(
              e.nip(), e.agencyCode(), module, attempt.score(), certificate, today, now);
      trainings.addCompletion(c);
      audit.record(
          actor,
          e.agencyCode(),
          "TRAINING_PASSED_PORTAL",
          "training_completion",
          c.id(),
          null,
          c.snapshot());
      gate.reevaluate(actor, e.nip(), "TRAINING_PASSED");
      completion = Optional.of(c);
    }
    return new AttemptResult(attempt, module, TrainingAttempt.triesLeft(earlier + 1), completion);
  }
}
