package id.netra.application;

import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseSettings;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionRepository;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeRepository;
import id.netra.domain.gate.DecisionChange;
import id.netra.domain.gate.DisciplineFacts;
import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GateEvaluation;
import id.netra.domain.gate.GateEvaluator;
import id.netra.domain.gate.GateFacts;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.gate.GateRequest;
import id.netra.domain.gate.PolicyRules;
import id.netra.domain.gate.RequestKind;
import id.netra.domain.pact.PactRepository;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.training.TrainingRepository;
import id.netra.domain.training.TrainingStanding;
import id.netra.infrastructure.metrics.NetraMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers "may this be approved?" and keeps the answers current as employees act. */
@Stateless
public class GateService {

  /** A decision and whether it was replayed from an earlier identical request. */
  public record Answer(GateDecision decision, GateEvaluation evaluation, boolean replayed) {}

  @Inject Clock clock;
  @Inject EmployeeRepository employees;
  @Inject ElectionRepository elections;
  @Inject GateRepository gates;
  @Inject PactRepository pacts;
  @Inject TrainingRepository trainings;
  @Inject CaseRepository cases;
  @Inject AuditService audit;
  @Inject DeliveryService deliveries;
  @Inject NetraMetrics metrics;

  /**
   * Decides a request of an HR-system client. The same {@code requestRef} under the same facts
   * returns the stored decision; under changed facts (the employee signed, a policy changed) it is
   * decided again and the new decision supersedes the old.
   *
   * @param electionId the election to decide under, or null to resolve it from agency and dates
   * @param dryRun evaluate only: nothing is stored
   */
  public Answer decide(
      Actor client, String requestRef, GateRequest request, Long electionId, boolean dryRun) {
    long started = System.nanoTime();
    Answer answer = answer(client, requestRef, request, electionId, dryRun);
    metrics.decision(
        answer.evaluation().outcome().name(),
        answer.replayed(),
        dryRun,
        Duration.ofNanos(System.nanoTime() - started));
    return answer;
  }

  private Answer answer(
      Actor client, String requestRef, GateRequest request, Long electionId, boolean dryRun) {
    Employee employee = employeeOf(client, request.nip(), !dryRun);
    Optional<ElectionPeriod> election = electionFor(employee, request, electionId);
    GateEvaluation evaluation = evaluate(employee, election.orElse(null), request);
    if (dryRun) {
      return new Answer(null, evaluation, false);
    }
    Optional<GateDecision> current = gates.findCurrentDecision(client.clientId(), requestRef);
    if (current.isPresent()
        && current.get().fingerprint().equals(evaluation.fingerprint(request))) {
      return new Answer(current.get(), evaluation, true);
    }
    GateDecision decision =
        new GateDecision(
            client.clientId(),
            employee.agencyCode(),
            requestRef,
            request,
            evaluation,
            current.orElse(null),
            Times.now(clock));
    gates.addDecision(decision);
    audit.record(
        client,
        employee.agencyCode(),
        current.isPresent() ? "GATE_REDECIDED" : "GATE_DECIDED",
        "gate_decision",
        decision.id(),
        current.map(GateDecision::snapshot).orElse(null),
        decision.snapshot());
    deliveries.decisionMade(decision, current.orElse(null));
    return new Answer(decision, evaluation, false);
  }

  public GateDecision find(Actor actor, long id) {
    GateDecision d = gates.findDecision(id).orElseThrow(() -> new NotFound("decision", id));
    if (!actor.mayAct(d.agencyCode())
        || (actor.clientId() != null && !actor.clientId().equals(d.clientId()))) {
      throw new NotFound("decision", id);
    }
    return d;
  }

  public List<DecisionChange> changesSince(Actor client, Instant since, int limit) {
    return gates.findChanges(client.clientId(), since, Math.min(Math.max(limit, 1), 1000));
  }

  /**
   * Re-decides the employee's open (not ALLOW) decisions under today's facts, in the caller's
   * transaction, holding the employee's lock (a decision being made meanwhile is then seen). Each
   * whose outcome changes leaves a decision change for the HR system.
   */
  public void reevaluate(Actor actor, String nip, String cause) {
    Employee employee = employees.lockByNip(nip).orElse(null);
    if (employee == null) {
      return;
    }
    for (GateDecision previous : gates.findOpenDecisions(nip)) {
      ElectionPeriod election =
          previous.electionId() == null ? null : elections.find(previous.electionId()).orElse(null);
      GateRequest request = previous.request();
      GateEvaluation evaluation = evaluate(employee, election, request);
      if (evaluation.fingerprint(request).equals(previous.fingerprint())) {
        continue;
      }
      Instant now = Times.now(clock);
      GateDecision next =
          new GateDecision(
              previous.clientId(),
              previous.agencyCode(),
              previous.requestRef(),
              request,
              evaluation,
              previous,
              now);
      gates.addDecision(next);
      audit.record(
          actor,
          employee.agencyCode(),
          "GATE_REDECIDED",
          "gate_decision",
          next.id(),
          previous.snapshot(),
          next.snapshot());
      deliveries.decisionMade(next, previous);
      if (next.outcome() != previous.outcome()) {
        gates.addChange(new DecisionChange(previous, next, cause, now));
      }
    }
  }

  /** The facts and the evaluation for an employee's request under an election (or none). */
  public GateEvaluation evaluate(Employee employee, ElectionPeriod election, GateRequest request) {
    Optional<GatePolicy> policy =
        election == null
            ? Optional.empty()
            : gates.findPolicy(employee.agencyCode(), election.id());
    PolicyRules rules = policy.map(GatePolicy::rules).orElseGet(GatePolicy::defaultRules);
    boolean pactSigned =
        election != null && pacts.findValidSignature(employee.nip(), election.id()).isPresent();
    TrainingStanding training =
        TrainingStanding.of(
            trainings.findCompletions(employee.nip(), rules.trainingCode()),
            request.trainingCheckDay(Times.today(clock)));
    GateFacts facts =
        new GateFacts(
            employee.type(),
            employee.status(),
            election == null ? null : election.id(),
            policy.map(GatePolicy::id).orElse(null),
            policy.map(GatePolicy::policyVersion).orElse(0),
            rules,
            pactSigned,
            training,
            disciplineOf(employee, request));
    return GateEvaluator.evaluate(request, facts);
  }

  /** The employee's cases under the agency's options; read only when an option can apply. */
  private DisciplineFacts disciplineOf(Employee employee, GateRequest request) {
    if (request.kind() != RequestKind.ELECTION_DUTY) {
      return DisciplineFacts.NONE;
    }
    CaseSettings settings = cases.findSettings(employee.agencyCode()).orElse(null);
    if (settings == null || !settings.bearsOnGate()) {
      return DisciplineFacts.NONE;
    }
    List<NeutralityCase> own = cases.findByNip(employee.nip());
    return settings.gateFacts(own, request.startDate(), own.isEmpty() ? null : cases.catalogue());
  }

  /** The client's employee; locked when a decision is to be stored (see {@code lockByNip}). */
  private Employee employeeOf(Actor actor, String nip, boolean lock) {
    return (lock ? employees.lockByNip(nip) : employees.findByNip(nip))
        .filter(e -> actor.mayAct(e.agencyCode()))
        .orElseThrow(
            () ->
                DomainValidationException.of(
                    "nip",
                    "EMPLOYEE_UNKNOWN",
                    "Pegawai dengan NIP ini tidak dikenal di instansi Anda; kirim data kepegawaiannya"
                        + " lebih dulu.",
                    "No employee with this NIP is known in your agency; send their personnel record"
                        + " first."));
  }

  private Optional<ElectionPeriod> electionFor(
      Employee employee, GateRequest request, Long electionId) {
    if (electionId == null) {
      return elections
          .findInScope(employee.agencyCode(), request.startDate(), request.endDate())
          .stream()
          .findFirst();
    }
    ElectionPeriod e =
        elections
            .find(electionId)
            .filter(x -> x.covers(employee.agencyCode()))
            .orElseThrow(
                () ->
                    DomainValidationException.of(
                        "electionId",
                        "ELECTION_UNKNOWN",
                        "Periode pemilihan ini tidak dikenal untuk instansi pegawai.",
                        "This election period is not known for the employee's agency."));
    return Optional.of(e);
  }
}
