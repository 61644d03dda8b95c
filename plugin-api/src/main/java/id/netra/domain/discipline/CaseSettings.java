package id.netra.domain.discipline;

import id.netra.domain.gate.DisciplineFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's settings for cases: its deadlines, and whether the gate blocks election duty of an
 * employee with an open case or a sanction in force.
 */
@Entity
@Table(name = "case_settings")
public class CaseSettings {

  @Id
  @Column(name = "agency_code", length = 32)
  private String agency;

  @Column(name = "filing_window_days", nullable = false)
  private int filingWindowDays;

  @Column(name = "verification_days", nullable = false)
  private int verificationDays;

  @Column(name = "ppk_follow_up_days", nullable = false)
  private int ppkFollowUpDays;

  @Column(name = "reminder_days_before", nullable = false)
  private int reminderDaysBefore;

  @Column(name = "objection_working_days", nullable = false)
  private int objectionWorkingDays;

  @Column(name = "block_duty_while_open", nullable = false)
  private boolean blockDutyWhileOpen;

  @Column(name = "block_duty_while_sanctioned", nullable = false)
  private boolean blockDutyWhileSanctioned;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CaseSettings() {}

  /** The defaults: the reference's deadlines, and the gate left alone. */
  public static CaseSettings defaults(String agency, Instant now) {
    CaseSettings s = new CaseSettings();
    s.agency = agency;
    s.apply(CaseDeadlines.DEFAULT, false, false, now);
    return s;
  }

  public void apply(
      CaseDeadlines d, boolean blockDutyWhileOpen, boolean blockDutyWhileSanctioned, Instant now) {
    this.filingWindowDays = d.filingWindowDays();
    this.verificationDays = d.verificationDays();
    this.ppkFollowUpDays = d.ppkFollowUpDays();
    this.reminderDaysBefore = d.reminderDaysBefore();
    this.objectionWorkingDays = d.objectionWorkingDays();
    this.blockDutyWhileOpen = blockDutyWhileOpen;
    this.blockDutyWhileSanctioned = blockDutyWhileSanctioned;
    this.updatedAt = now;
  }

  public CaseDeadlines deadlines() {
    return new CaseDeadlines(
        filingWindowDays,
        verificationDays,
        ppkFollowUpDays,
        reminderDaysBefore,
        objectionWorkingDays);
  }

  public String agency() {
    return agency;
  }

  public boolean blockDutyWhileOpen() {
    return blockDutyWhileOpen;
  }

  public boolean blockDutyWhileSanctioned() {
    return blockDutyWhileSanctioned;
  }

  /** Whether the agency lets cases bear on the gate at all. */
  public boolean bearsOnGate() {
    return blockDutyWhileOpen || blockDutyWhileSanctioned;
  }

  /**
   * What the gate should know of an employee's cases on {@code day}: whether one is still open (not
   * closed, dismissed or cancelled) and whether a sanction is in force, under these options.
   */
  public DisciplineFacts gateFacts(List<NeutralityCase> own, LocalDate day, Catalogue catalogue) {
    return new DisciplineFacts(
        own.stream().anyMatch(c -> !c.state().terminal()),
        own.stream().anyMatch(c -> c.sanctionInForce(day, catalogue)),
        blockDutyWhileOpen,
        blockDutyWhileSanctioned);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filingWindowDays", filingWindowDays);
    m.put("verificationDays", verificationDays);
    m.put("ppkFollowUpDays", ppkFollowUpDays);
    m.put("reminderDaysBefore", reminderDaysBefore);
    m.put("objectionWorkingDays", objectionWorkingDays);
    m.put("blockDutyWhileOpen", blockDutyWhileOpen);
    m.put("blockDutyWhileSanctioned", blockDutyWhileSanctioned);
    return m;
  }
}
