package id.netra.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Netra's one notion of "now": millisecond precision, so that what is hashed equals what the
 * database gives back.
 */
public final class Times {

  private Times() {}

  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public static Instant now() {
    return now(Clock.systemUTC());
  }
}
