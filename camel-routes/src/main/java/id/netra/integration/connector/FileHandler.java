package id.netra.integration.connector;

import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.FieldSource;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;

/**
 * The work of one {@code file} instance: reads each export dropped in {@code in/} as a run (a
 * personnel list or a batch of requests), answers it with a reply file in {@code out/}, and writes
 * every later outbox message (a changed decision, a sanction) as a file of its own. A file that
 * cannot be read as the configured table goes to {@code error/} with a report beside it.
 */
public final class FileHandler {

  /** A file whose name starts with this is read as a dry run. */
  public static final String DRY_RUN_PREFIX = "dry-run-";

  /** Header: the name of the file the route writes to {@code out/}. */
  static final String REPLY_NAME = "NetraReplyName";

  /** The reason file's time stamp, in WIB (the zone Netra counts days in) whatever the JVM's. */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Asia/Jakarta"));

  private final ConnectorConfig config;
  private final FileSettings settings;
  private final ConnectorRef ref;
  private final NetraPorts ports;
  private final ConnectorStats stats;
  private final PathMatcher personnelFiles;
  private final PathMatcher caseFiles;
  private final PathMatcher requestFiles;

  FileHandler(ConnectorConfig config, NetraPorts ports, ConnectorStats stats) {
    this.config = config;
    this.settings = config.settings(FileSettings.class);
    this.ref = new ConnectorRef(config.id(), config.agency());
    this.ports = ports;
    this.stats = stats;
    this.personnelFiles = matcher(settings.personnel());
    this.requestFiles = matcher(settings.requests());
    this.caseFiles = matcher(settings.cases());
  }

  private static PathMatcher matcher(FileSettings.Section section) {
    return section == null
        ? p -> false
        : FileSystems.getDefault().getPathMatcher("glob:" + section.files());
  }

  /** The Ant patterns the folder's consumer takes: each section's, plain and as a dry run. */
  static String include(FileSettings s) {
    List<String> out = new ArrayList<>();
    for (FileSettings.Section section :
        new FileSettings.Section[] {s.personnel(), s.requests(), s.cases()}) {
      if (section != null) {
        out.add(section.files());
        out.add(DRY_RUN_PREFIX + section.files());
      }
    }
    return String.join(",", out);
  }

  /** Reads one file as a run and answers the reply file's content. */
  public String process(Exchange exchange) {
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    boolean dryRun = name.startsWith(DRY_RUN_PREFIX);
    String matched = dryRun ? name.substring(DRY_RUN_PREFIX.length()) : name;
    boolean personnel = personnelFiles.matches(Path.of(matched));
    boolean cases = !personnel && caseFiles.matches(Path.of(matched));
    FileSettings.Section section =
        personnel ? settings.personnel() : cases ? settings.cases() : settings.requests();
    RunKind kind =
        personnel
            ? section.complete() ? RunKind.RECONCILE : RunKind.PERSONNEL
            : cases ? RunKind.CASES : RunKind.REQUESTS;
    SyncRun run = new SyncRun(ref, kind, dryRun, null, new Semaphore(1), ports.clock());
    Runs.Active active = new Runs.Active(run, ports.syncLog(), null, stats);
    exchange.setProperty(SyncRun.PROPERTY, active);

    TableFile table;
    try {
      TableFile.requireReadable(exchange.getMessage().getHeader(Exchange.FILE_LENGTH, Long.class));
      table =
          TableFile.read(
              name,
              exchange.getMessage().getBody(byte[].class),
              settings.encoding(),
              settings.delimiter(),
              section.sheet());
      requireColumns(table, section);
    } catch (TableFile.Unreadable e) {
      quarantine(name, e.getMessage());
      active.finish(exchange, name + ": " + e.getMessage());
      throw e; // the consumer moves the file to error/
    }

    List<String[]> reply = new ArrayList<>();
    for (TableFile.Row row : table.rows) {
      run.nextRow();
      List<Reason> problems = new ArrayList<>();
      RecordResult result;
      if (personnel) {
        PersonnelRecord r = RowMapping.personnel(section.fields(), row.values(), problems);
        String key = r.nip() == null ? "row " + row.number() : r.nip();
        if (r.nip() != null) {
          run.seen(r.nip().replaceAll("[\\s.]", ""));
        }
        result =
            problems.isEmpty()
                ? Runs.guard(key, () -> ports.personnel().upsert(ref, r, dryRun))
                : RecordResult.failed(key, problems);
      } else if (cases) {
        CaseReport r = RowMapping.caseReport(section.fields(), row.values(), problems);
        String key = r.reference() == null ? "row " + row.number() : r.reference();
        result =
            problems.isEmpty()
                ? Runs.guard(key, () -> ports.cases().report(ref, r, dryRun))
                : RecordResult.failed(key, problems);
      } else {
        PendingRequest r =
            RowMapping.request(section.source(), section.fields(), row.values(), problems);
        String key = r.sourceId() == null ? "row " + row.number() : r.requestRef();
        result =
            problems.isEmpty()
                ? Runs.guard(key, () -> ports.requests().decide(ref, r, dryRun))
                : RecordResult.failed(key, problems);
      }
      run.add(result);
      reply.add(replyLine(row.number(), result));
    }
    if (personnel && section.complete()) {
      Runs.reconcile(run, ports, ref);
    }
    active.finish(exchange, null);
    exchange.getMessage().setHeader(REPLY_NAME, base(name) + ".result.csv");
    return csv(new String[] {"baris", "kunci", "hasil", "catatan", "kode", "keterangan"}, reply);
  }

  private static String[] replyLine(int row, RecordResult r) {
    return new String[] {
      String.valueOf(row),
      r.key(),
      r.outcome().name(),
      r.detail() == null ? "" : r.detail(),
      r.reasons().stream().map(Reason::code).collect(Collectors.joining(",")),
      r.reasons().stream().map(Reason::messageId).collect(Collectors.joining(" "))
    };
  }

  private static void requireColumns(TableFile table, FileSettings.Section section) {
    Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    present.addAll(table.header);
    List<String> missing = new ArrayList<>();
    for (FieldSource s : section.fields().fields().values()) {
      if (s.column() != null && !present.contains(s.column())) {
        missing.add(s.column());
      }
    }
    if (!missing.isEmpty()) {
      throw new TableFile.Unreadable(
          "Columns missing from the header: " + missing + "; the file has " + table.header);
    }
  }

  /** Writes the reason a file was set aside, beside it in {@code error/}. */
  private void quarantine(String name, String why) {
    Path report =
        settings
            .folder()
            .resolve("error")
            .resolve(STAMP.format(ports.clock().instant()) + "-" + name + ".error.txt");
    String text =
        "Berkas "
            + name
            + " tidak dapat dibaca dan dipindahkan ke folder error.\n"
            + "The file "
            + name
            + " could not be read and was moved to the error folder.\n\n"
            + why
            + "\n\nKonektor / connector: "
            + config.id()
            + " ("
            + config.file()
            + ")\n";
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the error report " + report, e);
    }
  }

  // ---- deliveries

  /**
   * One outbox message as a file of its own in {@code out/}, named by its idempotency key: written
   * again after a redelivery, it replaces itself.
   */
  public String deliver(Exchange exchange) {
    OutboxEntry entry = exchange.getMessage().getBody(OutboxEntry.class);
    Map<String, String> fields = new TreeMap<>(entry.payload());
    fields.put("kind", entry.kind());
    fields.put("idempotencyKey", entry.idempotencyKey());
    List<String> names = new ArrayList<>(fields.keySet());
    String safe = entry.idempotencyKey().replaceAll("[^A-Za-z0-9_.-]", "_");
    exchange.getMessage().removeHeaders("*");
    exchange
        .getMessage()
        .setHeader(
            REPLY_NAME, entry.kind().toLowerCase(java.util.Locale.ROOT) + "-" + safe + ".csv");
    List<String[]> row = new ArrayList<>();
    row.add(names.stream().map(fields::get).toArray(String[]::new));
    return csv(names.toArray(String[]::new), row);
  }

  public String delivered(Exchange exchange) {
    return "file out/" + exchange.getMessage().getHeader(REPLY_NAME, String.class);
  }

  // ---- test

  ConnectionCheck test() {
    List<ConnectionCheck.Item> items = new ArrayList<>();
    for (String sub : List.of("in", "out", "done", "error")) {
      Path p = settings.folder().resolve(sub);
      boolean ok = Files.isDirectory(p) && Files.isWritable(p);
      String detail = ok ? "writable" : "missing or not writable: " + p;
      if (ok && sub.equals("in")) {
        try (var files = Files.list(p)) {
          detail = files.count() + " file(s) waiting";
        } catch (IOException e) {
          ok = false;
          detail = Runs.describe(e);
        }
      }
      items.add(new ConnectionCheck.Item(sub, ok, detail));
    }
    return ConnectionCheck.of(items);
  }

  void createFolders() throws IOException {
    for (String sub : List.of("in", "out", "done", "error")) {
      Files.createDirectories(settings.folder().resolve(sub));
    }
  }

  // ---- helpers

  private static String base(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A reply file, through Netra's one CSV writer (formulas neutralised, quoted on , and ;). */
  static String csv(String[] header, List<String[]> rows) {
    return id.netra.integration.canonical.CsvWriter.table(
        List.of(header), rows.stream().map(java.util.Arrays::asList).toList());
  }
}
