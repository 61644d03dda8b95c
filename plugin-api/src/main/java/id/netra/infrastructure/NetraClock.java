package id.netra.infrastructure;

import id.netra.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Netra's one clock, in western Indonesian time: every bean that reads "now" or "today" injects
 * this {@link Clock} and reads it through {@link Times}, so a day is the same day on every instance
 * whatever its JVM's zone, and a test can hand the code under test a fixed clock instead.
 */
@ApplicationScoped
public class NetraClock {

  private static final Clock SYSTEM = Clock.system(Times.WIB);

  /**
   * The system clock in WIB (dependent scope: a {@link Clock} is handed out as it is, unproxied).
   */
  @Produces
  public Clock clock() {
    return SYSTEM;
  }
}
