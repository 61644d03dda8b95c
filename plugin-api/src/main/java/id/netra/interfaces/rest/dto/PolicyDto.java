package id.netra.interfaces.rest.dto;

import id.netra.domain.gate.DutyBody;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.LeaveType;
import id.netra.domain.gate.PolicyMode;
import id.netra.domain.gate.PolicyRules;
import id.netra.domain.shared.Validations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An agency's gate policy for an election. {@code version} is set by the server. */
public record PolicyDto(
    Long id,
    String agency,
    Long electionId,
    Integer version,
    String mode,
    Boolean requirePact,
    Boolean requireTraining,
    String trainingCode,
    List<String> gatedLeaveTypes,
    List<String> warnedLeaveTypes,
    List<String> gatedDutyBodies,
    boolean isDefault) {

  public static PolicyDto of(GatePolicy p) {
    return of(p.id(), p.agencyCode(), p.electionId(), p.policyVersion(), p.rules(), false);
  }

  public static PolicyDto of(
      Long id, String agency, Long electionId, int version, PolicyRules r, boolean isDefault) {
    return new PolicyDto(
        id,
        agency,
        electionId,
        version,
        r.mode().name(),
        r.requirePact(),
        r.requireTraining(),
        r.trainingCode(),
        r.gatedLeaveTypes().stream().map(Enum::name).toList(),
        r.warnedLeaveTypes().stream().map(Enum::name).toList(),
        r.gatedDutyBodies().stream().map(Enum::name).toList(),
        isDefault);
  }

  public PolicyRules toRules() {
    Validations v = new Validations();
    PolicyMode m = v.enumValue(PolicyMode.class, mode, "mode", true);
    Set<LeaveType> gated = leaveTypes(gatedLeaveTypes, "gatedLeaveTypes", v);
    Set<LeaveType> warned = leaveTypes(warnedLeaveTypes, "warnedLeaveTypes", v);
    Set<DutyBody> bodies = EnumSet.noneOf(DutyBody.class);
    if (gatedDutyBodies != null) {
      for (int i = 0; i < gatedDutyBodies.size(); i++) {
        var b = DutyBody.parse(gatedDutyBodies.get(i));
        v.require(
            b.isPresent(),
            "gatedDutyBodies[" + i + "]",
            "UNKNOWN_VALUE",
            "Badan ad hoc tidak dikenal.",
            "Unknown election body.");
        b.ifPresent(bodies::add);
      }
    }
    v.throwIfAny();
    return new PolicyRules(
        m,
        requirePact == null || requirePact,
        requireTraining == null || requireTraining,
        trainingCode,
        gated,
        warned,
        bodies);
  }

  private static Set<LeaveType> leaveTypes(List<String> raw, String field, Validations v) {
    Set<LeaveType> out = EnumSet.noneOf(LeaveType.class);
    if (raw != null) {
      for (int i = 0; i < raw.size(); i++) {
        var t = LeaveType.parse(raw.get(i));
        v.require(
            t.isPresent(),
            field + "[" + i + "]",
            "UNKNOWN_VALUE",
            "Jenis cuti tidak dikenal.",
            "Unknown leave type.");
        t.ifPresent(out::add);
      }
    }
    return out;
  }
}
