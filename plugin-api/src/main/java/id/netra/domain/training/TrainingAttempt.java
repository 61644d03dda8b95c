package id.netra.domain.training;

import id.netra.domain.shared.DomainStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One try at a module's quiz in the portal. */
@Entity
@Table(name = "training_attempt")
public class TrainingAttempt {

  /** How many tries an employee gets per module and day; the next day they may try again. */
  public static final int MAX_PER_DAY = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attempt_seq")
  @SequenceGenerator(
      name = "training_attempt_seq",
      sequenceName = "training_attempt_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(name = "module_id", nullable = false)
  private Long moduleId;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "attempt_day", nullable = false)
  private LocalDate attemptDay;

  protected TrainingAttempt() {}

  /** How many tries are left today after {@code attemptsToday} tries. */
  public static int triesLeft(int attemptsToday) {
    return Math.max(0, MAX_PER_DAY - attemptsToday);
  }

  /**
   * Grades the answers of an employee who has had {@code earlierToday} tries today.
   *
   * @throws DomainStateException when the day's tries are used up, or the module is a draft
   */
  public static TrainingAttempt grade(
      String nip,
      TrainingModule module,
      List<Integer> answers,
      int earlierToday,
      LocalDate today,
      Instant now) {
    if (!module.isPublished()) {
      throw new DomainStateException(
          "MODULE_NOT_PUBLISHED",
          "Modul pelatihan ini belum diterbitkan.",
          "This training module is not published.");
    }
    if (earlierToday >= MAX_PER_DAY) {
      throw new DomainStateException(
          "ATTEMPTS_EXHAUSTED",
          "Kesempatan hari ini (" + MAX_PER_DAY + " kali) sudah habis; coba lagi besok.",
          "Today's " + MAX_PER_DAY + " tries are used up; try again tomorrow.");
    }
    TrainingAttempt a = new TrainingAttempt();
    a.nip = nip;
    a.moduleId = module.id();
    a.score = module.grade(answers);
    a.passed = module.passes(a.score);
    a.attemptedAt = now;
    a.attemptDay = today;
    return a;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("nip", nip);
    m.put("moduleId", moduleId);
    m.put("score", score);
    m.put("passed", passed);
    return m;
  }

  public Long id() {
    return id;
  }

  public String nip() {
    return nip;
  }

  public Long moduleId() {
    return moduleId;
  }

  public int score() {
    return score;
  }

  public boolean passed() {
    return passed;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }
}
