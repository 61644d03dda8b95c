package id.netra.infrastructure.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netra.application.CaseFollowUpService;
import id.netra.domain.discipline.CaseReminder;
import id.netra.domain.discipline.NeutralityCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseClockTest {

  /** Records the days it is asked about. */
  static final class Days extends CaseFollowUpService {
    final List<LocalDate> asked = new ArrayList<>();

    @Override
    public List<NeutralityCase> checkFollowUps(LocalDate today) {
      asked.add(today);
      return List.of();
    }

    @Override
    public List<CaseReminder> remind(LocalDate today) {
      asked.add(today);
      return List.of();
    }
  }

  @Test
  void theHourlyCheckCountsDeadlinesByTheDayInWibNotTheJvmsZone() {
    CaseClock job = new CaseClock();
    Days days = new Days();
    job.followUps = days;
    // 18:07 UTC on the 7th is 01:07 WIB on the 8th: a follow-up due on the 7th has run out.
    job.clock = Clock.fixed(Instant.parse("2026-12-07T18:07:00Z"), ZoneOffset.UTC);

    job.hourly();

    assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)), days.asked);
  }
}
