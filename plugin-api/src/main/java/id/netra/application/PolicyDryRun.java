package id.netra.application;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeRepository;
import id.netra.domain.employee.EmployeeStatus;
import id.netra.domain.gate.DutyBody;
import id.netra.domain.gate.GateEvaluation;
import id.netra.domain.gate.GateEvaluator;
import id.netra.domain.gate.GateFacts;
import id.netra.domain.gate.GateReason;
import id.netra.domain.gate.GateRequest;
import id.netra.domain.gate.Outcome;
import id.netra.domain.gate.PolicyRules;
import id.netra.domain.gate.RequestKind;
import id.netra.domain.gate.Severity;
import id.netra.domain.shared.Times;
import id.netra.domain.training.TrainingStanding;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a gate policy would do today, before an administrator writes it: every current employee of
 * the agency is asked, with the proposed rules, for election duty on voting day (the first body the
 * policy gates), and the answers are counted by reason and by unit. Nothing is stored.
 */
@Stateless
public class PolicyDryRun {

  @Inject Clock clock;
  @Inject ElectionService elections;
  @Inject EmployeeRepository employees;
  @Inject ComplianceRepository counts;

  /** The blocked and warned employees of a unit, by reason. */
  public record UnitResult(
      String unitCode,
      String unitName,
      int employees,
      int blocked,
      int warned,
      Map<String, Integer> byReason) {}

  public record Result(
      long electionId,
      String agency,
      String dutyBody,
      LocalDate day,
      int employees,
      int blocked,
      int warned,
      Map<String, Integer> byReason,
      List<UnitResult> units) {}

  public Result run(Actor actor, long electionId, String agency, PolicyRules rules) {
    String scope = actor.agencyFor(agency);
    ElectionPeriod election = elections.covering(scope, electionId);
    // KPPS, the duty most employees are asked for, unless the policy does not gate it.
    DutyBody body =
        rules.gatedDutyBodies().isEmpty() || rules.gatedDutyBodies().contains(DutyBody.KPPS)
            ? DutyBody.KPPS
            : rules.gatedDutyBodies().iterator().next();
    LocalDate day =
        election.votingDay() != null && !election.votingDay().isBefore(Times.today(clock))
            ? election.votingDay()
            : Times.today(clock);
    Set<String> signed = counts.signedNips(scope, electionId);
    Map<String, LocalDate> trained = counts.trainedUntil(scope, rules.trainingCode());

    Map<String, int[]> perUnit = new TreeMap<>();
    Map<String, String> unitNames = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> unitReasons = new TreeMap<>();
    Map<String, Integer> byReason = new TreeMap<>();
    int total = 0;
    int blocked = 0;
    int warned = 0;
    for (int offset = 0; ; offset += 500) {
      List<Employee> page = employees.findByAgency(scope, offset, 500);
      for (Employee e : page) {
        if (e.status() == EmployeeStatus.INACTIVE) {
          continue;
        }
        TrainingStanding training = TrainingStanding.of(trained.get(e.nip()), day);
        GateRequest request =
            new GateRequest(RequestKind.ELECTION_DUTY, null, body, e.nip(), day, day);
        GateEvaluation ev =
            GateEvaluator.evaluate(
                request,
                new GateFacts(
                    e.type(),
                    e.status(),
                    electionId,
                    null,
                    0,
                    rules,
                    signed.contains(e.nip()),
                    training));
        String unit = e.unitCode() == null ? "" : e.unitCode();
        unitNames.putIfAbsent(unit, e.unitName());
        int[] u = perUnit.computeIfAbsent(unit, k -> new int[3]);
        u[0]++;
        total++;
        if (ev.outcome() == Outcome.BLOCK) {
          u[1]++;
          blocked++;
        } else if (ev.outcome() == Outcome.ALLOW_WITH_WARNING) {
          u[2]++;
          warned++;
        }
        for (GateReason r : ev.reasons()) {
          if (r.severity() != Severity.INFO) {
            byReason.merge(r.code().name(), 1, Integer::sum);
            unitReasons
                .computeIfAbsent(unit, k -> new TreeMap<>())
                .merge(r.code().name(), 1, Integer::sum);
          }
        }
      }
      if (page.size() < 500) {
        break;
      }
    }
    List<UnitResult> units = new ArrayList<>();
    perUnit.forEach(
        (unit, u) ->
            units.add(
                new UnitResult(
                    unit.isEmpty() ? null : unit,
                    unitNames.get(unit),
                    u[0],
                    u[1],
                    u[2],
                    unitReasons.getOrDefault(unit, Map.of()))));
    return new Result(electionId, scope, body.name(), day, total, blocked, warned, byReason, units);
  }
}
