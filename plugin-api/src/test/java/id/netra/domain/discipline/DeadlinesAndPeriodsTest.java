package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesAndPeriodsTest {

  final CaseDeadlines d = CaseDeadlines.DEFAULT;
  final Catalogue catalogue = StandardCatalogue.create();

  @Test
  void theStagesRunOutAfterTheirDays() {
    LocalDate start = LocalDate.of(2029, 2, 25);
    assertEquals(
        LocalDate.of(2029, 3, 4), d.due(CaseState.VERIFICATION, start), "7 days, over February");
    assertEquals(LocalDate.of(2029, 3, 7), d.due(CaseState.RECOMMENDED, start), "10 days");
    assertNull(d.due(CaseState.DECIDED, start));
    assertEquals(LocalDate.of(2029, 3, 4), d.lastFilingDay(start));
  }

  @Test
  void remindersComeInTheLastDaysOnly() {
    LocalDate due = LocalDate.of(2029, 3, 10);
    assertFalse(d.remind(due, LocalDate.of(2029, 3, 7)));
    assertTrue(d.remind(due, LocalDate.of(2029, 3, 8)));
    assertTrue(d.remind(due, due));
    assertFalse(d.remind(due, LocalDate.of(2029, 3, 11)), "overdue is not a reminder");
  }

  @Test
  void periodsAreConfigurableButSensible() {
    assertEquals(
        14,
        new CaseDeadlines(7, 7, 14, 3, 14)
                .due(CaseState.EXAMINATION, LocalDate.of(2029, 1, 1))
                .getDayOfMonth()
            - 1);
    assertThrows(IllegalArgumentException.class, () -> new CaseDeadlines(0, 7, 10, 2, 14));
  }

  @Test
  void aSanctionEndsTheDayBeforeItsMonthsAreUp() {
    SanctionType six = catalogue.sanction("23").orElseThrow();
    assertEquals(LocalDate.of(2029, 9, 4), SanctionPeriod.of(six, LocalDate.of(2029, 3, 5)).end());
    assertEquals(
        LocalDate.of(2030, 2, 27),
        SanctionPeriod.of(six, LocalDate.of(2029, 8, 28)).end(),
        "month ends are kept");
    SanctionType twelve = catalogue.sanction("27").orElseThrow();
    assertEquals(
        LocalDate.of(2029, 2, 27), SanctionPeriod.of(twelve, LocalDate.of(2028, 2, 28)).end());
    assertNull(
        SanctionPeriod.of(catalogue.sanction("2").orElseThrow(), LocalDate.of(2029, 1, 1)).end());
  }

  @Test
  void whenASanctionIsInForce() {
    SanctionPeriod p =
        SanctionPeriod.of(catalogue.sanction("23").orElseThrow(), LocalDate.of(2029, 3, 5));
    assertFalse(p.inForce(LocalDate.of(2029, 3, 4), false));
    assertTrue(p.inForce(LocalDate.of(2029, 3, 5), false));
    assertTrue(p.inForce(LocalDate.of(2029, 9, 4), false));
    assertFalse(p.inForce(LocalDate.of(2029, 9, 5), false));
    SanctionPeriod dismissal =
        SanctionPeriod.of(catalogue.sanction("10").orElseThrow(), LocalDate.of(2029, 3, 5));
    assertTrue(dismissal.inForce(LocalDate.of(2040, 1, 1), true));
  }
}
