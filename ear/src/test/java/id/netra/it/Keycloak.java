package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Keycloak the build starts beside Payara ({@code config/keycloak/keycloak.sh}, realm
 * {@code netra}), and a browser-like walk through its login form for the tests that need no
 * browser: a client with its own cookies that follows nothing by itself.
 */
final class Keycloak {

  static final String PASSWORD = "Sso-Demo-2026!";
  static final int PORT = Integer.getInteger("netra.test.keycloakPort", 28280);
  static final URI ISSUER = URI.create("http://localhost:" + PORT + "/realms/netra");
  private static final Pattern FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private Keycloak() {}

  /** Waits until the realm answers (Keycloak boots while Payara does). */
  static void await() {
    try {
      Process p =
          new ProcessBuilder(
                  "bash",
                  System.getProperty("netra.test.keycloak"),
                  "wait",
                  "--dist",
                  System.getProperty("keycloak.dir"),
                  "--port",
                  String.valueOf(PORT))
              .inheritIO()
              .start();
      assertEquals(0, p.waitFor(), "Keycloak did not come up (see keycloak.log above)");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Cookies as a browser keeps them on localhost: Keycloak marks its own Secure, which a browser
   * sends to http://localhost (a secure context) and the JDK's CookieManager would not.
   */
  static final class LocalCookies extends java.net.CookieHandler {
    private final java.util.List<java.net.HttpCookie> jar =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public java.util.Map<String, java.util.List<String>> get(
        URI uri, java.util.Map<String, java.util.List<String>> headers) {
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      String cookies =
          jar.stream()
              .filter(c -> c.getPath() == null || path.startsWith(c.getPath()))
              .filter(c -> c.getPortlist() == null || c.getPortlist().equals(port(uri)))
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(java.util.stream.Collectors.joining("; "));
      return cookies.isEmpty() ? java.util.Map.of() : java.util.Map.of("Cookie", List.of(cookies));
    }

    @Override
    public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
      for (var e : headers.entrySet()) {
        if (e.getKey() == null || !e.getKey().equalsIgnoreCase("Set-Cookie")) {
          continue;
        }
        for (String header : e.getValue()) {
          for (java.net.HttpCookie c : java.net.HttpCookie.parse(header)) {
            // one jar per port: Netra and Keycloak are both on localhost
            c.setPortlist(port(uri));
            jar.removeIf(
                old ->
                    old.getName().equals(c.getName())
                        && java.util.Objects.equals(old.getPath(), c.getPath())
                        && old.getPortlist().equals(c.getPortlist()));
            if (c.getMaxAge() != 0 && !c.getValue().isEmpty()) {
              jar.add(c);
            }
          }
        }
      }
    }

    java.util.Optional<String> value(String name) {
      return jar.stream()
          .filter(c -> c.getName().equals(name))
          .map(java.net.HttpCookie::getValue)
          .findFirst();
    }

    private static String port(URI uri) {
      return String.valueOf(uri.getPort());
    }
  }

  /** One person's browser: its cookies (Netra's and Keycloak's), redirects taken by hand. */
  static final class Browser {
    final LocalCookies cookies = new LocalCookies();
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> get(URI uri) {
      return send(HttpRequest.newBuilder(uri).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(
            request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static URI location(HttpResponse<?> r) {
      assertTrue(r.statusCode() / 100 == 3, () -> "a redirect, not " + r.statusCode());
      return r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
    }

    /**
     * Netra's SSO login up to Keycloak's answer: starts at Netra, fills Keycloak's form.
     *
     * @return Keycloak's redirect to Netra's callback (not yet followed)
     */
    URI throughKeycloak(URI netra, String user) {
      URI toKeycloak = location(get(netra.resolve("api/v1/auth/sso/keycloak/login")));
      assertTrue(toKeycloak.toString().startsWith(ISSUER.toString()), toKeycloak.toString());
      HttpResponse<String> form = get(toKeycloak);
      if (form.statusCode() == 302) {
        return location(form); // already logged in at Keycloak: straight back to Netra
      }
      assertEquals(200, form.statusCode(), form.body());
      Matcher m = FORM.matcher(form.body());
      assertTrue(m.find(), "Keycloak's login form");
      URI action = URI.create(m.group(1).replace("&amp;", "&"));
      String body =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
              + "&credentialId=";
      HttpResponse<String> posted =
          send(
              HttpRequest.newBuilder(action)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      return location(posted);
    }

    /** The whole login: Netra's answer to the callback (a redirect to the console). */
    HttpResponse<String> login(URI netra, String user) {
      return get(throughKeycloak(netra, user));
    }

    /** Netra's session cookie, if the login set one. */
    java.util.Optional<String> session() {
      return cookies.value("NETRA_SESSION");
    }
  }

  /** Keycloak's admin REST API, as the realm's administrator changes a person's roles. */
  static final class Admin {
    private final Browser http = new Browser();
    private final String token;

    private Admin(String token) {
      this.token = token;
    }

    static Admin login() {
      Admin unauthenticated = new Admin(null);
      HttpResponse<String> r =
          unauthenticated.http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://localhost:"
                              + PORT
                              + "/realms/master/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
      assertEquals(200, r.statusCode(), r.body());
      return new Admin(json(r.body()).asJsonObject().getString("access_token"));
    }

    void grant(String user, String role) {
      roleMapping(user, role, "POST");
    }

    void revoke(String user, String role) {
      roleMapping(user, role, "DELETE");
    }

    private void roleMapping(String user, String role, String method) {
      String admin = "http://localhost:" + PORT + "/admin/realms/netra";
      String id =
          json(call("GET", admin + "/users?exact=true&username=" + user, null))
              .asJsonArray()
              .getJsonObject(0)
              .getString("id");
      String roleJson = call("GET", admin + "/roles/" + role, null);
      call(method, admin + "/users/" + id + "/role-mappings/realm", "[" + roleJson + "]");
    }

    private String call(String method, String url, String body) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url))
              .header("Authorization", "Bearer " + token)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      HttpResponse<String> r = http.send(b);
      assertTrue(r.statusCode() / 100 == 2, () -> method + " " + url + ": " + r.statusCode());
      return r.body();
    }

    private static jakarta.json.JsonValue json(String s) {
      return jakarta.json.Json.createReader(new java.io.StringReader(s)).readValue();
    }
  }
}
