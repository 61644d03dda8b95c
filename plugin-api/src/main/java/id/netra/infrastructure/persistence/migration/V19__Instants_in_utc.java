package id.netra.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites every {@code TIMESTAMP} column from the wall clock of the zone it was written in (the
 * JVM's, before version 19) to the UTC wall clock that {@code InstantConverter} now stores, so that
 * instances in different zones read the same instants. Zones with a fixed offset (WIB, WITA, WIT,
 * UTC) take one update per column; a zone with daylight saving takes one per period of equal
 * offset.
 *
 * <p>Written in Java because the zone is the JVM's, which SQL cannot see.
 */
public class V19__Instants_in_utc extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V19__Instants_in_utc.class.getName());
  private static final String HISTORY = "netra_schema_history";

  private final ZoneId writtenIn;

  /**
   * @param writtenIn the zone in which earlier versions wrote times (the JVM's, unless configured)
   */
  public V19__Instants_in_utc(ZoneId writtenIn) {
    this.writtenIn = writtenIn;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<String[]> columns = timestampColumns(c);
    for (String[] column : columns) {
      shift(c, column[0], column[1]);
    }
    LOG.info(
        () ->
            "Times of "
                + columns.size()
                + " columns rewritten from "
                + writtenIn
                + " to UTC (netra.storage.legacy-zone)");
  }

  /** Table and column of every {@code TIMESTAMP} (without zone) column of Netra's schema. */
  static List<String[]> timestampColumns(Connection c) throws SQLException {
    List<String[]> found = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (rs.getInt("DATA_TYPE") == Types.TIMESTAMP
            && "timestamp".equalsIgnoreCase(rs.getString("TYPE_NAME"))
            && !HISTORY.equalsIgnoreCase(table)) {
          found.add(new String[] {table, rs.getString("COLUMN_NAME")});
        }
      }
    }
    return found;
  }

  private void shift(Connection c, String table, String column) throws SQLException {
    LocalDateTime[] range = range(c, table, column);
    if (range == null) {
      return;
    }
    for (Period p : periods(writtenIn.getRules(), range[0], range[1])) {
      if (p.offsetSeconds() == 0) {
        continue;
      }
      Duration d = Duration.ofSeconds(Math.abs(p.offsetSeconds()));
      String interval =
          String.format(
              "INTERVAL '%d:%02d:%02d' HOUR TO SECOND",
              d.toHours(), d.toMinutesPart(), d.toSecondsPart());
      String sql =
          "UPDATE "
              + table
              + " SET "
              + column
              + " = "
              + column
              + (p.offsetSeconds() > 0 ? " - " : " + ")
              + interval
              + " WHERE "
              + column
              + " IS NOT NULL"
              + (p.from() == null ? "" : " AND " + column + " >= ?")
              + (p.until() == null ? "" : " AND " + column + " < ?");
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        if (p.from() != null) {
          ps.setObject(i++, p.from());
        }
        if (p.until() != null) {
          ps.setObject(i, p.until());
        }
        ps.executeUpdate();
      }
    }
  }

  private static LocalDateTime[] range(Connection c, String table, String column)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT MIN(" + column + "), MAX(" + column + ") FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      LocalDateTime min = rs.getObject(1, LocalDateTime.class);
      return min == null ? null : new LocalDateTime[] {min, rs.getObject(2, LocalDateTime.class)};
    }
  }

  /** A span of local wall-clock times ({@code null}: open) written at one offset. */
  record Period(LocalDateTime from, LocalDateTime until, int offsetSeconds) {}

  /**
   * The periods of equal offset covering {@code min..max} under a zone's {@code rules}, in the
   * order they can be updated one after the other without a moved value falling into a period still
   * to come: oldest first where the offsets are east of UTC (values move back in time), newest
   * first where west. An ambiguous local time (the hour repeated when clocks go back) is read at
   * the earlier offset, as {@code java.sql.Timestamp} read it.
   */
  static List<Period> periods(ZoneRules rules, LocalDateTime min, LocalDateTime max) {
    List<Period> periods = new ArrayList<>();
    if (rules.isFixedOffset()) {
      periods.add(
          new Period(null, null, rules.getOffset(min.toInstant(ZoneOffset.UTC)).getTotalSeconds()));
      return periods;
    }
    Instant from = min.toInstant(ZoneOffset.UTC).minus(Duration.ofDays(2));
    Instant to = max.toInstant(ZoneOffset.UTC).plus(Duration.ofDays(2));
    LocalDateTime lower = null;
    int offset = rules.getOffset(from).getTotalSeconds();
    for (ZoneOffsetTransition t = rules.nextTransition(from);
        t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      LocalDateTime boundary = t.isGap() ? t.getDateTimeAfter() : t.getDateTimeBefore();
      periods.add(new Period(lower, boundary, offset));
      lower = boundary;
      offset = t.getOffsetAfter().getTotalSeconds();
    }
    periods.add(new Period(lower, null, offset));
    boolean east = periods.stream().allMatch(p -> p.offsetSeconds() >= 0);
    boolean west = periods.stream().allMatch(p -> p.offsetSeconds() <= 0);
    if (!east && !west) {
      throw new FlywayException(
          "The zone's offset crosses UTC between "
              + min
              + " and "
              + max
              + "; set netra.storage.legacy-zone to the zone the times were written in, or migrate"
              + " them by hand");
    }
    if (west) {
      Collections.reverse(periods);
    }
    return periods;
  }
}
