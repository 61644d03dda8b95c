package id.netra.integration.connector;

import id.netra.integration.canonical.HeldSanction;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SanctionFields;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.FieldMap;
import id.netra.integration.config.FieldSource;
import id.netra.integration.connector.SimpegJdbcSettings.RequestSource;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.component.jdbc.JdbcConstants;

/**
 * The work of one {@code simpeg-jdbc} instance, called by the routes its templates create: maps
 * rows to canonical records, hands them to Netra's ports, keeps the run's report, and turns outbox
 * entries into the administrator's statements.
 */
public final class SimpegJdbcHandler {

  static final String SOURCE = "netra.source";
  private static final String KIND = "netra.kind";
  public static final String MARKER_NAME = "personnel";

  private final ConnectorConfig config;
  private final SimpegJdbcSettings settings;
  private final ConnectorRef ref;
  private final NetraPorts ports;
  private final DataSource dataSource;
  private final ConnectorStats stats;
  private final Semaphore personnelLock = new Semaphore(1);
  private final Semaphore requestsLock = new Semaphore(1);

  SimpegJdbcHandler(
      ConnectorConfig config, NetraPorts ports, DataSource dataSource, ConnectorStats stats) {
    this.stats = stats;
    this.config = config;
    this.settings = config.settings(SimpegJdbcSettings.class);
    this.ref = new ConnectorRef(config.id(), config.agency());
    this.ports = ports;
    this.dataSource = dataSource;
  }

  // ---- personnel

  public void startPersonnel(Exchange exchange) {
    RunKind kind = exchange.getMessage().getHeader(Runs.KIND, RunKind.PERSONNEL, RunKind.class);
    boolean dryRun = exchange.getMessage().getHeader(Runs.DRY_RUN, false, Boolean.class);
    if (!personnelLock.tryAcquire()) {
      throw new ConnectorBusyException(config.id(), kind);
    }
    SimpegJdbcSettings.Personnel p = settings.personnel();
    String marker =
        kind == RunKind.PERSONNEL && p.changedSinceQuery() != null
            ? ports.syncLog().marker(config.id(), MARKER_NAME).orElse(null)
            : null;
    SyncRun run = new SyncRun(ref, kind, dryRun, marker, personnelLock, ports.clock());
    @SuppressWarnings("unchecked")
    List<String> only = exchange.getMessage().getHeader(Runs.NIPS, List.class);
    run.only(only);
    exchange.setProperty(
        SyncRun.PROPERTY, new Runs.Active(run, ports.syncLog(), MARKER_NAME, stats));
    exchange.getMessage().setHeader("marker", marker);
    exchange.getMessage().setBody(marker == null ? p.query().sql() : p.changedSinceQuery().sql());
  }

  public void personnelRow(Exchange exchange) throws InvalidPayloadException {
    SyncRun run = Runs.active(exchange).run();
    int rowNumber = run.nextRow();
    Map<String, Object> row =
        FieldMap.caseInsensitive(exchange.getMessage().getMandatoryBody(Map.class));
    List<Reason> problems = new ArrayList<>();
    PersonnelRecord record = RowMapping.personnel(settings.personnel().fields(), row, problems);
    String markerColumn = settings.personnel().markerColumn();
    if (markerColumn != null) {
      run.marker(row.get(markerColumn));
    }
    if (!run.wanted(record.nip())) {
      return;
    }
    String key = record.nip() == null ? "row " + rowNumber : record.nip();
    if (record.nip() != null) {
      run.seen(record.nip().replaceAll("[\\s.]", ""));
    }
    if (!problems.isEmpty()) {
      run.add(RecordResult.failed(key, problems));
      return;
    }
    run.add(Runs.guard(key, () -> ports.personnel().upsert(ref, record, run.dryRun)));
  }

  public void finishPersonnel(Exchange exchange) {
    Runs.Active active = Runs.active(exchange);
    SyncRun run = active.run();
    if (run.kind == RunKind.RECONCILE) {
      Runs.reconcile(run, ports, ref);
    }
    active.finish(exchange, null);
  }

  // ---- requests

  public List<RequestSource> startRequests(Exchange exchange) {
    boolean dryRun = exchange.getMessage().getHeader(Runs.DRY_RUN, false, Boolean.class);
    if (!requestsLock.tryAcquire()) {
      throw new ConnectorBusyException(config.id(), RunKind.REQUESTS);
    }
    SyncRun run = new SyncRun(ref, RunKind.REQUESTS, dryRun, null, requestsLock, ports.clock());
    exchange.setProperty(SyncRun.PROPERTY, new Runs.Active(run, ports.syncLog(), null, stats));
    return settings.requests().sources();
  }

  public String sourceQuery(Exchange exchange) {
    RequestSource source = exchange.getMessage().getBody(RequestSource.class);
    exchange.setProperty(SOURCE, source);
    return source.query().sql();
  }

  public void requestRow(Exchange exchange) throws InvalidPayloadException {
    SyncRun run = Runs.active(exchange).run();
    int rowNumber = run.nextRow();
    RequestSource source = exchange.getProperty(SOURCE, RequestSource.class);
    Map<String, Object> row =
        FieldMap.caseInsensitive(exchange.getMessage().getMandatoryBody(Map.class));
    List<Reason> problems = new ArrayList<>();
    PendingRequest request = RowMapping.request(source.name(), source.fields(), row, problems);
    String key =
        request.sourceId() == null ? source.name() + ": row " + rowNumber : request.requestRef();
    if (!problems.isEmpty()) {
      run.add(RecordResult.failed(key, problems));
      return;
    }
    run.add(Runs.guard(key, () -> ports.requests().decide(ref, request, run.dryRun)));
  }

  public void sourceFailed(Exchange exchange) {
    SyncRun run = Runs.active(exchange).run();
    RequestSource source = exchange.getProperty(SOURCE, RequestSource.class);
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    run.add(
        SyncRun.failure(
            source == null ? "source" : source.name(),
            "SOURCE_FAILED",
            "Sumber tidak dapat dibaca: " + Runs.describe(e),
            "The source could not be read: " + Runs.describe(e)));
  }

  public void finishRequests(Exchange exchange) {
    Runs.active(exchange).finish(exchange, null);
  }

  // ---- deliveries

  public String prepareDelivery(Exchange exchange) throws InvalidPayloadException {
    OutboxEntry entry = exchange.getMessage().getMandatoryBody(OutboxEntry.class);
    exchange.setProperty(KIND, entry.kind());
    if (OutboxEntry.SANCTION.equals(entry.kind())) {
      return prepareSanction(exchange, entry);
    }
    if (!OutboxEntry.DECISION.equals(entry.kind())) {
      throw new DeliveryRejectedException(
          "Connector " + config.id() + " cannot deliver " + entry.kind() + " messages");
    }
    RequestSource source =
        settings.requests() == null
            ? null
            : settings.requests().sources().stream()
                .filter(s -> s.name().equals(entry.field("source")))
                .findFirst()
                .orElse(null);
    if (source == null) {
      throw new DeliveryRejectedException(
          "Request source '" + entry.field("source") + "' is not configured in " + config.file());
    }
    boolean allowed = !"BLOCK".equals(entry.field("outcome"));
    for (String p : SimpegJdbcSettings.DECISION_PARAMETERS) {
      exchange.getMessage().setHeader(p, entry.field(p));
    }
    return (allowed ? source.approve() : source.hold()).sql();
  }

  /**
   * A sanction (or its cancellation) through the administrator's insert. The insert should write
   * {@code :?idempotencyKey} into a unique column or skip a key it already holds (for example
   * {@code INSERT … SELECT … WHERE NOT EXISTS}), so that a redelivery changes nothing.
   */
  private String prepareSanction(Exchange exchange, OutboxEntry entry) {
    boolean cancel = entry.field(SanctionFields.CANCELLATION_NUMBER) != null;
    boolean termination =
        entry.field(SanctionFields.TERMINATION_TYPE) != null && settings.terminationsApart();
    Statement statement =
        termination
            ? (cancel ? settings.terminationCancel() : settings.terminationInsert())
            : (cancel ? settings.sanctionCancel() : settings.sanctionInsert());
    if (statement == null) {
      throw new DeliveryRejectedException(
          "Connector "
              + config.id()
              + " has no sanctions."
              + (termination
                  ? (cancel ? "terminationCancel" : "termination")
                  : (cancel ? "cancel" : "insert"))
              + " in "
              + config.file());
    }
    String type = entry.field("sanctionType");
    if (!settings.hasCode(type)) {
      throw new DeliveryRejectedException(
          "Sanction type "
              + type
              + " has no code of this SIMPEG in sanctions.types of "
              + config.file()
              + "; add it and retry the message");
    }
    for (String p : SimpegJdbcSettings.SANCTION_PARAMETERS) {
      String v = p.equals("idempotencyKey") ? entry.idempotencyKey() : entry.field(p);
      if (p.equals("sanctionType")) {
        v = settings.recordCode(v);
      }
      if (v != null && p.endsWith("Date") && !v.isBlank()) {
        try {
          v = LocalDate.parse(v).format(settings.sanctionDates());
        } catch (java.time.format.DateTimeParseException e) {
          throw new DeliveryRejectedException(p + " is not a date (yyyy-mm-dd): " + v);
        }
      }
      exchange.getMessage().setHeader(p, v);
    }
    return statement.sql();
  }

  public String confirmDelivery(Exchange exchange) {
    Integer updated =
        exchange.getMessage().getHeader(JdbcConstants.JDBC_UPDATE_COUNT, Integer.class);
    if (OutboxEntry.SANCTION.equals(exchange.getProperty(KIND, String.class))
        && (updated == null || updated < 1)) {
      return "rows=0 (already present)";
    }
    if (updated == null || updated < 1) {
      throw new DeliveryRejectedException(
          "The statement changed no row: the request is no longer in the source or its id does"
              + " not match");
    }
    return "rows=" + updated;
  }

  // ---- reconciliation

  /**
   * The sanctions the SIMPEG holds for each NIP, through the administrator's {@code
   * sanctions.query}. NIPs are given as Netra keeps them (18 digits); a query over a column with
   * spaces should compare without them (for example {@code REPLACE(nip, ' ', '')}).
   */
  List<HeldSanction> held(List<String> nips) {
    Statement query = settings.sanctionQuery();
    FieldMap fields = settings.sanctionFields();
    List<HeldSanction> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = timed(c.prepareStatement(query.positional()))) {
      List<String> order = query.occurrences();
      for (String nip : nips) {
        for (int i = 0; i < order.size(); i++) {
          ps.setString(i + 1, nip);
        }
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, Object> columns = new java.util.HashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              columns.put(md.getColumnLabel(i), rs.getObject(i));
            }
            Map<String, Object> row = FieldMap.caseInsensitive(columns);
            List<Reason> problems = new ArrayList<>();
            String heldNip = fields.text("nip", row, problems);
            out.add(
                new HeldSanction(
                    heldNip == null ? nip : SyncRun.canonical(heldNip),
                    fields.text("decreeNumber", row, problems),
                    fields.text("sanctionType", row, problems),
                    fields.date("startDate", row, problems),
                    fields.text("cancellationNumber", row, problems),
                    fields.text("id", row, problems)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "sanctions.query of " + config.id() + " failed: " + Runs.describe(e), e);
    }
    return out;
  }

  // ---- test

  ConnectionCheck test() {
    List<ConnectionCheck.Item> items = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      items.add(
          new ConnectionCheck.Item(
              "connect", c.isValid(10), c.getMetaData().getDatabaseProductName()));
      SimpegJdbcSettings.Personnel p = settings.personnel();
      if (p != null) {
        items.add(query(c, "personnel.query", p.query(), p.fields(), p.markerColumn()));
        if (p.changedSinceQuery() != null) {
          items.add(
              query(c, "personnel.changedSinceQuery", p.changedSinceQuery(), p.fields(), null));
        }
      }
      if (settings.requests() != null) {
        for (RequestSource s : settings.requests().sources()) {
          String at = "requests." + s.name();
          items.add(query(c, at + ".query", s.query(), s.fields(), null));
          items.add(prepare(c, at + ".approve", s.approve()));
          items.add(prepare(c, at + ".hold", s.hold()));
        }
      }
      if (settings.sanctionInsert() != null) {
        items.add(prepare(c, "sanctions.insert", settings.sanctionInsert()));
      }
      if (settings.sanctionCancel() != null) {
        items.add(prepare(c, "sanctions.cancel", settings.sanctionCancel()));
      }
      if (settings.terminationInsert() != null) {
        items.add(prepare(c, "sanctions.termination", settings.terminationInsert()));
      }
      if (settings.terminationCancel() != null) {
        items.add(prepare(c, "sanctions.terminationCancel", settings.terminationCancel()));
      }
      if (settings.sanctionQuery() != null) {
        items.add(
            query(c, "sanctions.query", settings.sanctionQuery(), settings.sanctionFields(), null));
      }
    } catch (SQLException | RuntimeException e) {
      items.add(new ConnectionCheck.Item("connect", false, Runs.describe(e)));
    }
    return ConnectionCheck.of(items);
  }

  /** A statement that the SIMPEG cancels after the connector's {@code statementTimeout}. */
  private PreparedStatement timed(PreparedStatement ps) throws SQLException {
    ps.setQueryTimeout(settings.timeoutSeconds());
    return ps;
  }

  private PreparedStatement timed(Connection c, Statement statement) throws SQLException {
    return timed(c.prepareStatement(statement.positional()));
  }

  private ConnectionCheck.Item query(
      Connection c, String name, Statement statement, FieldMap fields, String markerColumn) {
    try (PreparedStatement ps = timed(c, statement)) {
      for (int i = 1; i <= statement.parameters().size(); i++) {
        ps.setObject(i, null);
      }
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        Set<String> columns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(md.getColumnLabel(i));
        }
        List<String> missing = new ArrayList<>();
        for (FieldSource s : fields.fields().values()) {
          if (s.column() != null && !columns.contains(s.column())) {
            missing.add(s.column());
          }
        }
        if (markerColumn != null && !columns.contains(markerColumn)) {
          missing.add(markerColumn);
        }
        return missing.isEmpty()
            ? new ConnectionCheck.Item(name, true, "columns " + columns)
            : new ConnectionCheck.Item(
                name, false, "mapped columns missing from the result: " + missing);
      }
    } catch (SQLException e) {
      return new ConnectionCheck.Item(name, false, Runs.describe(e));
    }
  }

  private ConnectionCheck.Item prepare(Connection c, String name, Statement statement) {
    try (PreparedStatement ps = timed(c, statement)) {
      return new ConnectionCheck.Item(name, true, "prepared");
    } catch (SQLException e) {
      return new ConnectionCheck.Item(name, false, Runs.describe(e));
    }
  }

  /** The report of a run that could not start because another one holds the connector. */
  RunReport busy(RunKind kind, boolean dryRun) {
    return new SyncRun(ref, kind, dryRun, null, new Semaphore(1), ports.clock())
        .finish("A run of this kind is already in progress for " + config.id());
  }
}
