package id.netra.domain.gate;

import id.netra.domain.employee.EmployeeStatus;
import id.netra.domain.employee.EmployeeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gate's rules, as a pure function of a request and the facts.
 *
 * <ol>
 *   <li>The law blocks in every mode: an inactive employee; CLTN for a PPPK (PP 49/2018 gives PPPK
 *       no CLTN); election duty or election-related leave for a declared candidate (PP 11/2017
 *       Pasal 254).
 *   <li>With no election in scope the gate does not apply: leave is allowed; election duty is
 *       allowed with a warning, because it should always fall in an election period.
 *   <li>For a gated request the policy's requirements apply (pact signed, training passed and
 *       valid): unmet, they block under ENFORCE and warn under RECORD_ONLY. Leave types the policy
 *       lists as "warn" only ever warn.
 *   <li>An agency that chose so blocks election duty while the employee has an open neutrality case
 *       or a sanction in force on the duty's start date, in both modes: it is the agency's own
 *       decision, not a requirement the employee can meet.
 * </ol>
 */
public final class GateEvaluator {

  private GateEvaluator() {}

  public static GateEvaluation evaluate(GateRequest request, GateFacts facts) {
    List<GateReason> reasons = new ArrayList<>();
    if (facts.employeeStatus() == EmployeeStatus.INACTIVE) {
      reasons.add(new GateReason(ReasonCode.EMPLOYEE_INACTIVE, Severity.BLOCKING));
    }
    if (request.kind() == RequestKind.LEAVE
        && request.leaveType() == LeaveType.CLTN
        && facts.employeeType() == EmployeeType.PPPK) {
      reasons.add(new GateReason(ReasonCode.PPPK_NO_CLTN, Severity.BLOCKING));
    }

    PolicyRules rules = facts.rules();
    boolean inElection = facts.electionId() != null;
    boolean gated = inElection && rules.gates(request);
    boolean warned = inElection && !gated && rules.warns(request);
    boolean electionRelated =
        request.kind() == RequestKind.ELECTION_DUTY
            || request.leaveType() == LeaveType.CLTN
            || gated
            || warned;

    if (facts.employeeStatus() == EmployeeStatus.DECLARED_CANDIDATE && electionRelated) {
      reasons.add(new GateReason(ReasonCode.DECLARED_CANDIDATE, Severity.BLOCKING));
    }

    if (request.kind() == RequestKind.ELECTION_DUTY) {
      facts
          .discipline()
          .againstDuty()
          .forEach(code -> reasons.add(new GateReason(code, Severity.BLOCKING)));
    }

    if (!inElection) {
      reasons.add(
          new GateReason(
              ReasonCode.NO_ELECTION_IN_SCOPE,
              request.kind() == RequestKind.ELECTION_DUTY ? Severity.WARNING : Severity.INFO));
    } else if (gated || warned) {
      Severity unmet =
          gated && rules.mode() == PolicyMode.ENFORCE ? Severity.BLOCKING : Severity.WARNING;
      rules
          .unmet(facts.pactSigned(), facts.training())
          .forEach(code -> reasons.add(new GateReason(code, unmet)));
    } else {
      reasons.add(new GateReason(ReasonCode.NOT_GATED, Severity.INFO));
    }

    reasons.sort(Comparator.comparing(GateReason::severity));
    return new GateEvaluation(outcomeOf(reasons), List.copyOf(reasons), facts);
  }

  private static Outcome outcomeOf(List<GateReason> reasons) {
    if (reasons.stream().anyMatch(r -> r.severity() == Severity.BLOCKING)) {
      return Outcome.BLOCK;
    }
    if (reasons.stream().anyMatch(r -> r.severity() == Severity.WARNING)) {
      return Outcome.ALLOW_WITH_WARNING;
    }
    return Outcome.ALLOW;
  }
}
