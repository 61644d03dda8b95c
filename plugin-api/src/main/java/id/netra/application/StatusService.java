package id.netra.application;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionRepository;
import id.netra.domain.employee.Employee;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.gate.PolicyRules;
import id.netra.domain.gate.ReasonCode;
import id.netra.domain.pact.PactRepository;
import id.netra.domain.pact.PactSignature;
import id.netra.domain.shared.Times;
import id.netra.domain.training.TrainingRepository;
import id.netra.domain.training.TrainingStanding;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where an employee stands for every current or coming election of their agency. */
@Stateless
public class StatusService {

  /** The employee's standing for one election. */
  public record ElectionStanding(
      ElectionPeriod election,
      PolicyRules rules,
      Optional<PactSignature> signature,
      TrainingStanding training) {

    /** What the employee still has to do for this election, as the gate would name it. */
    public List<ReasonCode> missing() {
      return rules.unmet(signature.isPresent(), training);
    }
  }

  /** An employee and their standings. */
  public record NeutralityStatus(Employee employee, List<ElectionStanding> elections) {}

  @Inject Clock clock;
  @Inject EmployeeService employees;
  @Inject ElectionRepository elections;
  @Inject GateRepository gates;
  @Inject PactRepository pacts;
  @Inject TrainingRepository trainings;

  public NeutralityStatus status(Actor actor, String nip) {
    Employee e = employees.find(actor, nip);
    LocalDate today = Times.today(clock);
    List<ElectionStanding> standings =
        elections.findInScope(e.agencyCode(), today, LocalDate.of(9999, 12, 31)).stream()
            .map(
                election -> {
                  PolicyRules rules =
                      gates
                          .findPolicy(e.agencyCode(), election.id())
                          .map(GatePolicy::rules)
                          .orElseGet(GatePolicy::defaultRules);
                  return new ElectionStanding(
                      election,
                      rules,
                      pacts.findValidSignature(e.nip(), election.id()),
                      TrainingStanding.of(
                          trainings.findCompletions(e.nip(), rules.trainingCode()), today));
                })
            .toList();
    return new NeutralityStatus(e, standings);
  }
}
