package id.netra.integration.siasn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * A SIASN-compatible web service for tests, on the JDK's HTTP server: the gateway's
 * client-credentials token, the SSO password token, {@code pns/data-utama/{nip}}, {@code
 * pns/rw-hukdis/{nip}}, {@code hukdis/save} and {@code hukdis/id/{id}} under {@code
 * /apisiasn/1.0/}, with SIASN's field names. Both tokens are checked on every call and answer
 * "invalid or expired jwt" when they are unknown or expired.
 *
 * <p>Faults can be injected per path prefix, each for a number of calls: {@link Fault#HTTP_500},
 * {@link Fault#TIMEOUT} (answers only after {@link #slowness}), {@link Fault#EXPIRED_TOKEN}, {@link
 * Fault#MALFORMED} (an HTML error page with status 200), and {@link Fault#LOST_RESPONSE} (does the
 * work, then answers 504 as a gateway that lost the backend's answer would).
 */
public final class SiasnSimulator implements AutoCloseable {

  public static final String CLIENT_ID = "netra-gateway";
  public static final String CLIENT_SECRET = "gateway-secret";
  public static final String SSO_CLIENT = "netra-sso";
  public static final String USERNAME = "199001012015031001";
  public static final String PASSWORD = "sso-password";

  /** The instansi (SIASN's GUID-like id, synthetic) an employee is added at unless told. */
  public static final String INSTANSI_ID = "A5EB03E23CCCF6A0E040640A040252AD";

  public static final String INSTANSI_NAMA = "Pemerintah Kab. Demo";

  /** What a call can be made to suffer. */
  public enum Fault {
    HTTP_500,
    TIMEOUT,
    EXPIRED_TOKEN,
    MALFORMED,
    LOST_RESPONSE
  }

  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final String API = "/apisiasn/1.0/";

  private final HttpServer server;
  private final Map<String, Instant> gatewayTokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> ssoTokens = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> pns = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> hukdis = new LinkedHashMap<>();

  /** Documents uploaded with upload-dok-rw, by the history record's id. */
  private final Map<String, Map<String, Object>> dokumen = new ConcurrentHashMap<>();

  private final Deque<Injected> faults = new ConcurrentLinkedDeque<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile Duration tokenLifetime = Duration.ofHours(1);
  private volatile Duration slowness = Duration.ofSeconds(6);

  private record Injected(String pathPrefix, Fault fault, AtomicInteger left) {}

  public SiasnSimulator() throws IOException {
    this(0);
  }

  public SiasnSimulator(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/oauth2/token", this::gatewayToken);
    server.createContext("/auth/realms/public-siasn/protocol/openid-connect/token", this::ssoToken);
    server.createContext(API, this::api);
    server.start();
  }

  // ---- addresses

  public String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String baseUrl() {
    return root() + API;
  }

  public String gatewayTokenUrl() {
    return root() + "/oauth2/token";
  }

  public String ssoTokenUrl() {
    return root() + "/auth/realms/public-siasn/protocol/openid-connect/token";
  }

  // ---- set-up and inspection

  /** Adds or replaces an employee; {@code fields} are data-utama's (nama, golRuangAkhir, …). */
  public String addPns(String nip, Map<String, Object> fields) {
    Map<String, Object> data = new LinkedHashMap<>();
    String id = UUID.nameUUIDFromBytes(("pns:" + nip).getBytes(StandardCharsets.UTF_8)).toString();
    data.put("id", id);
    data.put("nipBaru", nip);
    data.put("nipLama", "");
    data.put("kedudukanPnsId", "01");
    data.put("kedudukanPnsNama", "Aktif");
    data.put("statusPegawai", "PNS");
    data.put("instansiKerjaId", INSTANSI_ID);
    data.put("instansiKerjaNama", INSTANSI_NAMA);
    data.putAll(fields);
    pns.put(nip, data);
    return id;
  }

  /** Changes some of an employee's data-utama fields, as a mutasi or a promotion in SIASN does. */
  public void update(String nip, Map<String, Object> fields) {
    Map<String, Object> data = pns.get(nip);
    if (data == null) {
      throw new IllegalArgumentException("no such PNS: " + nip);
    }
    data.putAll(fields);
  }

  public void tokenLifetime(Duration d) {
    tokenLifetime = d;
  }

  public void slowness(Duration d) {
    slowness = d;
  }

  /** The next {@code times} calls whose path starts with {@code pathPrefix} suffer the fault. */
  public void inject(String pathPrefix, Fault fault, int times) {
    faults.add(new Injected(pathPrefix, fault, new AtomicInteger(times)));
  }

  public void clearFaults() {
    faults.clear();
  }

  /** Every token issued so far becomes expired. */
  public void expireTokens() {
    Instant past = Instant.now().minusSeconds(1);
    gatewayTokens.replaceAll((k, v) -> past);
    ssoTokens.replaceAll((k, v) -> past);
  }

  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** The calls received, as "METHOD path", oldest first. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  public long calls(String prefix) {
    return calls.stream().filter(c -> c.startsWith(prefix)).count();
  }

  /**
   * How {@code pns/rw-hukdis} answers: as SIASN's readers receive it, the type an id ({@code
   * jenisHukuman}) or an object ({@code jenisHukuman: {id, nama}}); never the save body's names.
   */
  public enum Spelling {
    /** {@code jenisHukuman} the id, with {@code jenisHukumanNama}. */
    IDS,
    /** {@code jenisHukuman} and {@code alasanHukumanDisiplin} as objects holding id and name. */
    OBJECTS
  }

  private volatile Spelling spelling = Spelling.IDS;

  public void spelling(Spelling s) {
    this.spelling = s;
  }

  /** A stored record as {@code pns/rw-hukdis} answers it, in the current spelling. */
  Map<String, Object> asRead(Map<String, Object> h) {
    Map<String, Object> r = new LinkedHashMap<>();
    String type = (String) h.get("jenisHukumanId");
    String typeName = id.netra.integration.siasn.SiasnCodes.hukumanName(type);
    String reason = (String) h.get("alasanHukumanDisiplinId");
    r.put("id", h.get("id"));
    r.put("rwHukumanDisiplin", h.get("id"));
    r.put("pnsOrang", h.get("pnsOrangId"));
    if (spelling == Spelling.OBJECTS) {
      r.put("jenisHukuman", mapOf("id", type, "nama", typeName));
      r.put("alasanHukumanDisiplin", mapOf("id", reason, "nama", null));
    } else {
      r.put("jenisHukuman", type);
      r.put("jenisHukumanNama", typeName);
      r.put("alasanHukumanDisiplin", reason);
      r.put("alasanHukumanDisiplinNama", null);
    }
    r.put("jenisTingkatHukumanId", h.get("jenisTingkatHukumanId"));
    r.put("skNomor", h.get("skNomor"));
    r.put("skTanggal", h.get("skTanggal"));
    r.put("hukumanTanggal", h.get("hukumanTanggal"));
    r.put("masaTahun", h.get("masaTahun"));
    r.put("masaBulan", h.get("masaBulan"));
    r.put("akhirHukumTanggal", h.get("akhirHukumanTanggal"));
    r.put("nomorPp", h.get("nomorPp"));
    r.put("golongan", h.get("golonganId"));
    r.put("golonganLama", h.get("golonganLama"));
    r.put("kedudukanHukum", h.get("kedudukanHukumId"));
    r.put("skPembatalanNomor", h.get("skPembatalanNomor"));
    r.put("skPembatalanTanggal", h.get("skPembatalanTanggal"));
    r.put("keterangan", h.get("keterangan"));
    Map<String, Object> dok = dokumen.get(String.valueOf(h.get("id")));
    r.put("path", dok == null ? null : Map.of("882", describe(dok)));
    return r;
  }

  private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  /** The disciplinary records held for a NIP, as saved (the save body's names). */
  public synchronized List<Map<String, Object>> hukdisOf(String nip) {
    String orang = pns.containsKey(nip) ? (String) pns.get(nip).get("id") : null;
    return hukdis.values().stream()
        .filter(h -> h.get("pnsOrangId").equals(orang))
        .map(h -> (Map<String, Object>) new LinkedHashMap<>(h))
        .toList();
  }

  public synchronized int hukdisCount() {
    return hukdis.size();
  }

  /** Removes a record by hand, as an operator at BKN might. */
  public synchronized void deleteHukdis(String id) {
    hukdis.remove(id);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  // ---- tokens

  private void gatewayToken(HttpExchange x) throws IOException {
    calls.add(x.getRequestMethod() + " /oauth2/token");
    if (faulted(x, "/oauth2/token")) {
      return;
    }
    Map<String, String> form = form(x);
    String basic = x.getRequestHeaders().getFirst("Authorization");
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!"client_credentials".equals(form.get("grant_type")) || !expected.equals(basic)) {
      send(
          x,
          401,
          Map.of("error", "invalid_client", "error_description", "Client Authentication failed."));
      return;
    }
    send(x, 200, issue(gatewayTokens));
  }

  private void ssoToken(HttpExchange x) throws IOException {
    calls.add(x.getRequestMethod() + " /sso/token");
    if (faulted(x, "/sso/token")) {
      return;
    }
    Map<String, String> form = form(x);
    if (!"password".equals(form.get("grant_type"))
        || !SSO_CLIENT.equals(form.get("client_id"))
        || !USERNAME.equals(form.get("username"))
        || !PASSWORD.equals(form.get("password"))) {
      send(
          x,
          401,
          Map.of("error", "invalid_grant", "error_description", "Invalid user credentials"));
      return;
    }
    send(x, 200, issue(ssoTokens));
  }

  private Map<String, Object> issue(Map<String, Instant> store) {
    String token = UUID.randomUUID().toString();
    store.put(token, Instant.now().plus(tokenLifetime));
    tokensIssued.incrementAndGet();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", token);
    out.put("token_type", "Bearer");
    out.put("expires_in", tokenLifetime.toSeconds());
    return out;
  }

  private static boolean valid(Map<String, Instant> store, String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    Instant until = store.get(header.substring(7).trim());
    return until != null && until.isAfter(Instant.now());
  }

  // ---- the API

  private void api(HttpExchange x) throws IOException {
    try {
      route(x);
    } catch (RuntimeException e) {
      send(x, 500, Map.of("code", 500, "message", "simulator failure: " + e));
      throw e;
    }
  }

  private void route(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath().substring(API.length());
    calls.add(x.getRequestMethod() + " " + path);
    if (faulted(x, path)) {
      return;
    }
    if (!valid(gatewayTokens, x.getRequestHeaders().getFirst("Authorization"))
        || !valid(ssoTokens, x.getRequestHeaders().getFirst("Auth"))) {
      send(x, 401, Map.of("code", 401, "message", "invalid or expired jwt"));
      return;
    }
    String[] parts = path.split("/");
    if (x.getRequestMethod().equals("GET")
        && path.startsWith("pns/data-utama/")
        && parts.length == 3) {
      Map<String, Object> data = pns.get(parts[2]);
      if (data == null) {
        send(x, 200, envelope(0, "Data tidak ditemukan", null));
      } else {
        send(x, 200, envelope(1, "success", data));
      }
    } else if (x.getRequestMethod().equals("GET")
        && path.startsWith("pns/rw-hukdis/")
        && parts.length == 3) {
      send(x, 200, envelope(1, "success", hukdisOf(parts[2]).stream().map(this::asRead).toList()));
    } else if (x.getRequestMethod().equals("GET")
        && path.startsWith("hukdis/id/")
        && parts.length == 3) {
      Map<String, Object> h;
      synchronized (this) {
        h = hukdis.get(parts[2]);
      }
      send(
          x,
          200,
          h == null
              ? envelope(0, "Data tidak ditemukan", null)
              : envelope(1, "success", asRead(h)));
    } else if (x.getRequestMethod().equals("POST") && path.equals("hukdis/save")) {
      save(x);
    } else if (x.getRequestMethod().equals("POST") && path.equals("upload-dok-rw")) {
      uploadDokRw(x);
    } else {
      send(x, 404, Map.of("code", 404, "message", "Resource not found"));
    }
  }

  private void save(HttpExchange x) throws IOException {
    JsonObject body;
    try {
      Object parsed =
          Jsoner.deserialize(new String(readAll(x.getRequestBody()), StandardCharsets.UTF_8));
      if (!(parsed instanceof JsonObject o)) {
        throw new IllegalArgumentException("not an object");
      }
      body = o;
    } catch (Exception e) {
      send(x, 400, Map.of("success", false, "message", "Format JSON tidak valid"));
      return;
    }
    List<String> problems = new ArrayList<>();
    String orang = body.getString("pnsOrangId");
    if (orang == null || pns.values().stream().noneMatch(p -> orang.equals(p.get("id")))) {
      problems.add("pnsOrangId tidak ditemukan");
    }
    for (String f : List.of("jenisHukumanId", "skNomor", "jenisTingkatHukumanId")) {
      if (body.getString(f) == null || body.getString(f).isBlank()) {
        problems.add(f + " wajib diisi");
      }
    }
    for (String f :
        List.of("skTanggal", "hukumanTanggal", "akhirHukumanTanggal", "skPembatalanTanggal")) {
      String v = body.getString(f);
      boolean required = f.equals("skTanggal") || f.equals("hukumanTanggal");
      if (v == null || v.isBlank()) {
        if (required) {
          problems.add(f + " wajib diisi");
        }
        continue;
      }
      try {
        LocalDate.parse(v, DMY);
      } catch (DateTimeParseException e) {
        problems.add(f + " harus dd-mm-yyyy");
      }
    }
    String type = body.getString("jenisHukumanId");
    if (type != null
        && !type.isBlank()
        && !id.netra.integration.siasn.SiasnCodes.knownHukuman(type)) {
      problems.add("jenisHukumanId " + type + " tidak dikenal");
    }
    for (String f : List.of("golonganId", "golonganLama")) {
      String g = body.getString(f);
      if (g != null && !id.netra.integration.siasn.SiasnCodes.knownGolongan(g)) {
        problems.add(f + " harus id golongan SIASN (mis. 33), bukan " + g);
      }
    }
    if (!Set.of("R", "S", "B").contains(String.valueOf(body.getString("jenisTingkatHukumanId")))) {
      problems.add("jenisTingkatHukumanId harus R, S atau B");
    }
    if (!problems.isEmpty()) {
      send(x, 400, Map.of("success", false, "message", String.join("; ", problems)));
      return;
    }
    String id = body.getString("id");
    Map<String, Object> record = new LinkedHashMap<>(body);
    synchronized (this) {
      if (id == null || id.isBlank()) {
        id = UUID.randomUUID().toString();
      } else if (!hukdis.containsKey(id)) {
        send(x, 400, Map.of("success", false, "message", "id riwayat hukdis tidak ditemukan"));
        return;
      }
      record.put("id", id);
      hukdis.put(id, record);
    }
    if (lostResponse(path(x))) {
      send(x, 504, Map.of("message", "Gateway Timeout"));
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", true);
    out.put("message", "success");
    out.put("mapData", Map.of("rwHukdisId", id));
    send(x, 200, out);
  }

  /**
   * {@code upload-dok-rw}: multipart form data with {@code file}, {@code id_riwayat} and {@code
   * id_ref_dokumen}, as SIASN's public clients send it; a history record's document is replaced by
   * a later upload. Answers {@code {success, message, data: {dok_id, dok_nama, dok_uri, object,
   * slug}}}.
   */
  private void uploadDokRw(HttpExchange x) throws IOException {
    Map<String, Part> parts;
    try {
      parts = multipart(x);
    } catch (IllegalArgumentException e) {
      send(x, 400, Map.of("success", false, "message", "Format multipart tidak valid"));
      return;
    }
    List<String> problems = new ArrayList<>();
    Part file = parts.get("file");
    String riwayat = parts.containsKey("id_riwayat") ? parts.get("id_riwayat").text() : null;
    String ref = parts.containsKey("id_ref_dokumen") ? parts.get("id_ref_dokumen").text() : null;
    synchronized (this) {
      if (riwayat == null || !hukdis.containsKey(riwayat)) {
        problems.add("id_riwayat tidak ditemukan");
      }
    }
    if (!"882".equals(ref)) {
      problems.add("id_ref_dokumen " + ref + " bukan dokumen hukuman disiplin (882)");
    }
    if (file == null || file.fileName() == null || file.content().length == 0) {
      problems.add("file wajib diisi");
    } else if (!new String(
            file.content(), 0, Math.min(5, file.content().length), StandardCharsets.ISO_8859_1)
        .equals("%PDF-")) {
      problems.add("file harus PDF");
    }
    if (!problems.isEmpty()) {
      send(x, 400, Map.of("success", false, "message", String.join("; ", problems)));
      return;
    }
    Map<String, Object> dok = new LinkedHashMap<>();
    String object = "peremajaan/usulan/" + UUID.randomUUID() + ".pdf";
    dok.put("dok_id", "882");
    dok.put("dok_nama", "Dokumen SK Hukuman Disiplin");
    dok.put("dok_uri", object);
    dok.put("object", object);
    dok.put("slug", "882");
    dok.put("fileName", file.fileName());
    dok.put("content", file.content());
    dokumen.put(riwayat, dok);
    if (lostResponse(path(x))) {
      send(x, 504, Map.of("message", "Gateway Timeout"));
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", true);
    out.put("message", "Berhasil Upload Dokumen");
    out.put("data", describe(dok));
    send(x, 200, out);
  }

  private static Map<String, Object> describe(Map<String, Object> dok) {
    Map<String, Object> d = new LinkedHashMap<>(dok);
    d.remove("content");
    d.remove("fileName");
    return d;
  }

  /** The document uploaded for a history record: its file name and bytes, or null. */
  public DokumenFile documentOf(String riwayatId) {
    Map<String, Object> d = dokumen.get(riwayatId);
    return d == null
        ? null
        : new DokumenFile((String) d.get("fileName"), (byte[]) d.get("content"));
  }

  /** A file SIASN keeps for a history record. */
  public record DokumenFile(String fileName, byte[] content) {}

  private record Part(String fileName, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8).strip();
    }
  }

  /** Reads multipart/form-data (RFC 7578) parts by name; enough for SIASN's upload forms. */
  private static Map<String, Part> multipart(HttpExchange x) throws IOException {
    String type = String.valueOf(x.getRequestHeaders().getFirst("Content-Type"));
    int b = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || b < 0) {
      throw new IllegalArgumentException("not multipart");
    }
    String boundary = "--" + type.substring(b + 9).replace("\"", "").split(";")[0].strip();
    String body = new String(readAll(x.getRequestBody()), StandardCharsets.ISO_8859_1);
    Map<String, Part> out = new HashMap<>();
    for (String chunk : body.split(java.util.regex.Pattern.quote(boundary))) {
      int headersEnd = chunk.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = chunk.substring(0, headersEnd);
      String content = chunk.substring(headersEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      var name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
      var file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
      if (name.find()) {
        out.put(
            name.group(1).strip(),
            new Part(
                file.find() ? file.group(1) : null, content.getBytes(StandardCharsets.ISO_8859_1)));
      }
    }
    return out;
  }

  // ---- faults

  private static String path(HttpExchange x) {
    String p = x.getRequestURI().getPath();
    return p.startsWith(API) ? p.substring(API.length()) : p;
  }

  private Injected take(String path, Set<Fault> kinds) {
    for (Injected f : faults) {
      if (path.startsWith(f.pathPrefix()) && kinds.contains(f.fault())) {
        if (f.left().getAndDecrement() > 0) {
          return f;
        }
        faults.remove(f);
      }
    }
    return null;
  }

  /** Applies a fault that replaces the call's work; true if the call was answered. */
  private boolean faulted(HttpExchange x, String path) throws IOException {
    Injected f =
        take(path, Set.of(Fault.HTTP_500, Fault.TIMEOUT, Fault.EXPIRED_TOKEN, Fault.MALFORMED));
    if (f == null) {
      return false;
    }
    readAll(x.getRequestBody()); // as a server does before it answers
    switch (f.fault()) {
      case HTTP_500 -> send(x, 500, Map.of("code", 500, "message", "Internal Server Error"));
      case EXPIRED_TOKEN -> send(x, 401, Map.of("code", 401, "message", "invalid or expired jwt"));
      case MALFORMED -> {
        byte[] html =
            "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, html.length);
        try (OutputStream out = x.getResponseBody()) {
          out.write(html);
        }
      }
      case TIMEOUT -> {
        try {
          Thread.sleep(slowness.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(x, 504, Map.of("message", "Gateway Timeout"));
      }
      default -> throw new IllegalStateException();
    }
    return true;
  }

  private boolean lostResponse(String path) {
    return take(path, Set.of(Fault.LOST_RESPONSE)) != null;
  }

  // ---- plumbing

  private static Map<String, Object> envelope(int code, String message, Object data) {
    Map<String, Object> out = new HashMap<>();
    out.put("code", code);
    out.put("message", message);
    out.put("data", data);
    return out;
  }

  private static Map<String, String> form(HttpExchange x) throws IOException {
    Map<String, String> out = new HashMap<>();
    String body = new String(readAll(x.getRequestBody()), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static void send(HttpExchange x, int status, Map<String, ?> body) throws IOException {
    byte[] bytes = Jsoner.serialize(body).getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    try {
      x.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client gave up (a timeout test): nothing to answer to.
    }
  }

  /** Runs the simulator alone: {@code java … SiasnSimulator [port]}. */
  public static void main(String[] args) throws Exception {
    SiasnSimulator s = new SiasnSimulator(args.length > 0 ? Integer.parseInt(args[0]) : 9099);
    System.out.println("SIASN simulator at " + s.baseUrl());
    Thread.currentThread().join();
  }
}
