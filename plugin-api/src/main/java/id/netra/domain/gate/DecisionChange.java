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
import java.time.Instant;

/**
 * A request's decision changed after the HR system was answered (for example the employee signed
 * and passed, so a BLOCK became ALLOW). The connectors deliver these to the HR system.
 */
@Entity
@Table(name = "decision_change")
public class DecisionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_change_seq")
  @SequenceGenerator(
      name = "decision_change_seq",
      sequenceName = "decision_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "request_ref", nullable = false, length = 100)
  private String requestRef;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Column(name = "previous_decision_id", nullable = false)
  private Long previousDecisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_outcome", nullable = false, length = 24)
  private Outcome fromOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_outcome", nullable = false, length = 24)
  private Outcome toOutcome;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 64)
  private String cause;

  protected DecisionChange() {}

  public DecisionChange(GateDecision previous, GateDecision current, String cause, Instant now) {
    this.clientId = current.clientId();
    this.requestRef = current.requestRef();
    this.decisionId = current.id();
    this.previousDecisionId = previous.id();
    this.fromOutcome = previous.outcome();
    this.toOutcome = current.outcome();
    this.changedAt = now;
    this.cause = cause;
  }

  public Long id() {
    return id;
  }

  public Long clientId() {
    return clientId;
  }

  public String requestRef() {
    return requestRef;
  }

  public Long decisionId() {
    return decisionId;
  }

  public Long previousDecisionId() {
    return previousDecisionId;
  }

  public Outcome fromOutcome() {
    return fromOutcome;
  }

  public Outcome toOutcome() {
    return toOutcome;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String cause() {
    return cause;
  }
}
