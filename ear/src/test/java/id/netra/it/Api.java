package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for the tests: one per credential. */
final class Api {

  static final String DEMO_KEY = "netra_demo0001_DemoKeyForAgencyDEMOonly";

  /** Today as Netra counts it: in western Indonesian time, whatever this JVM's zone. */
  static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
  }

  static final String DEMO_PASSWORD = "netra-demo";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private volatile String[] auth;
  private volatile boolean refused;
  private volatile String requestId;
  private final String user;
  private final String password;

  private Api(URI base, String... auth) {
    this(base, null, null, auth);
  }

  private Api(URI base, String user, String password, String[] auth) {
    this.base = base;
    this.user = user;
    this.password = password;
    this.auth = auth;
  }

  /** {@code base} is the deployment URL of the WAR, e.g. http://localhost:28080/netra/. */
  static Api anonymous(URL base) {
    return new Api(root(base));
  }

  static Api key(URL base, String key) {
    return new Api(root(base), "X-API-Key", key);
  }

  /**
   * An account, as a script logs in: a bearer token from {@code POST /auth/token} at the first
   * call, and again when it has expired. A refused login leaves the calls without credentials.
   */
  static Api account(URL base, String user, String password) {
    return new Api(root(base), user, password, new String[0]);
  }

  /** Asks for a token with the account's name and password as HTTP Basic, as {@code curl -u}. */
  static HttpResponse<String> token(URI base, String user, String password) {
    HttpRequest r =
        HttpRequest.newBuilder(base.resolve("netra/api/v1/auth/token"))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "text/plain")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("POST /auth/token failed", e);
    }
  }

  private synchronized void logIn() {
    if (user == null || auth.length == 2 || refused) {
      return;
    }
    HttpResponse<String> r = token(base, user, password);
    if (r.statusCode() == 200) {
      auth = new String[] {"Authorization", "Bearer " + r.body().trim()};
    } else {
      refused = true; // once: a wrong password is not tried again and again against the lock
    }
  }

  /** Sends {@code X-Request-Id: id} with every request from now on. */
  Api requestId(String id) {
    this.requestId = id;
    return this;
  }

  static Api bearer(URL base, String token) {
    return new Api(root(base), "Authorization", "Bearer " + token);
  }

  private static URI root(URL base) {
    String s = base.toString();
    int i = s.indexOf("/netra");
    return URI.create((i < 0 ? s : s.substring(0, i)) + "/");
  }

  /** The first election this caller sees (the newest: the demo's own). */
  long firstElection() {
    return get("/netra/api/v1/elections")
        .expect(200)
        .array()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Whether the employee has neither signed the pact nor ever passed the training for the first
   * election this caller sees: one the suites may take for a test of their own.
   */
  boolean untouched(String nip) {
    JsonObject standing =
        get("/netra/api/v1/employees/" + nip + "/neutrality")
            .expect(200)
            .json()
            .getJsonArray("elections")
            .getJsonObject(0);
    return !standing.getBoolean("pactSigned")
        && standing.getString("trainingState").equals("NOT_PASSED");
  }

  Res get(String path) {
    return send("GET", path, null, null, null);
  }

  Res post(String path, String json) {
    return send("POST", path, "application/json", json, null);
  }

  Res put(String path, String json) {
    return send("PUT", path, "application/json", json, null);
  }

  Res send(String method, String path, String contentType, String body, String language) {
    return sendBody(
        method,
        path,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        language);
  }

  /** Uploads bytes (a file) as the body. */
  Res upload(String path, String contentType, byte[] bytes) {
    return sendBody("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(bytes), null);
  }

  /** A downloaded file: status, headers and bytes. */
  record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {}

  Download download(String path) {
    logIn();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60))
            .GET();
    if (auth.length == 2) {
      b.header(auth[0], auth[1]);
    }
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.headers(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private Res sendBody(
      String method,
      String path,
      String contentType,
      HttpRequest.BodyPublisher body,
      String language) {
    logIn();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    if (auth.length == 2) {
      b.header(auth[0], auth[1]);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    if (requestId != null) {
      b.header("X-Request-Id", requestId);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 401 && user != null && auth.length == 2) {
        // The token expired (netra.session.token-lifetime): log in again and send once more.
        auth = new String[0];
        logIn();
        if (auth.length == 2) {
          b.setHeader(auth[0], auth[1]);
          r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
      }
      return new Res(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().firstValue("X-Request-Id").orElse(null));
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  /** The actions the caller's audit trail holds on one thing, oldest first. */
  List<String> actionsOn(String entityType, Object entityId) {
    return get("/netra/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId)
        .expect(200)
        .array()
        .stream()
        .map(e -> e.asJsonObject().getString("action"))
        .toList();
  }

  /**
   * A response.
   *
   * @param requestId its {@code X-Request-Id}: the correlation id Netra logged it under
   */
  record Res(int status, String contentType, String body, String requestId) {

    JsonObject json() {
      return (JsonObject) structure();
    }

    JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }

    Res expect(int expected) {
      assertEquals(expected, status, () -> "status; body: " + body);
      return this;
    }

    /** Asserts an RFC 9457 problem with that status and code, and returns it. */
    JsonObject problem(int expected, String code) {
      expect(expected);
      assertEquals("application/problem+json", contentType.split(";")[0].trim(), body);
      JsonObject p = json();
      assertEquals(expected, p.getInt("status"));
      assertEquals(code, p.getString("code"), body);
      assertEquals(true, p.getJsonObject("messages").getString("id").length() > 0);
      assertEquals(true, p.getJsonObject("messages").getString("en").length() > 0);
      return p;
    }
  }
}
