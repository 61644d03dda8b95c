// The benchmark driver of bench/run.sh: loads synthetic data, paces requests, walks the audit
// chain the plain way (the baseline), and reads figures back. JDK only, run as a single-file
// program (java -cp <jdbc driver> Bench.java <command> …); every command prints one JSON object.
//
//   employees <base> <apiKey> <count> <nipFile>     load <count> synthetic DEMO employees (NIP rules)
//   paced <url> <apiKey> <nipFile> <rate> <seconds> <dryRun>  open-loop gate requests, latencies
//   audit-load <jdbcUrl> <user> <password> <count> [<base>]  insert <count> audit records,
//                                                   pending; with <base>, wait until all are sealed
//   audit-scan <jdbcUrl> <user> <password>          read and hash every chained entry (baseline)
//   verify <base> <user:password>                   a full walk in the background, followed
//   heap <base>                                     the heap in use (after a GC run by run.sh)
//   sql <jdbcUrl> <user> <password> <statement>     run one statement (the baseline's table)
//   report <figures> <out.md> <out.json> <about>    the results file from the figures run.sh kept
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: Payara's answers to it stall
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "employees" -> employees(a[1], a[2], Integer.parseInt(a[3]), Path.of(a[4]));
      case "paced" ->
          paced(a[1], a[2], Path.of(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]),
              Boolean.parseBoolean(a[6]));
      case "audit-load" -> auditLoad(a[1], a[2], a[3], Long.parseLong(a[4]), a.length > 5 ? a[5] : null);
      case "audit-scan" -> auditScan(a[1], a[2], a[3]);
      case "verify" -> verify(a[1], a[2]);
      case "sql" -> sql(a[1], a[2], a[3], a[4]);
      case "report" -> Report.write(Path.of(a[1]), Path.of(a[2]), Path.of(a[3]), a[4]);
      case "heap" ->
          System.out.println("{\"heapBytes\":" + (long) metric(a[1], "memory_usedHeap_bytes") + "}");
      default -> throw new IllegalArgumentException("unknown command " + a[0]);
    }
  }

  // ---- synthetic employees: NIP = birth date + first appointment yyyymm + gender + sequence

  static void employees(String base, String key, int count, Path nipFile) throws Exception {
    Random r = new Random(20291127L);
    Set<String> nips = new HashSet<>();
    List<String> batch = new ArrayList<>();
    long created = 0;
    long failed = 0;
    Instant t0 = Instant.now();
    while (nips.size() < count) {
      LocalDate birth = LocalDate.of(1965 + r.nextInt(33), 1 + r.nextInt(12), 1 + r.nextInt(28));
      int year = Math.max(birth.getYear() + 19, 1985) + r.nextInt(20);
      String nip =
          String.format(
              "%04d%02d%02d%04d%02d%d%03d",
              birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
              Math.min(year, 2024), 1 + r.nextInt(12), 1 + r.nextInt(2), 1 + r.nextInt(999));
      if (!nips.add(nip)) {
        continue;
      }
      batch.add(
          String.format(
              "{\"nip\":\"%s\",\"type\":\"PNS\",\"name\":\"Pegawai Uji %d\",\"unitCode\":\"BENCH-%02d\","
                  + "\"unitName\":\"Unit Uji %d\",\"golongan\":\"III/a\","
                  + "\"positionType\":\"JABATAN_FUNGSIONAL\",\"status\":\"ACTIVE\"}",
              nip, nips.size(), nips.size() % 40, nips.size() % 40));
      if (batch.size() == 1000 || nips.size() == count) {
        String report = post(base + "/netra/api/v1/employees", key, "[" + String.join(",", batch) + "]");
        created += number(report, "created") + number(report, "unchanged") + number(report, "updated");
        failed += number(report, "failed");
        batch.clear();
      }
    }
    Files.write(nipFile, nips);
    double s = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    System.out.printf(
        "{\"employees\":%d,\"failed\":%d,\"seconds\":%.1f,\"rowsPerSecond\":%.0f}%n",
        created, failed, s, created / s);
  }

  // ---- open loop: requests sent on a fixed schedule, latency counted from the scheduled time

  /**
   * Request i is due at t0 + i/rate; 64 workers (each with its kept-alive connection) take the
   * next due request, wait for its time and send it. A server slower than the rate makes requests
   * start late, and the lateness counts in their latency (no coordinated omission).
   */
  static void paced(String url, String key, Path nipFile, int rate, int seconds, boolean dry)
      throws Exception {
    List<String> nips = Files.readAllLines(nipFile);
    LocalDate start = LocalDate.now().plusDays(10);
    String run = Long.toString(System.nanoTime(), 36);
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime() + 100_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 64; w++) {
      Thread t =
          new Thread(
              () -> {
                Random r = new Random();
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long due = t0 + (long) (i * 1e9 / rate);
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                  }
                  String body =
                      String.format(
                          "{\"requestRef\":\"PACED-%s-%d\",\"kind\":\"ELECTION_DUTY\","
                              + "\"dutyBody\":\"KPPS\",\"nip\":\"%s\",\"startDate\":\"%s\","
                              + "\"endDate\":\"%s\",\"dryRun\":%s}",
                          run, i, nips.get(r.nextInt(nips.size())), start, start.plusDays(2), dry);
                  try {
                    int status =
                        HTTP.send(
                                HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .header("X-API-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                                HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status >= 300) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  latencies[(int) i] = System.nanoTime() - due;
                }
              });
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    double took = (System.nanoTime() - t0) / 1e9;
    long[] l = latencies.clone();
    Arrays.sort(l);
    System.out.printf(
        "{\"sent\":%d,\"errors\":%d,\"achievedPerSecond\":%.0f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.2f}%n",
        total, errors.get(), total / took, pct(l, 50), pct(l, 99), l[l.length - 1] / 1e6);
  }

  static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  // ---- the audit chain

  /** Pending records with ids above everything the sequence gave, then the sequence past them. */
  static void auditLoad(String url, String user, String pw, long count, String base)
      throws Exception {
    double sealed0 = base == null ? 0 : metric(base, "netra_audit_sealed_total");
    Instant begin = Instant.now();
    try (Connection c = DriverManager.getConnection(url, user, pw)) {
      c.setAutoCommit(false);
      long first;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_pending")) {
        rs.next();
        first = Math.max(rs.getLong(1), 0) + 1_000_000_000L;
      }
      Instant t0 = Instant.now();
      String json = "{\"nip\":\"196608011988031001\",\"outcome\":\"BLOCK\",\"reasons\":[\"PACT_NOT_SIGNED\"]}";
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO audit_pending (id, occurred_at, actor, agency_code, action, entity_type,"
                  + " entity_id, before_state, after_state) VALUES (?,?,?,?,?,?,?,?,?)")) {
        for (long i = 0; i < count; i++) {
          p.setLong(1, first + i);
          p.setTimestamp(2, Timestamp.from(Instant.now()));
          p.setString(3, "bench");
          p.setString(4, "DEMO");
          p.setString(5, "BENCH_RECORD");
          p.setString(6, "bench");
          p.setString(7, Long.toString(i));
          p.setString(8, null);
          p.setString(9, json);
          p.addBatch();
          if ((i + 1) % 5_000 == 0) {
            p.executeBatch();
            c.commit();
          }
        }
        p.executeBatch();
        c.commit();
      }
      try (Statement s = c.createStatement()) {
        s.execute("ALTER SEQUENCE audit_pending_seq RESTART WITH " + (first + count));
      }
      c.commit();
      double took = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
      if (base == null) {
        System.out.printf("{\"loaded\":%d,\"seconds\":%.1f}%n", count, took);
        return;
      }
      // Sealing ran while the rows went in: the rate counts from the first row to the last seal.
      while (metric(base, "netra_audit_pending") > 0) {
        Thread.sleep(200);
      }
      double all = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
      double sealed = metric(base, "netra_audit_sealed_total") - sealed0;
      System.out.printf(
          "{\"loaded\":%d,\"loadSeconds\":%.1f,\"sealed\":%.0f,\"seconds\":%.1f,\"sealedPerSecond\":%.0f}%n",
          count, took, sealed, all, sealed / all);
    }
  }

  /** The baseline of a walk: read every entry by seq in pages and hash it, nothing else. */
  static void auditScan(String url, String user, String pw) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    long n = 0;
    long next = 1;
    Instant t0 = Instant.now();
    try (Connection c = DriverManager.getConnection(url, user, pw);
        PreparedStatement p =
            c.prepareStatement(
                "SELECT seq, occurred_at, actor, agency_code, action, entity_type, entity_id,"
                    + " before_state, after_state, prev_hash, hash FROM audit_entry"
                    + " WHERE seq >= ? AND seq < ? ORDER BY seq")) {
      while (true) {
        p.setLong(1, next);
        p.setLong(2, next + 1000);
        int page = 0;
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 11; i++) {
              b.append(rs.getString(i)).append('\u001f');
            }
            sha.digest(b.toString().getBytes(StandardCharsets.UTF_8));
            page++;
          }
        }
        n += page;
        next += 1000;
        if (page == 0) {
          break;
        }
      }
    }
    double took = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    System.out.printf(
        "{\"entries\":%d,\"seconds\":%.1f,\"entriesPerSecond\":%.0f}%n", n, took, n / took);
  }

  static void verify(String base, String credentials) throws Exception {
    // One login, then the bearer token (the console's accounts take no Basic outside /auth/token).
    String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    HttpRequest login =
        HttpRequest.newBuilder(URI.create(base + "/netra/api/v1/auth/token"))
            .header("Authorization", basic)
            .header("Accept", "text/plain")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    String auth = "Bearer " + HTTP.send(login, HttpResponse.BodyHandlers.ofString()).body().trim();
    String v = send("POST", base + "/netra/api/v1/audit/verifications", auth, "{\"from\":\"GENESIS\"}");
    long id = number(v, "id");
    Instant t0 = Instant.now();
    while (v.contains("\"status\":\"RUNNING\"")) {
      Thread.sleep(500);
      v = send("GET", base + "/netra/api/v1/audit/verifications/" + id, auth, null);
    }
    double took = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    long checked = number(v, "entriesChecked");
    System.out.printf(
        "{\"status\":\"%s\",\"entries\":%d,\"seconds\":%.1f,\"entriesPerSecond\":%.0f}%n",
        text(v, "status"), checked, took, checked / took);
  }

  static void sql(String url, String user, String pw, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, pw);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
    System.out.println("{\"ok\":true}");
  }

  // ---- HTTP and JSON, the small way

  static String post(String url, String key, String json) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .header("X-API-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body();
  }

  static String send(String method, String url, String auth, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Authorization", auth);
    b = json == null
        ? b.GET()
        : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + url + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static double metric(String base, String name) throws Exception {
    String body =
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(body);
    return m.find() ? Double.parseDouble(m.group(2)) : 0;
  }

  static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  static String text(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : "";
  }
}

/**
 * The results file: each figure beside the baseline measured in the same run, their ratio, and
 * the target where it names one. Figures come as lines "<db> <name> <json>".
 */
class Report {

  /** A comparison: figure / baseline against a target ratio (or an absolute target). */
  record Row(String what, String figure, String field, String baseline, String baseField,
      double targetRatio, double targetAbsolute, boolean lowerIsBetter, String unit) {}

  static final List<Row> ROWS =
      List.of(
          new Row("stored decisions/s, 16 connections, vs trivial POST", "stored-16", "perSecond",
              "trivial-16", "perSecond", 0.25, 0, false, "/s"),
          new Row("stored decisions/s, 16 connections, vs one-row JPA POST", "stored-16", "perSecond",
              "onerow-16", "perSecond", 0.50, 0, false, "/s"),
          new Row("stored decisions/s, 64 connections, vs trivial POST", "stored-64", "perSecond",
              "trivial-64", "perSecond", 0.25, 0, false, "/s"),
          new Row("stored decisions/s, 64 connections, vs one-row JPA POST", "stored-64", "perSecond",
              "onerow-64", "perSecond", 0.50, 0, false, "/s"),
          new Row("dryRun decisions/s, 16 connections, vs trivial POST", "dry-16", "perSecond",
              "trivial-16", "perSecond", 0.50, 0, false, "/s"),
          new Row("dryRun decisions/s, 64 connections, vs trivial POST", "dry-64", "perSecond",
              "trivial-64", "perSecond", 0.50, 0, false, "/s"),
          new Row("stored decision p99 at a paced 1,000/s", "paced-stored", "p99Ms",
              "paced-trivial", "p99Ms", 0, 10, true, "ms"),
          new Row("dryRun decision p99 at a paced 1,000/s", "paced-dry", "p99Ms",
              "paced-trivial", "p99Ms", 0, 10, true, "ms"),
          new Row("audit verification entries/s vs a plain JDBC read-and-hash", "verify", "entriesPerSecond",
              "scan", "entriesPerSecond", 0, 200_000, false, "/s"),
          new Row("audit records sealed/s vs stored decisions/s (16)", "sealed", "sealedPerSecond",
              "stored-16", "perSecond", 1.0, 0, false, "/s"),
          new Row("employees imported/s (POST /employees, created)", "employees", "rowsPerSecond",
              null, null, 0, 20_000, false, "/s"));

  static void write(Path figures, Path md, Path json, String about) throws Exception {
    List<String[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(figures)) {
      String[] p = l.split(" ", 3);
      if (p.length == 3) {
        lines.add(p);
      }
    }
    StringBuilder out = new StringBuilder();
    StringBuilder js = new StringBuilder("{\"about\":" + quote(about) + ",\"figures\":[");
    out.append("# Netra benchmark\n\n").append(about).append("\n\n");
    Set<String> dbs = new java.util.LinkedHashSet<>();
    lines.forEach(p -> dbs.add(p[0]));
    boolean first = true;
    for (String[] p : lines) {
      js.append(first ? "" : ",").append("{\"db\":").append(quote(p[0])).append(",\"name\":")
          .append(quote(p[1])).append(",\"result\":").append(p[2]).append('}');
      first = false;
    }
    js.append("],\"comparisons\":[");
    first = true;
    for (String db : dbs) {
      out.append("## ").append(db).append("\n\n")
          .append("| what | figure | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n");
      for (Row r : ROWS) {
        Double f = value(lines, db, r.figure(), r.field());
        Double b = r.baseline() == null ? null : value(lines, db, r.baseline(), r.baseField());
        if (f == null) {
          out.append("| ").append(r.what()).append(" | not measured | | | | |\n");
          continue;
        }
        Double ratio = b == null || b == 0 ? null : f / b;
        String target;
        boolean met;
        if (r.targetAbsolute() > 0) {
          target = (r.lowerIsBetter() ? "≤ " : "≥ ") + fmt(r.targetAbsolute()) + " " + r.unit();
          met = r.lowerIsBetter() ? f <= r.targetAbsolute() : f >= r.targetAbsolute();
        } else {
          target = "≥ " + Math.round(r.targetRatio() * 100) + "% of the baseline";
          met = ratio != null && ratio >= r.targetRatio();
        }
        out.append("| ").append(r.what()).append(" | ").append(fmt(f)).append(' ').append(r.unit())
            .append(" | ").append(b == null ? "—" : fmt(b) + " " + r.unit())
            .append(" | ").append(ratio == null ? "—" : String.format("%.0f%%", ratio * 100))
            .append(" | ").append(target).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
        js.append(first ? "" : ",").append(String.format(
            "{\"db\":%s,\"what\":%s,\"figure\":%s,\"baseline\":%s,\"ratio\":%s,\"met\":%s}",
            quote(db), quote(r.what()), f, b, ratio, met));
        first = false;
      }
      out.append("\nHeap in use after each scenario (after a full GC):\n\n");
      for (String[] p : lines) {
        if (p[0].equals(db) && p[1].startsWith("heap-")) {
          Double bytes = value(lines, db, p[1], "heapBytes");
          out.append("- ").append(p[1].substring(5)).append(": ")
              .append(bytes == null ? "not read" : fmt(bytes / 1048576.0) + " MiB").append('\n');
        }
      }
      out.append("\nEvery figure as measured:\n\n");
      for (String[] p : lines) {
        if (p[0].equals(db)) {
          out.append("- `").append(p[1]).append("`: `").append(p[2]).append("`\n");
        }
      }
      out.append('\n');
    }
    js.append("]}");
    Files.writeString(md, out.toString());
    Files.writeString(json, js.toString());
    System.out.println("{\"written\":" + quote(md.toString()) + "}");
  }

  static Double value(List<String[]> lines, String db, String name, String field) {
    for (String[] p : lines) {
      if (p[0].equals(db) && p[1].equals(name)) {
        Matcher m = Pattern.compile("\"" + field + "\":([0-9.E+-]+)").matcher(p[2]);
        if (m.find()) {
          return Double.parseDouble(m.group(1));
        }
      }
    }
    return null;
  }

  static String fmt(double v) {
    return v >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
