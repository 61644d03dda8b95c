package id.netra.domain.discipline;

import id.netra.domain.shared.Validations;
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

  /**
   * An administrator's deadlines, checked: every period 1 to 365 days, reminders 0 to 30 days
   * before.
   *
   * @throws id.netra.domain.shared.DomainValidationException naming what is out of range
   */
  public static CaseDeadlines validated(
      int filingWindowDays, int verificationDays, int ppkFollowUpDays, int reminderDaysBefore) {
    var v = new Validations();
    for (int days : new int[] {filingWindowDays, verificationDays, ppkFollowUpDays}) {
      v.require(
          days >= 1 && days <= 365,
          "days",
          "OUT_OF_RANGE",
          "Setiap tenggat 1 sampai 365 hari.",
          "Every deadline is 1 to 365 days.");
    }
    v.require(
        reminderDaysBefore >= 0 && reminderDaysBefore <= 30,
        "reminderDaysBefore",
        "OUT_OF_RANGE",
        "Pengingat 0 sampai 30 hari sebelumnya.",
        "Reminders 0 to 30 days before.");
    v.throwIfAny();
    return new CaseDeadlines(
        filingWindowDays, verificationDays, ppkFollowUpDays, reminderDaysBefore);
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
