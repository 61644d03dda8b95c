package id.netra.domain.discipline;

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
import java.time.LocalDate;

/**
 * A reminder to the role responsible for a case's next step that its deadline is near: the officer
 * for verification, the PPK for the follow-up of a recommendation. One per case, stage and
 * deadline; kept until someone of that role acknowledges it.
 */
@Entity
@Table(name = "case_reminder")
public class CaseReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_reminder_seq")
  @SequenceGenerator(
      name = "case_reminder_seq",
      sequenceName = "case_reminder_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseState stage;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "acknowledged_by", length = 200)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected CaseReminder() {}

  private CaseReminder(NeutralityCase c, CaseRole role, Instant now) {
    this.caseId = c.id();
    this.agency = c.agency();
    this.role = role;
    this.stage = c.state();
    this.dueOn = c.dueOn();
    this.createdAt = now;
  }

  /**
   * The reminder a case calls for on {@code today}, or null: a stage with a deadline, within the
   * agency's reminder days before it, not yet passed.
   */
  public static CaseReminder due(
      NeutralityCase c, CaseDeadlines deadlines, LocalDate today, Instant now) {
    CaseRole role =
        switch (c.state()) {
          case VERIFICATION -> CaseRole.OFFICER;
          case RECOMMENDED, EXAMINATION -> CaseRole.PPK;
          default -> null;
        };
    if (role == null || c.blockRecommended() || !deadlines.remind(c.dueOn(), today)) {
      return null;
    }
    return new CaseReminder(c, role, now);
  }

  public void acknowledge(String by, Instant now) {
    if (acknowledgedAt == null) {
      acknowledgedBy = by;
      acknowledgedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long caseId() {
    return caseId;
  }

  public String agency() {
    return agency;
  }

  public CaseRole role() {
    return role;
  }

  public CaseState stage() {
    return stage;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
