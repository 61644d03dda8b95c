package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.discipline.SanctionComparison.Difference;
import id.netra.domain.discipline.SanctionComparison.Expected;
import id.netra.domain.discipline.SanctionComparison.Finding;
import id.netra.domain.discipline.SanctionComparison.Held;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionComparisonTest {

  static final String NIP = "199508172020122008";
  static final LocalDate START = LocalDate.of(2029, 3, 1);

  static Expected expected(String cancellation) {
    return new Expected(7, NIP, "800/12/BKPSDM/2029", "24", START, cancellation);
  }

  static Held held(String decree, String type, LocalDate start, String cancellation) {
    return new Held("19950817 202012 2 008", decree, type, start, cancellation, "rw-1");
  }

  static List<Difference> differences(List<Finding> f) {
    return f.stream().map(Finding::difference).toList();
  }

  @Test
  void theSameSanctionWrittenOtherwiseMatches() {
    assertTrue(
        SanctionComparison.compare(
                List.of(expected(null)), List.of(held("800/12/bkpsdm/2029 ", "24", START, null)))
            .isEmpty());
    assertTrue(
        SanctionComparison.compare(
                List.of(expected(null)), List.of(held("800/12/BKPSDM/2029", "24", null, null)))
            .isEmpty(),
        "a record that keeps no start date is not a difference");
  }

  @Test
  void aSanctionDeletedFromTheRecordIsMissingAndResendable() {
    List<Finding> f =
        SanctionComparison.compare(
            List.of(expected(null)), List.of(held("800/99/BKPSDM/2029", "24", START, null)));
    assertEquals(List.of(Difference.MISSING), differences(f));
    assertEquals(7, f.get(0).caseId());
    assertTrue(f.get(0).difference().resendable());
  }

  @Test
  void typeStartAndCancellationDifferencesAreEachListed() {
    List<Finding> f =
        SanctionComparison.compare(
            List.of(expected("800/12/BKPSDM/2029/BATAL")),
            List.of(held("800/12/BKPSDM/2029", "25", START.plusDays(1), null)));
    assertEquals(
        List.of(Difference.TYPE_DIFFERS, Difference.START_DIFFERS, Difference.CANCELLATION_MISSING),
        differences(f));
    assertEquals("24", f.get(0).expected());
    assertEquals("25", f.get(0).found());
    assertEquals("rw-1", f.get(0).targetId());
    assertFalse(Difference.TYPE_DIFFERS.resendable());
    assertTrue(Difference.CANCELLATION_MISSING.resendable());

    assertEquals(
        List.of(Difference.CANCELLED_ONLY_THERE),
        differences(
            SanctionComparison.compare(
                List.of(expected(null)), List.of(held("800/12/BKPSDM/2029", "24", START, "X/1")))));
  }

  @Test
  void anotherEmployeesRecordWithTheSameNumberDoesNotCount() {
    Held other = new Held("198001012005011001", "800/12/BKPSDM/2029", "24", START, null, "rw-2");
    assertEquals(
        List.of(Difference.MISSING),
        differences(SanctionComparison.compare(List.of(expected(null)), List.of(other))));
  }
}
