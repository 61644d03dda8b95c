package id.netra.domain.discipline;

import java.time.LocalDate;

/** When a decided sanction runs: from its start (TMT) for its months, the last day included. */
public record SanctionPeriod(LocalDate start, LocalDate end) {

  /**
   * The period of {@code type} from {@code start}: six months from 5 March end on 4 September; a
   * sanction without months (a reprimand, a dismissal) has no end date.
   */
  public static SanctionPeriod of(SanctionType type, LocalDate start) {
    if (type.months() == 0 || type.permanent()) {
      return new SanctionPeriod(start, null);
    }
    return new SanctionPeriod(start, start.plusMonths(type.months()).minusDays(1));
  }

  /** Whether the sanction is in force on {@code day}. */
  public boolean inForce(LocalDate day, boolean permanent) {
    return !day.isBefore(start) && (end == null ? permanent : !day.isAfter(end));
  }
}
