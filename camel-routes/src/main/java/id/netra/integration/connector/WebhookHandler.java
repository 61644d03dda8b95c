package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.config.ConnectorConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.util.json.Jsoner;

/**
 * The work of one {@code webhook} instance: turns an outbox entry into a signed callback. The body
 * is JSON; {@code X-Netra-Signature: sha256=<hex>} is HMAC-SHA256 with the shared secret over
 * {@code <X-Netra-Timestamp>.<body>}, so a receiver can check both who sent it and that it is
 * fresh. {@code X-Netra-Idempotency-Key} is the same on every attempt of one message; {@code
 * X-Request-Id} names the request that caused it, when one did.
 */
public final class WebhookHandler {

  public static final String SIGNATURE = "X-Netra-Signature";
  public static final String TIMESTAMP = "X-Netra-Timestamp";
  public static final String IDEMPOTENCY_KEY = "X-Netra-Idempotency-Key";
  public static final String ATTEMPT = "X-Netra-Attempt";

  /** The id of the request whose change is called back, as Netra answered it to that request. */
  public static final String REQUEST_ID = "X-Request-Id";

  private final ConnectorConfig config;
  private final WebhookSettings settings;
  private final String query;
  private final Clock clock;
  private ProducerTemplate producer;

  WebhookHandler(ConnectorConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.settings = config.settings(WebhookSettings.class);
    this.query = URI.create(settings.url()).getRawQuery();
  }

  void producer(ProducerTemplate producer) {
    this.producer = producer;
  }

  HttpClientConfigurer httpConfigurer() {
    return HttpSettings.timeouts(settings.connectTimeout(), settings.readTimeout());
  }

  /** The callback's address without its query (which goes in a header, see {@link #prepare}). */
  static String endpoint(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** The callback of one outbox entry: its body, its signature, nothing else of the exchange. */
  public String prepare(Exchange exchange) {
    OutboxEntry entry = exchange.getMessage().getBody(OutboxEntry.class);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", entry.kind().toLowerCase(java.util.Locale.ROOT));
    body.put("idempotencyKey", entry.idempotencyKey());
    body.put("connector", config.id());
    body.put("agency", config.agency());
    entry.payload().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                body.put(
                    e.getKey(),
                    e.getKey().equals("reasonCodes") ? codes(e.getValue()) : e.getValue()));
    String json = Jsoner.serialize(body);
    sign(exchange, json, entry.idempotencyKey(), entry.attempt());
    if (entry.correlationId() != null) {
      exchange.getMessage().setHeader(REQUEST_ID, entry.correlationId());
    }
    return json;
  }

  private void sign(Exchange exchange, String json, String key, int attempt) {
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    var m = exchange.getMessage();
    m.removeHeaders("*");
    m.setHeader(Exchange.HTTP_METHOD, "POST");
    m.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
    if (query != null) {
      m.setHeader(Exchange.HTTP_QUERY, query);
    }
    settings.headers().forEach(m::setHeader);
    m.setHeader(TIMESTAMP, timestamp);
    m.setHeader(SIGNATURE, "sha256=" + hmac(settings.secret(), timestamp + "." + json));
    m.setHeader(IDEMPOTENCY_KEY, key);
    m.setHeader(ATTEMPT, String.valueOf(attempt));
  }

  /** Any 2xx is a delivery; what the HR system answered is kept as the target's reference. */
  public String confirm(Exchange exchange) {
    Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    String answer = exchange.getMessage().getBody(String.class);
    answer = answer == null ? "" : answer.strip();
    return "HTTP "
        + status
        + (answer.isEmpty()
            ? ""
            : " " + (answer.length() > 200 ? answer.substring(0, 200) : answer));
  }

  /** HMAC-SHA256 of {@code text}, as lower-case hex. */
  public static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> codes(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank()
        ? List.of()
        : new ArrayList<>(Arrays.asList(commaSeparated.split(",")));
  }

  /** Sends a signed {@code ping}: the HR system's answer shows the address and secret work. */
  ConnectionCheck test() {
    Exchange answer =
        producer.request(
            "direct:" + config.id() + ".call",
            e -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("event", "ping");
              body.put("connector", config.id());
              body.put("agency", config.agency());
              String json = Jsoner.serialize(body);
              sign(e, json, "ping:" + clock.instant().toEpochMilli(), 1);
              e.getMessage().setBody(json);
            });
    Exception e = answer.getException();
    return ConnectionCheck.of(
        List.of(
            e == null
                ? new ConnectionCheck.Item("callback", true, confirm(answer))
                : new ConnectionCheck.Item("callback", false, Runs.describe(e))));
  }
}
