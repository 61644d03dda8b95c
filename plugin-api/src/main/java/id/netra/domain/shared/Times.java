package id.netra.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Netra's one notion of "now" and "today", read from the one clock ({@code
 * id.netra.infrastructure.NetraClock}, injected as {@link Clock}): instants at millisecond
 * precision, so that what is hashed equals what the database gives back, and days in western
 * Indonesian time whatever the JVM's zone.
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

  /** Today in western Indonesian time, whatever zone the clock or the JVM is in. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), WIB);
  }
}
