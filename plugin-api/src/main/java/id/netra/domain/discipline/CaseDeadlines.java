package id.netra.domain.discipline;

import java.time.LocalDate;

/**
 * An agency's time limits for cases, in calendar days: the public report's filing window (UU 7/2017
 * Pasal 454: 7 days from knowing of the event), verification (7 days), the PPK's follow-up after a
 * recommendation (10 days cited in 2020; the SKB 2022 figure is unverified, so it is configurable),
 * and how many days before a deadline the responsible role is reminded.
 */
public record CaseDeadlines(
    int filingWindowDays, int verificationDays, int ppkFollowUpDays, int reminderDaysBefore) {

  public static final CaseDeadlines DEFAULT = new CaseDeadlines(7, 7, 10, 2);

  public CaseDeadlines {
    if (filingWindowDays < 1 || verificationDays < 1 || ppkFollowUpDays < 1) {
      throw new IllegalArgumentException("every period is at least one day");
    }
    if (reminderDaysBefore < 0) {
      throw new IllegalArgumentException("reminderDaysBefore must not be negative");
    }
  }

  /** The last day a public report of an event known on {@code known} may be filed. */
  public LocalDate lastFilingDay(LocalDate known) {
    return known.plusDays(filingWindowDays);
  }

  /** When the stage that starts on {@code start} must be done, or null for a stage without one. */
  public LocalDate due(CaseState stage, LocalDate start) {
    return switch (stage) {
      case VERIFICATION -> start.plusDays(verificationDays);
      case RECOMMENDED, EXAMINATION -> start.plusDays(ppkFollowUpDays);
      default -> null;
    };
  }

  /** Whether the responsible role should be reminded on {@code today} of a deadline {@code due}. */
  public boolean remind(LocalDate due, LocalDate today) {
    return due != null && !today.isAfter(due) && !today.isBefore(due.minusDays(reminderDaysBefore));
  }
}
