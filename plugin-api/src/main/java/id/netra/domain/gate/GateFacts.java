package id.netra.domain.gate;

import id.netra.domain.employee.EmployeeStatus;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.training.TrainingStanding;

/**
 * What the gate knows of the employee and the election when it decides.
 *
 * @param employeeType PNS or PPPK
 * @param employeeStatus active, inactive or declared candidate
 * @param electionId the election in scope, or null if none
 * @param policyId the agency's policy for it, or null when the default applies
 * @param policyVersion the policy's version (0 for the default)
 * @param rules the rules in force
 * @param pactSigned whether a valid signature exists for the election
 * @param training the training standing on the request's start date (or today, if later)
 * @param discipline the employee's cases and the agency's options about them
 */
public record GateFacts(
    EmployeeType employeeType,
    EmployeeStatus employeeStatus,
    Long electionId,
    Long policyId,
    int policyVersion,
    PolicyRules rules,
    boolean pactSigned,
    TrainingStanding training,
    DisciplineFacts discipline) {

  /** Facts without cases, or of an agency that lets cases leave the gate alone. */
  public GateFacts(
      EmployeeType employeeType,
      EmployeeStatus employeeStatus,
      Long electionId,
      Long policyId,
      int policyVersion,
      PolicyRules rules,
      boolean pactSigned,
      TrainingStanding training) {
    this(
        employeeType,
        employeeStatus,
        electionId,
        policyId,
        policyVersion,
        rules,
        pactSigned,
        training,
        DisciplineFacts.NONE);
  }
}
