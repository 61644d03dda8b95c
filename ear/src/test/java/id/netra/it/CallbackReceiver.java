package id.netra.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HR system's callback endpoint as the connector reference tells receivers to write one: checks
 * the HMAC-SHA256 signature and the timestamp's freshness, and stores each idempotency key once. It
 * can be told to hold its answer after storing (a response lost on the way back).
 */
final class CallbackReceiver implements AutoCloseable {

  private final HttpServer server;
  private final String secret;
  final Map<String, JsonObject> stored = new ConcurrentHashMap<>();
  final List<String> deliveries = new CopyOnWriteArrayList<>();
  final List<String> refused = new CopyOnWriteArrayList<>();

  /** Each stored callback's X-Request-Id, by idempotency key. */
  final Map<String, String> requestIds = new ConcurrentHashMap<>();

  private volatile CountDownLatch hold;
  final CountDownLatch held = new CountDownLatch(1);

  CallbackReceiver(String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/callback",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String ts = x.getRequestHeaders().getFirst("X-Netra-Timestamp");
          String signature = x.getRequestHeaders().getFirst("X-Netra-Signature");
          String key = x.getRequestHeaders().getFirst("X-Netra-Idempotency-Key");
          int status = 200;
          if (ts == null
              || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) > 300
              || !("sha256=" + hmac(ts + "." + body)).equals(signature)) {
            refused.add(body);
            status = 401;
          } else {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            if (!"ping".equals(json.getString("event"))) {
              deliveries.add(key);
              stored.putIfAbsent(key, json); // the receiver's unique key: written once
              String requestId = x.getRequestHeaders().getFirst("X-Request-Id");
              if (requestId != null) {
                requestIds.putIfAbsent(key, requestId);
              }
              CountDownLatch h = hold;
              if (h != null) {
                hold = null;
                held.countDown();
                try {
                  h.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            }
          }
          byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          try {
            x.sendResponseHeaders(status, answer.length);
            x.getResponseBody().write(answer);
          } catch (IOException gone) {
            // Netra gave up waiting: its retry will come with the same key.
          }
          x.close();
        });
    server.start();
  }

  /**
   * A webhook connector file calling this receiver back for the HR system's API client (the secret
   * is the test domain's password alias hr-webhook-it-secret), retrying quickly.
   */
  String connectorFile(String id, String keyPrefix) {
    return """
        id: %s
        kind: webhook
        agency: DEMO
        apiClient: %s
        callback:
          url: %s
          secret: ${alias:hr-webhook-it-secret}
          readTimeout: 5s
        delivery:
          maxAttempts: 10
          backoff: 1s
          maxBackoff: 2s
        """
        .formatted(id, keyPrefix, url());
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
  }

  /** The next callback is stored, then its answer is held until the latch opens. */
  CountDownLatch holdNext() {
    CountDownLatch latch = new CountDownLatch(1);
    hold = latch;
    return latch;
  }

  long deliveriesOf(String key) {
    return deliveries.stream().filter(key::equals).count();
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
