package id.netra.domain.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainValidationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectionPeriodTest {

  static ElectionSchedule pilkada2029() {
    return new ElectionSchedule(
        ElectionType.PILKADA,
        "Pilkada Serentak 2029",
        Set.of("DEMO", "KAB-X"),
        LocalDate.of(2029, 8, 1),
        LocalDate.of(2029, 9, 25),
        LocalDate.of(2029, 11, 23),
        LocalDate.of(2029, 11, 27),
        LocalDate.of(2030, 1, 31),
        LocalDate.of(2029, 9, 22));
  }

  @Test
  void coversItsAgenciesAndOverlapsItsDays() {
    ElectionPeriod e = new ElectionPeriod(pilkada2029());
    assertTrue(e.covers("DEMO"));
    assertFalse(e.covers("OTHER"));
    assertTrue(e.overlaps(LocalDate.of(2029, 7, 20), LocalDate.of(2029, 8, 1)));
    assertTrue(e.overlaps(LocalDate.of(2030, 1, 31), LocalDate.of(2030, 2, 5)));
    assertFalse(e.overlaps(LocalDate.of(2029, 7, 1), LocalDate.of(2029, 7, 31)));
    assertFalse(e.overlaps(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 2)));
  }

  @Test
  void votingDayMustFollowTheCampaignAndTheEndFollowTheVote() {
    ElectionSchedule s = pilkada2029();
    ElectionSchedule bad =
        new ElectionSchedule(
            s.type(),
            s.name(),
            s.agencies(),
            s.startDate(),
            s.campaignStart(),
            s.campaignEnd(),
            s.campaignEnd(),
            s.campaignEnd().minusDays(1),
            null);
    DomainValidationException e =
        assertThrows(DomainValidationException.class, () -> new ElectionPeriod(bad));
    assertEquals(
        java.util.List.of("votingDay", "endDate"),
        e.violations().stream().map(v -> v.field()).toList());
  }

  static ElectionSchedule withCandidateDay(ElectionSchedule s, LocalDate day) {
    return new ElectionSchedule(
        s.type(),
        s.name(),
        s.agencies(),
        s.startDate(),
        s.campaignStart(),
        s.campaignEnd(),
        s.votingDay(),
        s.endDate(),
        day);
  }

  @Test
  void theCandidateDayLiesBeforeTheCampaignAndDefaultsToItsStart() {
    ElectionSchedule s = pilkada2029();
    assertEquals(LocalDate.of(2029, 9, 22), new ElectionPeriod(s).determinationDay());
    ElectionSchedule unknown = withCandidateDay(s, null);
    ElectionPeriod e = new ElectionPeriod(unknown);
    assertFalse(e.candidateDayKnown());
    assertEquals(s.campaignStart(), e.determinationDay());
    ElectionSchedule late = withCandidateDay(s, s.campaignStart().plusDays(1));
    DomainValidationException x =
        assertThrows(DomainValidationException.class, () -> new ElectionPeriod(late));
    assertEquals("candidateDay", x.violations().get(0).field());
  }

  @Test
  void missingFieldsAreAllNamed() {
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                new ElectionPeriod(
                    new ElectionSchedule(null, " ", Set.of(), null, null, null, null, null, null)));
    assertEquals(8, e.violations().size());
  }

  @Test
  void itsPhaseFollowsTheSchedule() {
    ElectionPeriod e = new ElectionPeriod(pilkada2029());
    assertEquals(ElectionPhase.NOT_STARTED, e.phase(LocalDate.of(2029, 7, 31)));
    assertEquals(ElectionPhase.PREPARATION, e.phase(LocalDate.of(2029, 8, 1)));
    assertEquals(ElectionPhase.CAMPAIGN, e.phase(LocalDate.of(2029, 9, 25)));
    assertEquals(ElectionPhase.CAMPAIGN, e.phase(LocalDate.of(2029, 11, 23)));
    assertEquals(ElectionPhase.QUIET_AND_VOTING, e.phase(LocalDate.of(2029, 11, 24)));
    assertEquals(ElectionPhase.QUIET_AND_VOTING, e.phase(LocalDate.of(2029, 11, 27)));
    assertEquals(ElectionPhase.AFTER_VOTE, e.phase(LocalDate.of(2030, 1, 31)));
    assertEquals(ElectionPhase.OVER, e.phase(LocalDate.of(2030, 2, 1)));
  }
}
