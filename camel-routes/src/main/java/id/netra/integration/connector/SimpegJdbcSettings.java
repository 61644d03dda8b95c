package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import id.netra.integration.config.FieldMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings of a {@code simpeg-jdbc} instance: a JDBC resource and the administrator's SQL.
 *
 * @param dataSource the JDBC resource's JNDI name on the server (for example {@code jdbc/simpeg})
 * @param statementTimeout how long one statement may run before the SIMPEG is asked to cancel it
 *     ({@code statementTimeout}, default 60 s): a locked table fails the record, never hangs a run
 * @param personnel the personnel pull, or null if this instance does not pull personnel
 * @param requests the request poll, or null
 * @param sanctionInsert the statement that writes a sanction (or its cancellation), or null
 * @param sanctionCancel the statement that records a cancellation decree, or null
 * @param terminationInsert the statement that writes a dismissal as the SIMPEG's termination
 *     (pemberhentian) record instead of a sanction ({@code sanctions.termination}), or null: then
 *     {@code insert} writes it like any sanction
 * @param terminationCancel its cancellation ({@code sanctions.terminationCancel}), or null
 * @param sanctionDates how the sanction's dates are given to those statements
 * @param sanctionQuery reads an employee's sanctions back ({@code :?nip}) for reconciliation, or
 *     null
 * @param sanctionFields how that query's columns map to Netra's fields
 * @param sanctionTypes Netra's sanction codes to the SIMPEG's own ({@code sanctions.types}), empty
 *     when the SIMPEG keeps Netra's (SIASN's) codes
 */
public record SimpegJdbcSettings(
    String dataSource,
    Duration statementTimeout,
    Personnel personnel,
    Requests requests,
    Statement sanctionInsert,
    Statement sanctionCancel,
    Statement terminationInsert,
    Statement terminationCancel,
    java.time.format.DateTimeFormatter sanctionDates,
    Statement sanctionQuery,
    FieldMap sanctionFields,
    java.util.Map<String, String> sanctionTypes) {

  /**
   * The code the SIMPEG keeps a Netra sanction type under: its own from {@code sanctions.types},
   * else Netra's.
   */
  public String recordCode(String netraCode) {
    return netraCode == null ? null : sanctionTypes.getOrDefault(netraCode, netraCode);
  }

  /** Whether the SIMPEG has a code for the Netra type: always without a {@code types} map. */
  public boolean hasCode(String netraCode) {
    return sanctionTypes.isEmpty() || sanctionTypes.containsKey(netraCode);
  }

  /** The statement timeout in whole seconds, as JDBC takes it. */
  public int timeoutSeconds() {
    return statementTimeout == null ? 60 : (int) Math.max(1, statementTimeout.toSeconds());
  }

  /** Whether dismissals go to the SIMPEG's termination records, apart from its sanctions. */
  public boolean terminationsApart() {
    return terminationInsert != null;
  }

  /** What the reconciliation query maps: the record's NIP, decree, type, start, cancellation. */
  static final Set<String> HELD_FIELDS =
      Set.of("nip", "decreeNumber", "sanctionType", "startDate", "cancellationNumber", "id");

  public static final String KIND = "simpeg-jdbc";

  static final Set<String> PERSONNEL_FIELDS =
      Set.of(
          "nip",
          "type",
          "name",
          "unitCode",
          "unitName",
          "superiorNip",
          "golongan",
          "positionType",
          "status");
  static final Set<String> REQUEST_FIELDS =
      Set.of("id", "nip", "kind", "leaveType", "dutyBody", "startDate", "endDate");

  /** What the approve and hold statements may use. */
  public static final Set<String> DECISION_PARAMETERS =
      Set.of(
          "sourceId",
          "requestRef",
          "nip",
          "outcome",
          "reasons",
          "reasonCodes",
          "decisionId",
          "decidedAt");

  /**
   * @param schedule how often to pull; null: only on demand
   * @param changedSinceQuery the incremental pull, using {@code :?marker}; null: always full
   * @param markerColumn the column whose greatest value is the next marker
   */
  public record Personnel(
      Duration schedule,
      Statement query,
      Statement changedSinceQuery,
      String markerColumn,
      FieldMap fields) {}

  public record Requests(Duration schedule, List<RequestSource> sources) {}

  /** One table (or query) of pending requests, with the statements that answer them. */
  public record RequestSource(
      String name, Statement query, FieldMap fields, Statement approve, Statement hold) {}

  static SimpegJdbcSettings read(ConfigNode root) {
    String dataSource = root.text("dataSource", true);
    Duration statementTimeout = root.duration("statementTimeout", Duration.ofSeconds(60));
    if (statementTimeout != null
        && (statementTimeout.toSeconds() < 1 || statementTimeout.toSeconds() > 3600)) {
      root.problem(
          "statementTimeout",
          "statementTimeout antara 1 detik dan 1 jam.",
          "statementTimeout lies between 1 second and 1 hour.");
    }
    Personnel personnel = readPersonnel(root.section("personnel", false));
    Requests requests = readRequests(root.section("requests", false));
    Statement sanctionInsert = null;
    Statement sanctionCancel = null;
    Statement terminationInsert = null;
    Statement terminationCancel = null;
    Statement sanctionQuery = null;
    FieldMap sanctionFields = null;
    java.util.Map<String, String> sanctionTypes = java.util.Map.of();
    java.time.format.DateTimeFormatter sanctionDates =
        java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
    ConfigNode sanctions = root.section("sanctions", false);
    if (sanctions != null) {
      sanctions.onlyKeys(
          "insert",
          "cancel",
          "termination",
          "terminationCancel",
          "dateFormat",
          "query",
          "fields",
          "types");
      sanctionTypes = sanctions.textMap("types");
      sanctionTypes.forEach(
          (k, v) -> {
            if (v == null || v.isBlank() || v.length() > 100) {
              sanctions.problem(
                  "types",
                  "Kode SIMPEG untuk " + k + " wajib diisi (paling panjang 100 karakter).",
                  "The SIMPEG's code for " + k + " is required (at most 100 characters).");
            }
          });
      sanctionInsert = Statement.read(sanctions, "insert", true, SANCTION_PARAMETERS);
      sanctionCancel = Statement.read(sanctions, "cancel", false, SANCTION_PARAMETERS);
      terminationInsert = Statement.read(sanctions, "termination", false, SANCTION_PARAMETERS);
      terminationCancel =
          Statement.read(sanctions, "terminationCancel", false, SANCTION_PARAMETERS);
      if (terminationCancel != null && terminationInsert == null) {
        sanctions.problem(
            "terminationCancel",
            "terminationCancel membatalkan yang ditulis termination; tulis termination-nya juga.",
            "terminationCancel cancels what termination writes; write termination too.");
      }
      sanctionQuery = Statement.read(sanctions, "query", false, Set.of("nip"));
      if (sanctionQuery != null) {
        sanctionFields =
            FieldMap.read(
                sanctions,
                "fields",
                HELD_FIELDS,
                Set.of("nip", "decreeNumber", "sanctionType"),
                Set.of("startDate"));
      } else if (sanctions.has("fields")) {
        sanctions.problem(
            "fields",
            "fields memetakan kolom sanctions.query; tulis query-nya juga.",
            "fields maps the columns of sanctions.query; write the query too.");
      }
      String pattern = sanctions.text("dateFormat", false);
      if (pattern != null) {
        try {
          sanctionDates = java.time.format.DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
          sanctions.problem(
              "dateFormat",
              "Pola tanggal tidak sah (contoh: dd-MM-yyyy).",
              "Not a valid date pattern (for example dd-MM-yyyy).");
        }
      }
    }
    if (personnel == null && requests == null) {
      root.problem(
          null,
          "Konektor perlu paling sedikit bagian personnel atau requests.",
          "A connector needs at least a personnel or a requests section.");
    }
    return new SimpegJdbcSettings(
        dataSource,
        statementTimeout,
        personnel,
        requests,
        sanctionInsert,
        sanctionCancel,
        terminationInsert,
        terminationCancel,
        sanctionDates,
        sanctionQuery,
        sanctionFields,
        java.util.Map.copyOf(sanctionTypes));
  }

  /** What a sanction insert may use: the sanction's fields and the message's idempotency key. */
  public static final Set<String> SANCTION_PARAMETERS = sanctionParameters();

  private static Set<String> sanctionParameters() {
    Set<String> s = new HashSet<>(id.netra.integration.canonical.SanctionFields.ALL);
    s.add("idempotencyKey");
    return Set.copyOf(s);
  }

  private static Personnel readPersonnel(ConfigNode node) {
    if (node == null) {
      return null;
    }
    node.onlyKeys("schedule", "query", "changedSinceQuery", "marker", "fields");
    Duration schedule = node.duration("schedule", Duration.ofMinutes(15));
    Statement query = Statement.read(node, "query", true, Set.of());
    Statement changed = Statement.read(node, "changedSinceQuery", false, Set.of("marker"));
    String marker = node.text("marker", false);
    if (changed != null && !changed.parameters().contains("marker")) {
      node.problem(
          "changedSinceQuery",
          "Kueri perubahan harus memakai :?marker.",
          "The incremental query must use :?marker.");
    }
    if ((changed == null) != (marker == null)) {
      node.problem(
          "marker",
          "changedSinceQuery dan marker diisi bersama (kolom penanda perubahan).",
          "changedSinceQuery and marker go together (the change-marker column).");
    }
    FieldMap fields =
        FieldMap.read(node, "fields", PERSONNEL_FIELDS, Set.of("nip", "type", "name"), Set.of());
    return new Personnel(schedule, query, changed, marker, fields);
  }

  private static Requests readRequests(ConfigNode node) {
    if (node == null) {
      return null;
    }
    node.onlyKeys("schedule", "sources");
    Duration schedule = node.duration("schedule", Duration.ofMinutes(1));
    List<RequestSource> sources = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ConfigNode s : node.sections("sources", true)) {
      s.onlyKeys("name", "query", "fields", "approve", "hold");
      String name = s.text("name", true);
      if (name != null && !name.matches("[a-z0-9][a-z0-9_-]{0,30}")) {
        s.problem(
            "name",
            "Nama sumber: huruf kecil, angka, _ atau - (sampai 31 karakter).",
            "A source name is lower-case letters, digits, _ or - (up to 31 characters).");
      } else if (name != null && !names.add(name)) {
        s.problem("name", "Nama sumber ganda.", "Duplicate source name.");
      }
      Statement query = Statement.read(s, "query", true, Set.of());
      FieldMap fields =
          FieldMap.read(
              s,
              "fields",
              REQUEST_FIELDS,
              Set.of("id", "nip", "kind", "startDate", "endDate"),
              Set.of("startDate", "endDate"));
      Statement approve = Statement.read(s, "approve", true, DECISION_PARAMETERS);
      Statement hold = Statement.read(s, "hold", true, DECISION_PARAMETERS);
      sources.add(new RequestSource(name, query, fields, approve, hold));
    }
    return new Requests(schedule, sources);
  }
}
