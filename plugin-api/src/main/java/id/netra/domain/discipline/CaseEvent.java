package id.netra.domain.discipline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One change of a case, in its history: what was done, from which state to which, by whom. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private NeutralityCase owner;

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false, length = 32)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 16)
  private CaseState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 16)
  private CaseState toState;

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(name = "on_date", nullable = false)
  private LocalDate on;

  @Column(length = 2000)
  private String note;

  protected CaseEvent() {}

  CaseEvent(
      NeutralityCase owner,
      int seq,
      String action,
      CaseState from,
      CaseState to,
      String actor,
      LocalDate on,
      String note) {
    this.owner = owner;
    this.seq = seq;
    this.action = action;
    this.fromState = from;
    this.toState = to;
    this.actor = actor;
    this.on = on;
    this.note = note;
  }

  public int seq() {
    return seq;
  }

  public String action() {
    return action;
  }

  public CaseState from() {
    return fromState;
  }

  public CaseState to() {
    return toState;
  }

  public String actor() {
    return actor;
  }

  public LocalDate on() {
    return on;
  }

  public String note() {
    return note;
  }
}
