package id.netra.domain.gate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agency's gate policy for one election: a policy is data (what is required, what is gated, and
 * whether to enforce or only record), versioned so that every decision names the version it was
 * decided under.
 */
@Entity
@Table(name = "gate_policy")
public class GatePolicy {

  /** The module code whose completions count when a policy names none. */
  public static final String DEFAULT_TRAINING_CODE = "NETRALITAS";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_policy_seq")
  @SequenceGenerator(
      name = "gate_policy_seq",
      sequenceName = "gate_policy_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "election_id", nullable = false)
  private Long electionId;

  @Column(name = "policy_version", nullable = false)
  private int policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PolicyMode mode;

  @Column(name = "require_pact", nullable = false)
  private boolean requirePact;

  @Column(name = "require_training", nullable = false)
  private boolean requireTraining;

  @Column(name = "training_code", nullable = false, length = 64)
  private String trainingCode;

  @Column(name = "gated_leave_types", nullable = false, length = 200)
  private String gatedLeaveTypes;

  @Column(name = "warned_leave_types", nullable = false, length = 200)
  private String warnedLeaveTypes;

  @Column(name = "gated_duty_bodies", nullable = false, length = 200)
  private String gatedDutyBodies;

  @Version private long version;

  protected GatePolicy() {}

  public GatePolicy(String agencyCode, long electionId, PolicyRules rules) {
    this.agencyCode = agencyCode;
    this.electionId = electionId;
    this.policyVersion = 0;
    apply(rules);
  }

  /** The policy an election has until the agency writes its own: everything required, enforced. */
  public static PolicyRules defaultRules() {
    return new PolicyRules(
        PolicyMode.ENFORCE,
        true,
        true,
        DEFAULT_TRAINING_CODE,
        EnumSet.of(LeaveType.CLTN),
        EnumSet.noneOf(LeaveType.class),
        EnumSet.allOf(DutyBody.class));
  }

  /** Replaces the rules and moves to the next version. */
  public void apply(PolicyRules rules) {
    this.mode = rules.mode();
    this.requirePact = rules.requirePact();
    this.requireTraining = rules.requireTraining();
    this.trainingCode =
        rules.trainingCode() == null || rules.trainingCode().isBlank()
            ? DEFAULT_TRAINING_CODE
            : rules.trainingCode().trim();
    this.gatedLeaveTypes = join(rules.gatedLeaveTypes());
    this.warnedLeaveTypes = join(rules.warnedLeaveTypes());
    this.gatedDutyBodies = join(rules.gatedDutyBodies());
    this.policyVersion++;
  }

  public PolicyRules rules() {
    return new PolicyRules(
        mode,
        requirePact,
        requireTraining,
        trainingCode,
        split(gatedLeaveTypes, LeaveType.class),
        split(warnedLeaveTypes, LeaveType.class),
        split(gatedDutyBodies, DutyBody.class));
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values == null
        ? ""
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).forEach(out::add);
    }
    return out;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("agency", agencyCode);
    m.put("electionId", electionId);
    m.put("version", policyVersion);
    m.put("mode", mode);
    m.put("requirePact", requirePact);
    m.put("requireTraining", requireTraining);
    m.put("trainingCode", trainingCode);
    m.put("gatedLeaveTypes", gatedLeaveTypes);
    m.put("warnedLeaveTypes", warnedLeaveTypes);
    m.put("gatedDutyBodies", gatedDutyBodies);
    return m;
  }

  public Long id() {
    return id;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public Long electionId() {
    return electionId;
  }

  public int policyVersion() {
    return policyVersion;
  }
}
