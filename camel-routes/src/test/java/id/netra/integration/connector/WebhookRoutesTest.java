package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.config.Secrets;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code webhook} templates against an HR system's callback that checks signatures as the
 * reference tells receivers to and stores each idempotency key once.
 */
class WebhookRoutesTest extends ConnectorRouteTest {

  static final String SECRET = "a-shared-secret-of-the-hr-system";

  @TempDir Path folder;
  FakeNetra netra;
  ConnectorRegistry registry;
  HttpServer receiver;
  final List<String> queries = new CopyOnWriteArrayList<>();
  final List<String> attempts = new CopyOnWriteArrayList<>();
  final List<String> requestIds = new CopyOnWriteArrayList<>();
  final Map<String, JsonObject> stored = new ConcurrentHashMap<>();
  final List<JsonObject> received = new CopyOnWriteArrayList<>();
  final AtomicInteger unavailable = new AtomicInteger();
  volatile String receiverSecret = SECRET;

  @BeforeEach
  void install() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    // Another agency's HR system that takes 4 s to answer, and stores nothing.
    receiver.createContext(
        "/slow",
        x -> {
          x.getRequestBody().readAllBytes();
          try {
            Thread.sleep(4000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.sendResponseHeaders(200, -1);
          x.close();
        });
    receiver.createContext(
        "/simpeg/index.php",
        x -> {
          byte[] body = x.getRequestBody().readAllBytes();
          String ts = x.getRequestHeaders().getFirst("X-Netra-Timestamp");
          String sig = x.getRequestHeaders().getFirst("X-Netra-Signature");
          int status;
          if (unavailable.getAndDecrement() > 0) {
            status = 503;
          } else if (ts == null
              || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) > 300
              || !("sha256="
                      + hmac(receiverSecret, ts + "." + new String(body, StandardCharsets.UTF_8)))
                  .equals(sig)) {
            status = 401;
          } else {
            try {
              JsonObject json =
                  (JsonObject) Jsoner.deserialize(new String(body, StandardCharsets.UTF_8));
              received.add(json);
              queries.add(x.getRequestURI().getRawQuery());
              attempts.add(x.getRequestHeaders().getFirst("X-Netra-Attempt"));
              String key = x.getRequestHeaders().getFirst("X-Netra-Idempotency-Key");
              if (!"ping".equals(json.getString("event"))) {
                requestIds.add(
                    String.valueOf(x.getRequestHeaders().getFirst(WebhookHandler.REQUEST_ID)));
                assertEquals(json.getString("idempotencyKey"), key);
                stored.putIfAbsent(key, json);
              }
              status = 200;
            } catch (Exception e) {
              status = 400;
            }
          }
          byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(status, answer.length);
          x.getResponseBody().write(answer);
          x.close();
        });
    receiver.start();
    Files.writeString(folder.resolve("hr-callback.yaml"), file("netra_demo0001"));
    netra = new FakeNetra();
    registry =
        new ConnectorRegistry(
            context,
            netra.ports(),
            folder,
            (source, name) ->
                source.equals("env") && name.equals("HR_CALLBACK_SECRET")
                    ? Optional.of(SECRET)
                    : Secrets.ENVIRONMENT.resolve(source, name),
            name -> {
              throw new IllegalArgumentException("no data sources here");
            },
            List.of(new SimpegJdbc(), new SiasnRest(), new Webhook()));
    assertEquals("ADDED", registry.reloadAll().get(0).action());
    context.addRoutes(new OutboxRelay(netra, registry));
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String file(String client) {
    return """
        id: hr-callback
        kind: webhook
        agency: DEMO
        apiClient: %s
        callback:
          url: http://127.0.0.1:%d/simpeg/index.php?r=netra/callback
          secret: ${env:HR_CALLBACK_SECRET}
          readTimeout: 2s
        delivery:
          maxAttempts: 5
          backoff: 1s
        """
        .formatted(client, receiver.getAddress().getPort());
  }

  private static Map<String, String> decision(String outcome, String codes, String id) {
    return Map.of(
        "source", "",
        "sourceId", "SIMPEG-KPPS-77",
        "requestRef", "SIMPEG-KPPS-77",
        "nip", "198503122010012004",
        "outcome", outcome,
        "reasons", codes.isEmpty() ? "" : "Pakta integritas belum ditandatangani.",
        "reasonCodes", codes,
        "decisionId", id,
        "decidedAt", "2029-01-02 03:04:05");
  }

  @Test
  void eachDecisionAndItsLaterChangeIsCalledBackSigned() throws Exception {
    assertEquals("hr-callback", netra.links.get("demo0001"), "the client is linked");
    long first =
        netra.enqueue(
            "hr-callback",
            OutboxEntry.DECISION,
            decision("BLOCK", "PACT_NOT_SIGNED,TRAINING_NOT_PASSED", "501"),
            "simpeg-req-501");
    await(() -> "DELIVERED".equals(netra.outbox.get(first).state));
    long change = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("ALLOW", "", "502"));
    await(() -> "DELIVERED".equals(netra.outbox.get(change).state));

    assertEquals(2, stored.size());
    JsonObject blocked = received.get(0);
    assertEquals("decision", blocked.getString("event"));
    assertEquals("BLOCK", blocked.getString("outcome"));
    assertEquals(List.of("PACT_NOT_SIGNED", "TRAINING_NOT_PASSED"), blocked.get("reasonCodes"));
    assertEquals("SIMPEG-KPPS-77", blocked.getString("requestRef"));
    assertEquals("ALLOW", received.get(1).getString("outcome"));
    assertEquals(List.of(), received.get(1).get("reasonCodes"));
    assertEquals("r=netra/callback", queries.get(0), "the callback's own query is kept");
    assertTrue(netra.outbox.get(first).targetRef.startsWith("HTTP 200"));
    assertEquals(
        List.of("simpeg-req-501", "null"),
        requestIds,
        "the request that caused a message is named; none is made up for one without");
  }

  @Test
  void anUnavailableReceiverGetsTheMessageLaterAndStoresItOnce() throws Exception {
    unavailable.set(2);
    long id = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("ALLOW", "", "601"));
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals(3, netra.outbox.get(id).attempts);
    assertEquals(List.of("3"), attempts, "the receiver saw the third attempt only");
    assertEquals(1, stored.size());
  }

  @Test
  void aMessageTakenOverByAnotherInstanceIsNotSentAgain() throws Exception {
    long lost = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("ALLOW", "", "701"));
    netra.takenOver.add(lost);
    long kept = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("BLOCK", "X", "702"));
    await(() -> "DELIVERED".equals(netra.outbox.get(kept).state));
    assertTrue(netra.renewed.contains(lost), "its lease was checked before sending");
    assertEquals(1, stored.size(), "only the message still held was sent");
    assertEquals("BLOCK", received.get(0).getString("outcome"));
    assertEquals("IN_FLIGHT", netra.outbox.get(lost).state, "left to the instance that holds it");
  }

  @Test
  void aReceiverThatRefusesTheSignatureMakesADeadLetter() throws Exception {
    receiverSecret = "another-secret-than-netra-has";
    long id = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("ALLOW", "", "701"));
    await(() -> "DEAD".equals(netra.outbox.get(id).state));
    assertTrue(netra.outbox.get(id).error.contains("HTTP 401"), netra.outbox.get(id).error);
    ConnectionCheck check = registry.test("hr-callback");
    assertFalse(check.ok());

    receiverSecret = SECRET;
    assertTrue(registry.test("hr-callback").ok(), "the signed ping passes");
    synchronized (netra) {
      netra.outbox.get(id).state = "PENDING";
    }
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals(1, stored.size());
  }

  @Test
  void aFileNamingAnUnknownClientIsRejectedAndTheOldOneKeepsRunning() throws Exception {
    Files.writeString(folder.resolve("hr-callback.yaml"), file("netra_nosuch01"));
    ReloadResult r = registry.reload("hr-callback");
    assertEquals("REJECTED", r.action());
    assertTrue(r.problems().get(0).messageEn().contains("No active API client"), r.toString());
    assertEquals("STARTED", registry.view("hr-callback").state());
    // Issued prefixes are URL-safe Base64: they may hold a dash.
    Files.writeString(folder.resolve("hr-callback.yaml"), file("demo-x_1".replace("_", "")));
    assertEquals("RELOADED", registry.reload("hr-callback").action());
    assertEquals("hr-callback", netra.links.get("demo-x1"));
    Files.writeString(
        folder.resolve("hr-callback.yaml"),
        file("netra_demo0001").replace("${env:HR_CALLBACK_SECRET}", "short"));
    ReloadResult weak = registry.reload("hr-callback");
    assertEquals("callback.secret", weak.problems().get(0).path());
  }

  @Test
  void aConnectorAnAdministratorHoldsIsNotAFaultButOneWhoseRouteStoppedIs() throws Exception {
    registry.stop("hr-callback");
    assertEquals("STOPPED", registry.view("hr-callback").state(), "held on purpose");
    registry.start("hr-callback");
    assertEquals("STARTED", registry.view("hr-callback").state());
    // A route that stops by itself (nobody asked) leaves a connector that should run, and does not.
    String route = registry.view("hr-callback").routes().get(0).id();
    context.getRouteController().stopRoute(route);
    assertEquals("FAILED", registry.view("hr-callback").state());
    registry.start("hr-callback");
    assertEquals("STARTED", registry.view("hr-callback").state(), "started again by hand");
  }

  @Test
  void aSlowTargetOfAnotherAgencyDoesNotHoldThisOnesDeliveries() throws Exception {
    Files.writeString(
        folder.resolve("hr-slow.yaml"),
        file("demo-slow")
            .replace("id: hr-callback", "id: hr-slow")
            .replace("agency: DEMO", "agency: LAIN")
            .replace("/simpeg/index.php?r=netra/callback", "/slow")
            .replace("readTimeout: 2s", "readTimeout: 10s"));
    assertEquals("ADDED", registry.reload("hr-slow").action());
    long slow = netra.enqueue("hr-slow", OutboxEntry.DECISION, decision("ALLOW", "", "801"));
    long fast = netra.enqueue("hr-callback", OutboxEntry.DECISION, decision("BLOCK", "X", "802"));

    await(() -> "DELIVERED".equals(netra.outbox.get(fast).state));
    assertEquals(
        "IN_FLIGHT",
        netra.outbox.get(slow).state,
        "delivered while the other agency's target still takes its time");
    await(() -> "DELIVERED".equals(netra.outbox.get(slow).state));
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
