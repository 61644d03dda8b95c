package id.netra.domain.gate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored gate decision for one HR-system request. A request ({@code clientId}, {@code
 * requestRef}) has one current decision ({@code current_marker} = 'Y'); a re-evaluation under
 * changed facts supersedes it.
 */
@Entity
@Table(name = "gate_decision")
public class GateDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_decision_seq")
  @SequenceGenerator(
      name = "gate_decision_seq",
      sequenceName = "gate_decision_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "request_ref", nullable = false, length = 100)
  private String requestRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_kind", nullable = false, length = 16)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "leave_type", length = 16)
  private LeaveType leaveType;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_body", length = 16)
  private DutyBody dutyBody;

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "election_id")
  private Long electionId;

  @Column(name = "policy_id")
  private Long policyId;

  @Column(name = "policy_version", nullable = false)
  private int policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy_mode", nullable = false, length = 16)
  private PolicyMode mode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Outcome outcome;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "gate_decision_reason", joinColumns = @JoinColumn(name = "decision_id"))
  @OrderColumn(name = "position")
  private List<GateReason> reasons = new ArrayList<>();

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "supersedes_id")
  private Long supersedesId;

  @Column(name = "current_marker", length = 1)
  private String currentMarker = "Y";

  protected GateDecision() {}

  public GateDecision(
      long clientId,
      String agencyCode,
      String requestRef,
      GateRequest request,
      GateEvaluation evaluation,
      GateDecision superseded,
      Instant now) {
    this.clientId = clientId;
    this.agencyCode = agencyCode;
    this.requestRef = requestRef;
    this.kind = request.kind();
    this.leaveType = request.leaveType();
    this.dutyBody = request.dutyBody();
    this.nip = request.nip();
    this.startDate = request.startDate();
    this.endDate = request.endDate();
    this.electionId = evaluation.facts().electionId();
    this.policyId = evaluation.facts().policyId();
    this.policyVersion = evaluation.facts().policyVersion();
    this.mode = evaluation.facts().rules().mode();
    this.outcome = evaluation.outcome();
    this.reasons = new ArrayList<>(evaluation.reasons());
    this.fingerprint = evaluation.fingerprint(request);
    this.decidedAt = now;
    if (superseded != null) {
      this.supersedesId = superseded.id;
      superseded.currentMarker = null;
    }
  }

  public GateRequest request() {
    return new GateRequest(kind, leaveType, dutyBody, nip, startDate, endDate);
  }

  public boolean isCurrent() {
    return "Y".equals(currentMarker);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("clientId", clientId);
    m.put("requestRef", requestRef);
    m.put("kind", kind);
    m.put("leaveType", leaveType);
    m.put("dutyBody", dutyBody);
    m.put("nip", nip);
    m.put("startDate", startDate);
    m.put("endDate", endDate);
    m.put("electionId", electionId);
    m.put("policyVersion", policyVersion);
    m.put("mode", mode);
    m.put("outcome", outcome);
    m.put("reasons", reasons.toString());
    m.put("supersedesId", supersedesId);
    return m;
  }

  public Long id() {
    return id;
  }

  public Long clientId() {
    return clientId;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String requestRef() {
    return requestRef;
  }

  public RequestKind kind() {
    return kind;
  }

  public LeaveType leaveType() {
    return leaveType;
  }

  public DutyBody dutyBody() {
    return dutyBody;
  }

  public String nip() {
    return nip;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public Long electionId() {
    return electionId;
  }

  public Long policyId() {
    return policyId;
  }

  public int policyVersion() {
    return policyVersion;
  }

  public PolicyMode mode() {
    return mode;
  }

  public Outcome outcome() {
    return outcome;
  }

  public List<GateReason> reasons() {
    return List.copyOf(reasons);
  }

  public String fingerprint() {
    return fingerprint;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Long supersedesId() {
    return supersedesId;
  }
}
