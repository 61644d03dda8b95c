package id.netra.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void todayIsTheDayInWibWhateverZoneTheClockIsIn() {
    Instant evening = Instant.parse("2026-12-07T16:59:59Z"); // 23:59:59 WIB
    Instant night = Instant.parse("2026-12-07T17:00:00Z"); // 00:00 WIB, the 8th
    for (ZoneId zone : new ZoneId[] {ZoneOffset.UTC, ZoneId.of("Asia/Jayapura"), Times.WIB}) {
      assertEquals(
          LocalDate.of(2026, 12, 7), Times.today(Clock.fixed(evening, zone)), zone.toString());
      assertEquals(
          LocalDate.of(2026, 12, 8), Times.today(Clock.fixed(night, zone)), zone.toString());
    }
  }

  @Test
  void nowIsCutToMilliseconds() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:02:03.456789Z"), Times.WIB);
    assertEquals(Instant.parse("2026-12-07T01:02:03.456Z"), Times.now(clock));
  }

  @Test
  void aDayStartsAtMidnightWib() {
    assertEquals(Instant.parse("2026-12-06T17:00:00Z"), Times.startOf(LocalDate.of(2026, 12, 7)));
  }
}
