package id.netra.domain.gate;

import id.netra.domain.training.TrainingStanding;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The requirements of this policy the employee has not met, pact first: {@code PACT_NOT_SIGNED},
   * then {@code TRAINING_NOT_PASSED} or {@code TRAINING_EXPIRED}. Empty when nothing is missing.
   */
  public List<ReasonCode> unmet(boolean pactSigned, TrainingStanding training) {
    List<ReasonCode> out = new ArrayList<>(2);
    if (requirePact && !pactSigned) {
      out.add(ReasonCode.PACT_NOT_SIGNED);
    }
    if (requireTraining) {
      switch (training.state()) {
        case NOT_PASSED -> out.add(ReasonCode.TRAINING_NOT_PASSED);
        case EXPIRED -> out.add(ReasonCode.TRAINING_EXPIRED);
        case PASSED -> {}
      }
    }
    return out;
  }

  public boolean warns(GateRequest request) {
    return request.kind() == RequestKind.LEAVE && warnedLeaveTypes.contains(request.leaveType());
  }
}
