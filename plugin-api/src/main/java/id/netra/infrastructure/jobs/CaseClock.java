package id.netra.infrastructure.jobs;

import id.netra.application.CaseService;
import id.netra.domain.shared.Times;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour: cases whose PPK follow-up ran out are marked "block recommended", and the roles
 * responsible for a step whose deadline is near are reminded.
 */
@Singleton
public class CaseClock {

  private static final Logger LOG = Logger.getLogger(CaseClock.class.getName());

  @Inject Clock clock;
  @Inject CaseService cases;
  @Inject id.netra.application.CaseFollowUpService followUps;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    try {
      LocalDate today = Times.today(clock);
      int n = followUps.checkFollowUps(today).size();
      if (n > 0) {
        LOG.info(n + " case(s) marked block recommended: the PPK's follow-up ran out");
      }
      int r = followUps.remind(today).size();
      if (r > 0) {
        LOG.info(r + " case reminder(s) left for officers and PPKs");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The follow-up check failed; it runs again in an hour", e);
    }
  }
}
