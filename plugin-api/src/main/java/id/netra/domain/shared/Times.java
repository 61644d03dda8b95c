package id.netra.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Netra's one notion of "now": millisecond precision, so that what is hashed equals what the
 * database gives back.
 */
public final class Times {

  /**
   * Western Indonesian time, where the demo and most agencies are: the zone Netra counts days in
   * (dashboards, audit searches by day) and writes local times for HR systems.
   */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Times() {}

  /** The instant a day begins in western Indonesian time. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WIB).toInstant();
  }

  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public static Instant now() {
    return now(Clock.systemUTC());
  }
}
