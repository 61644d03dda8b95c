package id.netra.integration.connector;

import id.netra.integration.canonical.HeldSanction;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.connector.SiasnRestSettings.Personnel;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import id.netra.integration.siasn.HukdisRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The work of one {@code siasn-rest} instance, called by its routes: keeps the two tokens, shapes
 * each call and reads SIASN's answers, refreshes employees from {@code pns/data-utama} and writes
 * sanctions with {@code hukdis/save}, looking in {@code pns/rw-hukdis} first so that a sanction
 * whose answer was lost is never written twice.
 */
public final class SiasnRestHandler {

  /** Headers a caller of {@code direct:<id>.call} sets. */
  static final String METHOD = "SiasnMethod";

  static final String PATH = "SiasnPath";

  private static final String REQUEST = "siasn.request";
  private static final String NIP = "siasn.nip";
  private static final String HELD_NIP = "siasn.heldNip";

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final ConnectorConfig config;
  private final SiasnRestSettings settings;
  private final ConnectorRef ref;
  private final NetraPorts ports;
  private final ConnectorStats stats;
  private final Semaphore personnelLock = new Semaphore(1);
  private ProducerTemplate producer;

  private String gatewayToken;
  private Instant gatewayUntil = Instant.EPOCH;
  private String ssoToken;
  private Instant ssoUntil = Instant.EPOCH;

  SiasnRestHandler(ConnectorConfig config, NetraPorts ports, ConnectorStats stats) {
    this.config = config;
    this.settings = config.settings(SiasnRestSettings.class);
    this.ref = new ConnectorRef(config.id(), config.agency());
    this.ports = ports;
    this.stats = stats;
  }

  void producer(ProducerTemplate producer) {
    this.producer = producer;
  }

  /** The HTTP client's timeouts, from the instance's file. */
  HttpClientConfigurer httpConfigurer() {
    return HttpSettings.timeouts(settings.connectTimeout(), settings.readTimeout());
  }

  // ---- tokens

  /** Fetches both tokens again when one is missing or ends within {@code refreshBefore}. */
  synchronized void ensureTokens() {
    Instant soon = ports.clock().instant().plus(settings.refreshBefore());
    if (gatewayToken == null
        || ssoToken == null
        || gatewayUntil.isBefore(soon)
        || ssoUntil.isBefore(soon)) {
      renewTokens();
    }
  }

  synchronized void renewTokens() {
    gatewayToken = null;
    ssoToken = null;
    Exchange answer = producer.request("direct:" + config.id() + ".tokens", e -> {});
    if (answer.getException() != null) {
      throw new SiasnException(
          "SIASN tokens could not be obtained: " + Runs.describe(answer.getException()), null);
    }
  }

  public String gatewayForm(Exchange exchange) {
    SiasnRestSettings.Token t = settings.gateway();
    exchange.getMessage().removeHeaders("*");
    exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
    exchange
        .getMessage()
        .setHeader(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (t.clientId() + ":" + t.clientSecret()).getBytes(StandardCharsets.UTF_8)));
    return "grant_type=client_credentials";
  }

  public void gatewayAnswer(Exchange exchange) {
    JsonObject token = json(exchange, "gateway token");
    synchronized (this) {
      gatewayToken = required(token, "access_token", "gateway token");
      gatewayUntil = ports.clock().instant().plusSeconds(expiresIn(token));
    }
  }

  public String ssoForm(Exchange exchange) {
    SiasnRestSettings.Token t = settings.sso();
    exchange.getMessage().removeHeaders("*");
    exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
    return "grant_type=password&client_id="
        + encode(t.clientId())
        + "&username="
        + encode(t.username())
        + "&password="
        + encode(t.password());
  }

  public void ssoAnswer(Exchange exchange) {
    JsonObject token = json(exchange, "SSO token");
    synchronized (this) {
      ssoToken = required(token, "access_token", "SSO token");
      ssoUntil = ports.clock().instant().plusSeconds(expiresIn(token));
    }
  }

  private static long expiresIn(JsonObject token) {
    Object v = token.get("expires_in");
    try {
      return v == null ? 300 : Long.parseLong(v.toString());
    } catch (NumberFormatException e) {
      return 300;
    }
  }

  // ---- one call

  /** Shapes a call: only the two tokens, the method, the path and the body leave Netra. */
  public void prepareCall(Exchange exchange) {
    String method = exchange.getMessage().getHeader(METHOD, "GET", String.class);
    String path = exchange.getMessage().getHeader(PATH, String.class);
    Object body = exchange.getMessage().getBody();
    exchange.setProperty(REQUEST, new Object[] {method, path, body});
    ensureTokens();
    authorize(exchange, method, path, body);
  }

  /** After "invalid or expired jwt": new tokens, and the same call once more. */
  public void renewAndRepeat(Exchange exchange) {
    renewTokens();
    Object[] request = exchange.getProperty(REQUEST, Object[].class);
    exchange.setException(null);
    authorize(exchange, (String) request[0], (String) request[1], request[2]);
  }

  private synchronized void authorize(Exchange exchange, String method, String path, Object body) {
    var m = exchange.getMessage();
    m.removeHeaders("*");
    m.setHeader("Authorization", "Bearer " + gatewayToken);
    m.setHeader("Auth", "bearer " + ssoToken);
    m.setHeader("Accept", "application/json");
    m.setHeader(Exchange.HTTP_METHOD, method);
    m.setHeader(Exchange.HTTP_PATH, path);
    if (body instanceof HttpEntity multipart) {
      m.setHeader(Exchange.CONTENT_TYPE, multipart.getContentType());
    } else if (body != null) {
      m.setHeader(Exchange.CONTENT_TYPE, "application/json");
    }
    m.setBody(body);
  }

  /** True for SIASN's answer to a token it no longer accepts. */
  static boolean expiredJwt(Exchange exchange) {
    Exception e =
        exchange.getException() != null
            ? exchange.getException()
            : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    return e instanceof HttpOperationFailedException h
        && (h.getStatusCode() == 401 || h.getStatusCode() == 403)
        && h.getResponseBody() != null
        && h.getResponseBody().toLowerCase(Locale.ROOT).contains("invalid or expired jwt");
  }

  /** Reads the answer as JSON; anything else (an HTML error page, say) fails the call. */
  public JsonObject answer(Exchange exchange) {
    Object[] request = exchange.getProperty(REQUEST, Object[].class);
    return json(exchange, request[0] + " " + request[1]);
  }

  // ---- personnel

  public List<String> startPersonnel(Exchange exchange) {
    RunKind kind = exchange.getMessage().getHeader(Runs.KIND, RunKind.PERSONNEL, RunKind.class);
    boolean dryRun = exchange.getMessage().getHeader(Runs.DRY_RUN, false, Boolean.class);
    @SuppressWarnings("unchecked")
    List<String> only = exchange.getMessage().getHeader(Runs.NIPS, List.class);
    if (!personnelLock.tryAcquire()) {
      throw new ConnectorBusyException(config.id(), kind);
    }
    SyncRun run = new SyncRun(ref, kind, dryRun, null, personnelLock, ports.clock());
    exchange.setProperty(SyncRun.PROPERTY, new Runs.Active(run, ports.syncLog(), null, stats));
    ensureTokens();
    return only != null && !only.isEmpty() ? only : ports.personnel().activeNips(ref);
  }

  public void dataUtama(Exchange exchange) {
    String nip = exchange.getMessage().getBody(String.class).replaceAll("[\\s.]", "");
    exchange.setProperty(NIP, nip);
    exchange.getMessage().setHeader(METHOD, "GET");
    exchange.getMessage().setHeader(PATH, "pns/data-utama/" + nip);
    exchange.getMessage().setBody(null);
  }

  public void personnelAnswer(Exchange exchange) {
    SyncRun run = Runs.active(exchange).run();
    run.nextRow();
    String nip = exchange.getProperty(NIP, String.class);
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    Object data = answer.get("data");
    if (!(data instanceof Map<?, ?> map)) {
      run.add(
          RecordResult.failed(
              nip,
              List.of(
                  Reason.of(
                      "nip",
                      "NOT_IN_SIASN",
                      "NIP tidak ditemukan di SIASN: " + answer.get("message"),
                      "The NIP is not found in SIASN: " + answer.get("message")))));
      return;
    }
    Personnel p = settings.personnelOrDefault();
    Optional<RecordResult> unmapped = SiasnDataUtama.unmapped(nip, map, p);
    if (unmapped.isPresent()) {
      run.add(unmapped.get());
      return;
    }
    PersonnelRecord record = SiasnDataUtama.record(nip, map, p);
    run.add(Runs.guard(nip, () -> ports.personnel().upsert(ref, record, run.dryRun)));
  }

  public void personnelFailed(Exchange exchange) {
    SyncRun run = Runs.active(exchange).run();
    run.nextRow();
    String nip = exchange.getProperty(NIP, String.class);
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    run.add(
        SyncRun.failure(
            nip,
            "SIASN_FAILED",
            "SIASN tidak dapat dibaca untuk NIP ini: " + Runs.describe(e),
            "SIASN could not be read for this NIP: " + Runs.describe(e)));
  }

  public void finishPersonnel(Exchange exchange) {
    Runs.active(exchange).finish(exchange, null);
  }

  RunReport busy(RunKind kind, boolean dryRun) {
    return new SyncRun(ref, kind, dryRun, null, new Semaphore(1), ports.clock())
        .finish("A run of this kind is already in progress for " + config.id());
  }

  // ---- reconciliation

  /** The sanctions SIASN holds for each NIP, from {@code pns/rw-hukdis}; one call per NIP. */
  @SuppressWarnings("unchecked")
  List<HeldSanction> held(List<String> nips) {
    List<HeldSanction> out = new ArrayList<>();
    for (String nip : nips) {
      Exchange answer =
          producer.request("direct:" + config.id() + ".held", e -> e.getMessage().setBody(nip));
      if (answer.getException() != null) {
        throw new SiasnException(
            "pns/rw-hukdis/" + nip + ": " + Runs.describe(answer.getException()),
            answer.getException());
      }
      out.addAll(answer.getMessage().getBody(List.class));
    }
    return out;
  }

  public void heldRequest(Exchange exchange) {
    String nip = SyncRun.canonical(exchange.getMessage().getBody(String.class));
    exchange.setProperty(HELD_NIP, nip);
    exchange.getMessage().setHeader(METHOD, "GET");
    exchange.getMessage().setHeader(PATH, "pns/rw-hukdis/" + nip);
    exchange.getMessage().setBody(null);
  }

  @SuppressWarnings("unchecked")
  public List<HeldSanction> heldAnswer(Exchange exchange) {
    String nip = exchange.getProperty(HELD_NIP, String.class);
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    List<HeldSanction> out = new ArrayList<>();
    if (answer.get("data") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> h) {
          HukdisRecord r = HukdisRecord.read(h);
          out.add(
              new HeldSanction(
                  nip,
                  r.decreeNumber(),
                  r.typeIdOrByName(),
                  fromDmy(r.startDate()),
                  r.cancellationNumber(),
                  r.id()));
        }
      }
    }
    return out;
  }

  private static LocalDate fromDmy(String s) {
    if (blank(s)) {
      return null;
    }
    try {
      return LocalDate.parse(s, DMY);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  // ---- test

  ConnectionCheck test() {
    List<ConnectionCheck.Item> items = new ArrayList<>();
    try {
      renewTokens();
      items.add(new ConnectionCheck.Item("tokens", true, "gateway and SSO tokens obtained"));
    } catch (RuntimeException e) {
      items.add(new ConnectionCheck.Item("tokens", false, Runs.describe(e)));
      return ConnectionCheck.of(items);
    }
    Exchange answer =
        producer.request(
            "direct:" + config.id() + ".call",
            e -> {
              e.getMessage().setHeader(METHOD, "GET");
              e.getMessage().setHeader(PATH, "pns/data-utama/" + settings.gateway().clientId());
            });
    Exception e = answer.getException();
    items.add(
        e == null
            ? new ConnectionCheck.Item("api", true, "data-utama answered")
            : new ConnectionCheck.Item("api", false, Runs.describe(e)));
    return ConnectionCheck.of(items);
  }

  // ---- helpers

  private static JsonObject json(Exchange exchange, String what) {
    String text = exchange.getMessage().getBody(String.class);
    try {
      Object parsed = Jsoner.deserialize(text == null ? "" : text);
      if (parsed instanceof JsonObject o) {
        return o;
      }
    } catch (Exception e) {
      // reported below
    }
    String shown = text == null ? "" : text.strip();
    throw new SiasnException(
        "SIASN answered "
            + what
            + " with something that is not a JSON object: "
            + (shown.length() > 120 ? shown.substring(0, 120) + "…" : shown),
        null);
  }

  private static String required(JsonObject o, String key, String what) {
    String v = text(o.get(key));
    if (blank(v)) {
      throw new SiasnException("The " + what + " answer has no " + key, null);
    }
    return v;
  }

  static String dmy(Map<String, String> s, String key) {
    String iso = s.get(key);
    if (blank(iso)) {
      return null;
    }
    try {
      return LocalDate.parse(iso).format(DMY);
    } catch (DateTimeParseException e) {
      throw new DeliveryRejectedException(key + " is not a date (yyyy-mm-dd): " + iso);
    }
  }

  private static String encode(String v) {
    return java.net.URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8);
  }

  static String text(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().strip();
    return s.isEmpty() ? null : s;
  }

  static String norm(String s) {
    return s == null ? null : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Why SIASN's answer could not be used. */
  static final class SiasnException extends RuntimeException {
    SiasnException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public String toString() {
    return "SiasnRestHandler[" + config.id() + "]";
  }
}
