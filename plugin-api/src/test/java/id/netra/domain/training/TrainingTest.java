package id.netra.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {

  static TrainingModule module() {
    return new TrainingModule(
        "DEMO",
        "NETRALITAS",
        1,
        "Netralitas ASN",
        List.of(new TrainingSection("Dasar hukum", "UU 20/2023 Pasal 24.")),
        List.of(
            new QuizQuestion("Q1", List.of("a", "b", "c"), 1),
            new QuizQuestion("Q2", List.of("a", "b"), 0),
            new QuizQuestion("Q3", List.of("a", "b"), 1),
            new QuizQuestion("Q4", List.of("a", "b"), 1)),
        75,
        365);
  }

  static final LocalDate TODAY = LocalDate.of(2029, 3, 1);
  static final Instant NOW = Instant.parse("2029-03-01T03:00:00Z");

  @Test
  void gradingCountsRightAnswersAgainstThePassMark() {
    TrainingModule m = module();
    assertEquals(100, m.grade(List.of(1, 0, 1, 1)));
    assertEquals(75, m.grade(Arrays.asList(1, 0, 1, null)));
    assertEquals(50, m.grade(List.of(0, 0, 1, 0)));
    assertTrue(m.passes(75));
    assertFalse(m.passes(74));
    assertThrows(DomainValidationException.class, () -> m.grade(List.of(1)));
  }

  @Test
  void anLmsImportBelowThePassMarkIsRefused() {
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                TrainingCompletion.importedFromLms(
                    "1", "DEMO", module(), "LMS", "x-1", TODAY, 60, null, TODAY, NOW));
    assertEquals("BELOW_PASS_MARK", e.violations().get(0).code());
  }

  @Test
  void standingFollowsTheNewestValidUntil() {
    TrainingCompletion old =
        TrainingCompletion.importedFromLms(
            "1", "DEMO", module(), "LMS", "x-1", TODAY.minusYears(2), 90, null, TODAY, NOW);
    assertEquals(TODAY.minusYears(2).plusDays(365), old.validUntil());
    assertEquals("LMS-x-1", old.certificateNumber());
    assertEquals(TrainingStanding.State.EXPIRED, TrainingStanding.of(List.of(old), TODAY).state());

    TrainingCompletion fresh =
        TrainingCompletion.passedInPortal("1", "DEMO", module(), 100, "C-1", TODAY, NOW);
    TrainingStanding both = TrainingStanding.of(List.of(old, fresh), TODAY);
    assertEquals(TrainingStanding.State.PASSED, both.state());
    assertEquals(TODAY.plusDays(365), both.validUntil());
    assertEquals(
        TrainingStanding.State.EXPIRED,
        TrainingStanding.of(List.of(fresh), TODAY.plusDays(366)).state());
    assertEquals(TrainingStanding.NOT_PASSED, TrainingStanding.of(List.of(), TODAY));
  }

  @Test
  void aQuestionsAnswerMustBeOneOfItsChoices() {
    assertThrows(
        DomainValidationException.class,
        () ->
            new TrainingModule(
                "DEMO",
                "N",
                1,
                "t",
                List.of(new TrainingSection("s", "b")),
                List.of(new QuizQuestion("Q", List.of("a", "b"), 2)),
                50,
                30));
  }

  @Test
  void aDraftIsEditedAndAPublishedVersionIsNot() {
    TrainingModule m = module();
    m.edit(
        "Netralitas ASN 2029",
        List.of(new TrainingSection("Baru", "Isi.")),
        List.of(new QuizQuestion("Q", List.of("a", "b"), 0)),
        100,
        30);
    assertEquals("Netralitas ASN 2029", m.title());
    assertEquals(100, m.grade(List.of(0)));
    m.publish();
    assertThrows(
        id.netra.domain.shared.DomainStateException.class,
        () -> m.edit("x", m.sections(), m.questions(), 50, 30));
  }

  @Test
  void threeTriesADayThenRefused() {
    assertEquals(3, TrainingAttempt.triesLeft(0));
    assertEquals(0, TrainingAttempt.triesLeft(3));
    assertEquals(0, TrainingAttempt.triesLeft(5));
    TrainingModule m = module();
    m.publish();
    assertTrue(TrainingAttempt.grade("1", m, List.of(1, 0, 1, 1), 2, TODAY, NOW).passed());
    assertThrows(
        id.netra.domain.shared.DomainStateException.class,
        () -> TrainingAttempt.grade("1", m, List.of(1, 0, 1, 1), 3, TODAY, NOW));
  }
}
