package id.netra.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** V19 rewrites local wall clocks of any zone to UTC, and touches nothing else. */
class InstantsInUtcTest {

  @Test
  void wibTimesBecomeUtcAndNothingElseMoves() throws SQLException {
    try (Connection c = database()) {
      exec(
          c,
          "CREATE TABLE decision (id INT, decided_at TIMESTAMP, valid_on DATE, note VARCHAR(20))");
      exec(c, "CREATE TABLE netra_schema_history (installed_on TIMESTAMP)");
      exec(
          c,
          "INSERT INTO decision VALUES (1, TIMESTAMP '2026-12-03 21:00:00', DATE '2026-12-03', 'x')");
      exec(c, "INSERT INTO decision VALUES (2, NULL, NULL, 'y')");
      exec(c, "INSERT INTO decision VALUES (3, TIMESTAMP '2026-01-01 03:15:30.123456', NULL, 'z')");
      exec(c, "INSERT INTO netra_schema_history VALUES (TIMESTAMP '2026-12-03 21:00:00')");

      migrate(c, ZoneId.of("Asia/Jakarta"));

      assertEquals(LocalDateTime.parse("2026-12-03T14:00:00"), at(c, "decision", "decided_at", 1));
      assertNull(at(c, "decision", "decided_at", 2));
      assertEquals(
          LocalDateTime.parse("2025-12-31T20:15:30.123456"), at(c, "decision", "decided_at", 3));
      assertEquals(
          LocalDate.parse("2026-12-03"),
          one(c, "SELECT valid_on FROM decision WHERE id = 1", LocalDate.class));
      assertEquals(
          LocalDateTime.parse("2026-12-03T21:00:00"),
          one(c, "SELECT installed_on FROM netra_schema_history", LocalDateTime.class),
          "Flyway's own history is not Netra's to rewrite");
    }
  }

  @Test
  void everyHalfHourOfADaylightSavingYearLandsOnItsInstant() throws SQLException {
    for (String zone : List.of("Europe/Berlin", "America/New_York", "Australia/Adelaide")) {
      ZoneId id = ZoneId.of(zone);
      try (Connection c = database()) {
        exec(c, "CREATE TABLE entry (id INT, at TIMESTAMP)");
        List<LocalDateTime> written = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entry VALUES (?, ?)")) {
          LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
          for (int i = 0; t.getYear() == 2026; i++, t = t.plusMinutes(30)) {
            if (id.getRules().getValidOffsets(t).isEmpty()) {
              continue; // the hour skipped when clocks go forward: never written
            }
            ps.setInt(1, i);
            ps.setObject(2, t);
            ps.addBatch();
            written.add(t);
          }
          ps.executeBatch();
        }

        migrate(c, id);

        try (ResultSet rs = c.createStatement().executeQuery("SELECT at FROM entry ORDER BY id")) {
          for (LocalDateTime local : written) {
            assertTrue(rs.next());
            LocalDateTime expected =
                LocalDateTime.ofInstant(ZonedDateTime.of(local, id).toInstant(), ZoneOffset.UTC);
            assertEquals(expected, rs.getObject(1, LocalDateTime.class), zone + " " + local);
          }
        }
      }
    }
  }

  @Test
  void aZoneWhoseOffsetCrossesUtcIsRefusedWithAReason() {
    LocalDateTime switchAt = LocalDateTime.of(2026, 6, 1, 0, 0);
    ZoneRules crossing =
        ZoneRules.of(
            ZoneOffset.ofHours(-1),
            ZoneOffset.ofHours(-1),
            List.of(),
            List.of(
                ZoneOffsetTransition.of(switchAt, ZoneOffset.ofHours(-1), ZoneOffset.ofHours(1))),
            List.of());
    FlywayException e =
        assertThrows(
            FlywayException.class,
            () ->
                V19__Instants_in_utc.periods(
                    crossing, switchAt.minusMonths(1), switchAt.plusMonths(1)));
    assertTrue(e.getMessage().contains("netra.storage.legacy-zone"), e.getMessage());
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
  }

  private static void migrate(Connection c, ZoneId zone) throws SQLException {
    new V19__Instants_in_utc(zone)
        .migrate(
            new Context() {
              @Override
              public Configuration getConfiguration() {
                return null;
              }

              @Override
              public Connection getConnection() {
                return c;
              }
            });
  }

  private static LocalDateTime at(Connection c, String table, String column, int id)
      throws SQLException {
    return one(c, "SELECT " + column + " FROM " + table + " WHERE id = " + id, LocalDateTime.class);
  }

  private static <T> T one(Connection c, String sql, Class<T> type) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getObject(1, type);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
