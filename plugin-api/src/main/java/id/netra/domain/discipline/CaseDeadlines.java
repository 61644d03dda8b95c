package id.netra.domain.discipline;

import id.netra.domain.shared.Validations;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An agency's time limits for cases, in calendar days unless said: Bawaslu's filing window for
 * reports to Bawaslu (UU 7/2017 Pasal 454: 7 days from knowing of the event; shown as information,
 * a report to the agency is never refused for it), verification (7 days), the PPK's follow-up after
 * a recommendation (10 days cited in 2020; the SKB 2022 figure is unverified, so it is
 * configurable), how many days before a deadline the responsible role is reminded, and the window
 * for an objection (keberatan or banding) in working days from the day the employee received the
 * decree (14 is the figure usually cited; unverified, so configurable).
 *
 * <p>Working days are Monday to Friday; national holidays are not known to Netra, so an agency that
 * wants them counted widens the window.
 */
public record CaseDeadlines(
    int filingWindowDays,
    int verificationDays,
    int ppkFollowUpDays,
    int reminderDaysBefore,
    int objectionWorkingDays) {

  public static final CaseDeadlines DEFAULT = new CaseDeadlines(7, 7, 10, 2, 14);

  public CaseDeadlines {
    if (filingWindowDays < 1
        || verificationDays < 1
        || ppkFollowUpDays < 1
        || objectionWorkingDays < 1) {
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
      int filingWindowDays,
      int verificationDays,
      int ppkFollowUpDays,
      int reminderDaysBefore,
      int objectionWorkingDays) {
    var v = new Validations();
    for (int days :
        new int[] {filingWindowDays, verificationDays, ppkFollowUpDays, objectionWorkingDays}) {
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
        filingWindowDays,
        verificationDays,
        ppkFollowUpDays,
        reminderDaysBefore,
        objectionWorkingDays);
  }

  /**
   * The last day an objection to a decree received on {@code received} may be filed: the window's
   * working days counted from the day after.
   */
  public LocalDate lastObjectionDay(LocalDate received) {
    LocalDate day = received;
    int left = objectionWorkingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day;
  }

  /** The last day a report of an event known on {@code known} could reach Bawaslu in time. */
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
