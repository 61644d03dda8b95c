package id.netra.domain.gate;

import java.util.Set;

/**
 * The content of a gate policy.
 *
 * @param mode enforce, or record only
 * @param requirePact whether the pact of the election must be signed
 * @param requireTraining whether the training must be passed and still valid
 * @param trainingCode the module code whose completions count
 * @param gatedLeaveTypes leave types the requirements apply to (blocking under ENFORCE)
 * @param warnedLeaveTypes leave types that only get a warning when requirements are unmet
 * @param gatedDutyBodies election bodies whose duty permits the requirements apply to
 */
public record PolicyRules(
    PolicyMode mode,
    boolean requirePact,
    boolean requireTraining,
    String trainingCode,
    Set<LeaveType> gatedLeaveTypes,
    Set<LeaveType> warnedLeaveTypes,
    Set<DutyBody> gatedDutyBodies) {

  public boolean gates(GateRequest request) {
    return request.kind() == RequestKind.ELECTION_DUTY
        ? gatedDutyBodies.contains(request.dutyBody())
        : gatedLeaveTypes.contains(request.leaveType());
  }

  public boolean warns(GateRequest request) {
    return request.kind() == RequestKind.LEAVE && warnedLeaveTypes.contains(request.leaveType());
  }
}
