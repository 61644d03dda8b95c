package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins and accounts as an attacker tries them, on the real EAR: sessions that need their CSRF
 * token, no Basic anywhere but the token endpoint, locks per account, per unknown name and per
 * address, accounts disabled, reset and changed. The test domain trusts the local address as a
 * reverse proxy ({@code netra.http.trusted-proxies}), so each attack comes from an address of its
 * own in {@code X-Forwarded-For} and never holds back the other suites.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String API = "/netra/api/v1";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  private Api admin() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  /** One raw request: method, path, headers as name/value pairs, an optional JSON body. */
  private HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }

  private HttpResponse<String> login(String user, String password, String from) {
    return send(
        "POST",
        API + "/auth/login",
        Json.createObjectBuilder()
            .add("username", user)
            .add("password", password)
            .build()
            .toString(),
        "X-Forwarded-For",
        from);
  }

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  private static String code(HttpResponse<String> r) {
    assertEquals(
        "application/problem+json",
        r.headers().firstValue("Content-Type").orElse("").split(";")[0],
        r.body());
    return json(r).getString("code");
  }

  private static String sessionCookie(HttpResponse<String> r) {
    String header =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("NETRA_SESSION="))
            .findFirst()
            .orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  /** Whether the trail holds that action on that account (sealed a moment after its commit). */
  private boolean audited(String action, String username) {
    return audited(action, "account", username);
  }

  private boolean audited(String action, String entityType, String entityId) {
    Api admin = admin();
    for (int i = 0; i < 50; i++) {
      String found =
          admin
              .get(
                  API
                      + "/audit?agency=DEMO&entityType="
                      + entityType
                      + "&entityId="
                      + entityId
                      + "&action="
                      + action)
              .expect(200)
              .body();
      if (found.contains(action)) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private void createAccount(String user, String password, String roles) {
    admin()
        .post(
            API + "/admin/accounts",
            "{\"username\":\""
                + user
                + "\",\"password\":\""
                + password
                + "\",\"roles\":["
                + roles
                + "],\"agency\":\"DEMO\"}")
        .expect(201);
  }

  @Test
  void aBrowserSessionNeedsItsCsrfTokenForEveryChangeAndEndsAtLogout() {
    HttpResponse<String> in = login("officer", Api.DEMO_PASSWORD, "198.51.100.10");
    assertEquals(200, in.statusCode(), in.body());
    String setCookie =
        in.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("NETRA_SESSION="))
            .findFirst()
            .orElseThrow();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertTrue(setCookie.contains("Path=/netra/api/"), setCookie);
    assertFalse(setCookie.contains("Secure"), "plain HTTP: no Secure flag; " + setCookie);
    assertEquals("no-store", in.headers().firstValue("Cache-Control").orElse(""));
    String cookie = sessionCookie(in);
    String csrf = json(in).getString("csrfToken");
    assertEquals(
        List.of("officer"),
        json(in).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));

    HttpResponse<String> session = send("GET", API + "/session", null, "Cookie", cookie);
    assertEquals(200, session.statusCode(), session.body());
    assertEquals(csrf, json(session).getString("csrfToken"));
    assertEquals("DEMO", json(session).getString("agency"));

    // A change another site makes the browser send carries the cookie but not the token.
    HttpResponse<String> forged = send("POST", API + "/auth/logout", null, "Cookie", cookie);
    assertEquals(403, forged.statusCode());
    assertEquals("CSRF_TOKEN", code(forged));
    HttpResponse<String> wrongToken =
        send("POST", API + "/auth/logout", null, "Cookie", cookie, "X-CSRF-Token", csrf + "x");
    assertEquals("CSRF_TOKEN", code(wrongToken));
    assertEquals(200, send("GET", API + "/session", null, "Cookie", cookie).statusCode());

    HttpResponse<String> out =
        send("POST", API + "/auth/logout", null, "Cookie", cookie, "X-CSRF-Token", csrf);
    assertEquals(204, out.statusCode(), out.body());
    assertTrue(
        out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
    HttpResponse<String> after = send("GET", API + "/session", null, "Cookie", cookie);
    assertEquals(401, after.statusCode());
    assertEquals("UNAUTHENTICATED", code(after));
  }

  @Test
  void basicIsTakenOnlyByTheTokenEndpointAndNoAnswerAsksForIt() {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> refused =
        send("GET", API + "/employees?agency=DEMO&limit=1", null, "Authorization", basic);
    assertEquals(401, refused.statusCode());
    assertEquals(Optional.empty(), refused.headers().firstValue("WWW-Authenticate"));
    HttpResponse<String> anonymous = send("GET", API + "/session", null);
    assertEquals(Optional.empty(), anonymous.headers().firstValue("WWW-Authenticate"));

    HttpResponse<String> token =
        send(
            "POST",
            API + "/auth/token",
            "{\"username\":\"auditor\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}");
    assertEquals(200, token.statusCode(), token.body());
    JsonObject t = json(token);
    assertEquals("Bearer", t.getString("tokenType"));
    assertTrue(t.getJsonNumber("expiresIn").longValue() > 60);
    String bearer = "Bearer " + t.getString("accessToken");
    assertEquals(
        200, send("GET", API + "/audit?limit=1", null, "Authorization", bearer).statusCode());
    // A bearer token is never sent by a browser on its own: no CSRF token needed.
    assertEquals(
        204, send("POST", API + "/auth/logout", null, "Authorization", bearer).statusCode());
    HttpResponse<String> ended = send("GET", API + "/audit?limit=1", null, "Authorization", bearer);
    assertEquals(401, ended.statusCode());
    assertTrue(ended.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void wrongPasswordsLockAnAccountAndAnUnknownNameAlikeUntilUnlocked() {
    createAccount("lock.tester", "Kuda-Lumping-Sore-2030", "\"officer\"");
    String from = "198.51.100.20";
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> known = login("lock.tester", "salah-" + i, from);
      HttpResponse<String> unknown = login("no.such.person", "salah-" + i, from);
      assertEquals(401, known.statusCode(), known.body());
      assertEquals(known.statusCode(), unknown.statusCode());
      assertEquals(code(known), code(unknown), "the answer does not tell which name exists");
      assertEquals("LOGIN_FAILED", code(known));
    }
    HttpResponse<String> locked = login("lock.tester", "Kuda-Lumping-Sore-2030", from);
    assertEquals(429, locked.statusCode(), "the right password waits for the lock too");
    assertEquals("LOGIN_LOCKED", code(locked));
    long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retry > 0 && retry <= 31, "Retry-After " + retry);
    HttpResponse<String> unknown = login("no.such.person", "whatever-it-is", from);
    assertEquals(429, unknown.statusCode());
    assertEquals("LOGIN_LOCKED", code(unknown));
    assertEquals(
        429,
        login("lock.tester", "Kuda-Lumping-Sore-2030", "198.51.100.21").statusCode(),
        "the lock is the account's, wherever the next try comes from");

    JsonObject listed =
        admin().get(API + "/admin/accounts?agency=DEMO").expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getString("username").equals("lock.tester"))
            .findFirst()
            .orElseThrow();
    assertNotNull(listed.getString("lockedUntil"));
    assertTrue(audited("ACCOUNT_LOCKED", "lock.tester"), "the lock is audited");
    admin().post(API + "/admin/accounts/lock.tester/unlock", null).expect(200);
    HttpResponse<String> in = login("lock.tester", "Kuda-Lumping-Sore-2030", from);
    assertEquals(200, in.statusCode(), in.body());
    JsonObject after =
        admin().get(API + "/admin/accounts?agency=DEMO").expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getString("username").equals("lock.tester"))
            .findFirst()
            .orElseThrow();
    assertEquals(from, after.getString("lastLoginAddress"));
    assertTrue(after.containsKey("lastLoginAt"));
  }

  @Test
  void anAddressSendingManyWrongLoginsIsHeldBackAndOthersAreNot() {
    String attacker = "203.0.113.66";
    for (int i = 0; i < 20; i++) {
      assertEquals(401, login("guess-" + i, "salah-salah-" + i, attacker).statusCode());
    }
    HttpResponse<String> held = login("officer", Api.DEMO_PASSWORD, attacker);
    assertEquals(429, held.statusCode(), held.body());
    assertEquals("LOGIN_LOCKED", code(held));
    assertTrue(held.headers().firstValue("Retry-After").isPresent());
    assertEquals(200, login("officer", Api.DEMO_PASSWORD, "203.0.113.67").statusCode());
  }

  @Test
  void administratorsManageAccountsOfTheirAgencyAndHoldersTheirPasswords() {
    createAccount("dewi.ppk", "Pagi-Cerah-Di-Bogor-7", "\"ppk\"");
    createAccount("agency.admin", "Sore-Teduh-Di-Solo-9", "\"admin\"");
    Api dewi = Api.account(base, "dewi.ppk", "Pagi-Cerah-Di-Bogor-7");
    dewi.get(API + "/cases?limit=1").expect(200);
    Api agencyAdmin = Api.account(base, "agency.admin", "Sore-Teduh-Di-Solo-9");

    // Roles changed: a PPK becomes an auditor and may no longer open the case queue's changes.
    JsonObject changed =
        agencyAdmin
            .send(
                "PATCH",
                API + "/admin/accounts/dewi.ppk",
                "application/json",
                "{\"roles\":[\"auditor\"]}",
                null)
            .expect(200)
            .json();
    assertEquals("auditor", changed.getJsonArray("roles").getString(0));
    dewi.get(API + "/audit/verify").expect(200);

    // An agency's administrator cannot reach a central account, nor lock themselves out.
    agencyAdmin
        .send(
            "PATCH", API + "/admin/accounts/admin", "application/json", "{\"active\":false}", null)
        .problem(404, "NOT_FOUND");
    agencyAdmin
        .send(
            "PATCH",
            API + "/admin/accounts/agency.admin",
            "application/json",
            "{\"active\":false}",
            null)
        .problem(409, "OWN_ACCOUNT");

    // Disabled: the holder's token stops at once, and logins fail as a wrong password does.
    agencyAdmin
        .send(
            "PATCH",
            API + "/admin/accounts/dewi.ppk",
            "application/json",
            "{\"active\":false}",
            null)
        .expect(200);
    Api.Res stopped = dewi.get(API + "/audit/verify");
    assertEquals(401, stopped.status());
    assertEquals("LOGIN_FAILED", code(login("dewi.ppk", "Pagi-Cerah-Di-Bogor-7", "198.51.100.30")));
    agencyAdmin
        .send(
            "PATCH",
            API + "/admin/accounts/dewi.ppk",
            "application/json",
            "{\"active\":true}",
            null)
        .expect(200);

    // Reset: a temporary password that works for one thing only, choosing one's own.
    String temporary =
        agencyAdmin
            .post(API + "/admin/accounts/dewi.ppk/password-reset", null)
            .expect(200)
            .json()
            .getString("temporaryPassword");
    assertEquals(16, temporary.length());
    HttpResponse<String> in = login("dewi.ppk", temporary, "198.51.100.31");
    assertEquals(200, in.statusCode(), in.body());
    assertTrue(json(in).getBoolean("mustChangePassword"));
    String cookie = sessionCookie(in);
    String csrf = json(in).getString("csrfToken");
    HttpResponse<String> blocked = send("GET", API + "/audit/verify", null, "Cookie", cookie);
    assertEquals(403, blocked.statusCode());
    assertEquals("PASSWORD_CHANGE_REQUIRED", code(blocked));
    HttpResponse<String> common =
        send(
            "POST",
            API + "/auth/password",
            "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"Password-2030!\"}",
            "Cookie",
            cookie,
            "X-CSRF-Token",
            csrf);
    assertEquals(400, common.statusCode(), common.body());
    assertTrue(common.body().contains("PASSWORD_COMMON"), common.body());
    HttpResponse<String> wrongCurrent =
        send(
            "POST",
            API + "/auth/password",
            "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"Hujan-Deras-Di-Medan-5\"}",
            "Cookie",
            cookie,
            "X-CSRF-Token",
            csrf);
    assertEquals("LOGIN_FAILED", code(wrongCurrent));
    HttpResponse<String> chosen =
        send(
            "POST",
            API + "/auth/password",
            "{\"currentPassword\":\""
                + temporary
                + "\",\"newPassword\":\"Hujan-Deras-Di-Medan-5\"}",
            "Cookie",
            cookie,
            "X-CSRF-Token",
            csrf);
    assertEquals(204, chosen.statusCode(), chosen.body());
    assertEquals(200, send("GET", API + "/audit/verify", null, "Cookie", cookie).statusCode());
    assertEquals(401, login("dewi.ppk", temporary, "198.51.100.32").statusCode());
    assertEquals(200, login("dewi.ppk", "Hujan-Deras-Di-Medan-5", "198.51.100.32").statusCode());
    for (String action :
        List.of("ACCOUNT_CHANGED", "ACCOUNT_PASSWORD_RESET", "ACCOUNT_PASSWORD_CHANGED")) {
      assertTrue(audited(action, "dewi.ppk"), action);
    }

    // The access review: who holds which role in which agency, as CSV too.
    Api auditor = Api.account(base, "auditor", Api.DEMO_PASSWORD);
    String csv =
        new String(
            auditor.download(API + "/admin/access-review.csv").body(), StandardCharsets.UTF_8);
    assertTrue(csv.contains("account,dewi.ppk,DEMO,auditor,true"), csv);
    assertTrue(csv.contains("api-client,Demo SIMPEG"), csv);
    assertFalse(csv.contains("account,admin,"), "a DEMO auditor sees DEMO's accounts only");
  }

  private String aDemoNip() {
    return admin()
        .get(API + "/employees?agency=DEMO&limit=1")
        .expect(200)
        .array()
        .getJsonObject(0)
        .getString("nip");
  }

  private int widgetWith(String token) {
    return Api.bearer(base, token).get(API + "/me/prompts").status();
  }

  private static String keyState(JsonObject portal, String keyId) {
    return portal.getJsonArray("keys").stream()
        .map(v -> v.asJsonObject())
        .filter(k -> k.getString("keyId").equals(keyId))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  @Test
  void portalKeysRotateWithAnOverlapAndAreRevokedAtOnce() {
    String nip = aDemoNip();
    String issuer = "kepegawaian-demo-2";
    String first = "first-key-of-the-second-portal-0123456789";
    String second = "second-key-of-the-second-portal-0123456789";
    String third = "third-key-of-the-second-portal-0123456789";
    Api admin = admin();
    String firstId =
        admin
            .post(
                API + "/admin/portals",
                "{\"agency\":\"DEMO\",\"issuer\":\"" + issuer + "\",\"secret\":\"" + first + "\"}")
            .expect(201)
            .json()
            .getString("keyId");
    // Registered once; another agency cannot take an issuer; a secret is never used twice.
    admin
        .post(
            API + "/admin/portals",
            "{\"agency\":\"DEMO\",\"issuer\":\"" + issuer + "\",\"secret\":\"" + second + "\"}")
        .problem(409, "PORTAL_EXISTS");
    admin
        .post(
            API + "/admin/portals",
            "{\"agency\":\"LAIN\",\"issuer\":\"" + issuer + "\",\"secret\":\"" + second + "\"}")
        .problem(409, "PORTAL_ISSUER_TAKEN");
    String reused =
        admin
            .post(
                API + "/admin/portals/" + issuer + "/keys",
                "{\"secret\":\"" + PortalTokens.DEMO_SECRET + "\"}")
            .problem(400, "INVALID_INPUT")
            .toString();
    assertTrue(reused.contains("REUSED"), reused);

    Instant now = Instant.now();
    String byFirst = PortalTokens.sign(first, issuer, nip, now, 600);
    assertEquals(200, widgetWith(byFirst));

    // Rotated: both keys are accepted during the overlap, the new one under its kid.
    String secondId =
        admin
            .post(
                API + "/admin/portals/" + issuer + "/keys",
                "{\"secret\":\"" + second + "\",\"overlapHours\":2}")
            .expect(201)
            .json()
            .getString("keyId");
    String bySecond = PortalTokens.sign(second, secondId, issuer, nip, now, 600);
    assertEquals(200, widgetWith(byFirst));
    assertEquals(200, widgetWith(bySecond));
    assertEquals(401, widgetWith(PortalTokens.sign(first, secondId, issuer, nip, now, 600)));
    admin
        .post(API + "/admin/portals/" + issuer + "/keys", "{\"secret\":\"" + third + "\"}")
        .problem(409, "PORTAL_KEY_OVERLAP");
    JsonObject listed =
        admin.get(API + "/admin/portals?agency=DEMO").expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("issuer").equals(issuer))
            .findFirst()
            .orElseThrow();
    assertEquals("RETIRING", keyState(listed, firstId));
    assertEquals("CURRENT", keyState(listed, secondId));
    assertFalse(listed.toString().contains(first), "a listing never shows a secret");

    // Revoked: refused from the next request on, while the other key goes on.
    admin
        .send("DELETE", API + "/admin/portals/" + issuer + "/keys/" + firstId, null, null, null)
        .expect(204);
    assertEquals(401, widgetWith(byFirst));
    assertEquals(200, widgetWith(bySecond));

    // A rotation without overlap retires the replaced key at once.
    String thirdId =
        admin
            .post(
                API + "/admin/portals/" + issuer + "/keys",
                "{\"secret\":\"" + third + "\",\"overlapHours\":0}")
            .expect(201)
            .json()
            .getString("keyId");
    assertEquals(401, widgetWith(bySecond));
    assertEquals(200, widgetWith(PortalTokens.sign(third, thirdId, issuer, nip, now, 600)));

    // Another agency's administrator sees none of it and cannot revoke it.
    Api lain = lainAdmin();
    assertEquals(0, lain.get(API + "/admin/portals").expect(200).array().size());
    lain.send("DELETE", API + "/admin/portals/" + issuer + "/keys/" + thirdId, null, null, null)
        .problem(404, "NOT_FOUND");
    lain.post(API + "/admin/portals/" + issuer + "/keys", "{\"secret\":\"" + first + "x\"}")
        .problem(404, "NOT_FOUND");
    assertEquals(200, widgetWith(PortalTokens.sign(third, thirdId, issuer, nip, now, 600)));

    for (String action :
        List.of("PORTAL_KEY_REGISTERED", "PORTAL_KEY_ROTATED", "PORTAL_KEY_REVOKED")) {
      assertTrue(audited(action, "portal", issuer), action);
    }
  }

  /** The administrator of a second agency, LAIN, created the first time a test needs them. */
  private synchronized Api lainAdmin() {
    if (!lainAdminCreated) {
      admin()
          .post(
              API + "/admin/accounts",
              "{\"username\":\"lain.admin\",\"password\":\"Malam-Sunyi-Di-Ambon-4\","
                  + "\"roles\":[\"admin\",\"auditor\"],\"agency\":\"LAIN\"}")
          .expect(201);
      lainAdminCreated = true;
    }
    return Api.account(base, "lain.admin", "Malam-Sunyi-Di-Ambon-4");
  }

  private static boolean lainAdminCreated;

  /**
   * An election in 2033, so that it never overlaps the demo's (another test's reports would not
   * know which election they belong to).
   */
  private static String election(String name, String agencies) {
    LocalDate today = LocalDate.of(2033, 3, 1);
    return "{\"type\":\"PILKADA\",\"name\":\""
        + name
        + "\",\"agencies\":["
        + agencies
        + "],\"startDate\":\""
        + today.minusDays(10)
        + "\",\"campaignStart\":\""
        + today
        + "\",\"campaignEnd\":\""
        + today.plusDays(30)
        + "\",\"votingDay\":\""
        + today.plusDays(33)
        + "\",\"endDate\":\""
        + today.plusDays(60)
        + "\"}";
  }

  @Test
  void aSharedElectionIsChangedCentrallyAndEveryAgencyItConcernsSeesTheChange() {
    // Agencies other than DEMO: the other tests count on DEMO's one election.
    Api lain = lainAdmin();
    Api central = admin();
    central
        .post(
            API + "/admin/accounts",
            "{\"username\":\"ketiga.auditor\",\"password\":\"Senja-Merah-Di-Palu-2\","
                + "\"roles\":[\"auditor\"],\"agency\":\"KETIGA\"}")
        .expect(201);
    long shared =
        central
            .post(API + "/elections", election("Pilkada Bersama", "\"KETIGA\",\"LAIN\""))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    // An agency's administrator cannot move or narrow what other agencies share...
    lain.put(API + "/elections/" + shared, election("Pilkada LAIN saja", "\"LAIN\""))
        .problem(403, "CENTRAL_ONLY");
    // ...but writes their own part of it: their agency's gate policy.
    lain.put(
            API + "/elections/" + shared + "/policy",
            "{\"mode\":\"RECORD_ONLY\",\"requirePact\":true,\"requireTraining\":false,"
                + "\"gatedLeaveTypes\":[\"CLTN\"],\"gatedDutyBodies\":[\"KPPS\"]}")
        .expect(200);
    central
        .put(API + "/elections/" + shared, election("Pilkada Bersama (KETIGA)", "\"KETIGA\""))
        .expect(200);
    // The agency dropped from it still sees that it was, and the other agency sees it too.
    assertEquals(
        List.of("ELECTION_CREATED", "ELECTION_UPDATED"), lain.actionsOn("election", shared));
    assertEquals(
        List.of("ELECTION_CREATED", "ELECTION_UPDATED"),
        Api.account(base, "ketiga.auditor", "Senja-Merah-Di-Palu-2").actionsOn("election", shared));
    assertTrue(
        Api.account(base, "auditor", Api.DEMO_PASSWORD).actionsOn("election", shared).isEmpty(),
        "an agency it never concerned sees none of it");
    lain.get(API + "/elections/" + shared).problem(404, "NOT_FOUND");

    // An election of one agency is that agency's own to change, never to widen to another.
    long own =
        lain.post(API + "/elections", election("Pilkades LAIN", "\"LAIN\""))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    lain.put(API + "/elections/" + own, election("Pilkades LAIN (diubah)", "\"LAIN\"")).expect(200);
    lain.put(API + "/elections/" + own, election("Pilkades LAIN", "\"LAIN\",\"KETIGA\""))
        .problem(404, "NOT_FOUND");
    assertEquals(
        "Pilkades LAIN (diubah)",
        lain.get(API + "/elections/" + own).expect(200).json().getString("name"));
  }

  /**
   * Texts too long for where they are kept: each answers 400 naming the field (never a 500, never
   * stored cut).
   */
  @Test
  void everyTextTheApiStoresIsRefusedWhenTooLong() {
    String huge = "x".repeat(100_000);
    String longName = "n".repeat(300);
    Api admin = admin();
    Api officer = Api.account(base, "officer", Api.DEMO_PASSWORD);
    LocalDate today = Api.today();
    String nip = aDemoNip();
    String caseBody =
        "{\"nip\":\"%s\",\"violation\":\"PP94-5N-2\",\"source\":\"PUBLIC_REPORT\","
            + "\"reporter\":\"%s\",\"eventDate\":\""
            + today.minusDays(3)
            + "\",\"knownDate\":\""
            + today.minusDays(2)
            + "\",\"evidence\":[\"%s\"],\"description\":\"%s\"}";
    List<String> wrong = new java.util.ArrayList<>();
    java.util.function.BiConsumer<String, Api.Res> expectRefused =
        (what, r) -> {
          if (r.status() != 400 || !r.body().contains("\"field\"")) {
            wrong.add(what + " → " + r.status() + " " + r.body());
          }
        };
    expectRefused.accept(
        "case description",
        officer.post(API + "/cases", caseBody.formatted(nip, "Warga", "BUKTI/1", huge)));
    expectRefused.accept(
        "case reporter",
        officer.post(API + "/cases", caseBody.formatted(nip, longName, "BUKTI/1", "Uraian")));
    expectRefused.accept(
        "case evidence",
        officer.post(API + "/cases", caseBody.formatted(nip, "Warga", huge, "Uraian")));
    long id =
        officer
            .post(API + "/cases", caseBody.formatted(nip, "Warga", "BUKTI/2", "Uraian"))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    officer.post(API + "/cases/" + id + "/actions/START_VERIFICATION", "{}").expect(200);
    expectRefused.accept(
        "dismissal note",
        officer.post(
            API + "/cases/" + id + "/actions/DISMISS", "{\"note\":\"" + "c".repeat(5000) + "\"}"));
    expectRefused.accept(
        "election name", admin.post(API + "/elections", election(longName, "\"KETIGA\"")));
    expectRefused.accept(
        "api client name",
        admin.post(
            API + "/admin/api-clients", "{\"name\":\"" + longName + "\",\"agency\":\"DEMO\"}"));
    expectRefused.accept(
        "account username",
        admin.post(
            API + "/admin/accounts",
            "{\"username\":\""
                + longName
                + "\",\"password\":\"Pagi-Cerah-Di-Bogor-7\",\"roles\":[\"officer\"],"
                + "\"agency\":\"DEMO\"}"));
    expectRefused.accept(
        "portal issuer",
        admin.post(
            API + "/admin/portals",
            "{\"agency\":\"DEMO\",\"issuer\":\""
                + longName
                + "\",\"secret\":\"another-portal-secret-0123456789-abcdef\"}"));
    Api.Res employees =
        Api.key(base, Api.DEMO_KEY)
            .post(
                API + "/employees",
                "[{\"nip\":\""
                    + nip
                    + "\",\"type\":\"PNS\",\"name\":\"Nama\",\"unitName\":\""
                    + longName
                    + "\"}]");
    if (employees.status() != 200 || !employees.body().contains("TOO_LONG")) {
      wrong.add("employee unit name → " + employees.status() + " " + employees.body());
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    // And nothing of it was stored: the dismissal did not happen.
    assertEquals(
        "VERIFICATION", officer.get(API + "/cases/" + id).expect(200).json().getString("state"));
  }

  /**
   * Every write the OpenAPI document lists, sent by a central administrator with each string field
   * (and each list of strings) 25,000 characters long, more than any column holds: refused, never a
   * 500. Path parameters are an existing case, election or portal where one is named, else "1";
   * logins are left out.
   */
  @Test
  void noWriteAnswersAServerErrorToOversizedTexts() {
    JsonObject doc =
        Json.createReader(
                new StringReader(
                    send("GET", "/openapi", null, "Accept", "application/json").body()))
            .readObject();
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    String huge = "x".repeat(25_000);
    Api admin = admin();
    String employee = aDemoNip();
    List<String> failures = new java.util.ArrayList<>();
    java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    int tried = 0;
    for (var path : doc.getJsonObject("paths").entrySet()) {
      String template = path.getKey();
      if (template.contains("/auth/")) {
        continue;
      }
      for (var op : path.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("POST", "PUT", "PATCH").contains(method)) {
          continue;
        }
        JsonObject operation = op.getValue().asJsonObject();
        JsonObject schema = jsonBodySchema(operation, schemas);
        if (schema == null || !schema.containsKey("properties")) {
          continue;
        }
        var body = Json.createObjectBuilder();
        for (var prop : schema.getJsonObject("properties").entrySet()) {
          JsonObject p = prop.getValue().asJsonObject();
          String type = p.getString("type", "");
          if (type.equals("string") && !p.containsKey("format") && !p.containsKey("enum")) {
            body.add(prop.getKey(), huge);
          } else if (type.equals("array")
              && p.getJsonObject("items") != null
              && p.getJsonObject("items").getString("type", "").equals("string")) {
            body.add(prop.getKey(), Json.createArrayBuilder().add(huge));
          }
        }
        String url = "/netra" + template.replaceAll("\\{[^}]+}", "1");
        // The employee's own endpoints with a portal token, the rest as the administrator.
        Api caller =
            template.startsWith("/api/v1/me/")
                ? Api.bearer(base, PortalTokens.demo(employee))
                : admin;
        Api.Res r;
        try {
          r = caller.send(method, url, "application/json", body.build().toString(), null);
        } catch (IllegalStateException closed) {
          // Refused before its body was read (a role that may not call it): the server closes
          // the connection while a large body is still being sent. Such a call is not the
          // administrator's to make; with an empty body it must answer 401/403.
          Api.Res small = caller.send(method, url, "application/json", "{}", null);
          if (small.status() != 403 && small.status() != 401) {
            failures.add(method + " " + template + " closed the connection: " + closed);
          }
          continue;
        }
        tried++;
        statuses.merge(r.status(), 1, Integer::sum);
        if (r.status() >= 500 || r.body().contains("INTERNAL_ERROR")) {
          failures.add(method + " " + template + " → " + r.status() + " " + r.body());
        }
      }
    }
    assertTrue(tried > 20, "writes tried: " + tried);
    // Most writes reach their validation (a 400), not only a 404 for the "1" in their path.
    assertTrue(statuses.getOrDefault(400, 0) * 2 > tried, statuses.toString());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static JsonObject jsonBodySchema(JsonObject operation, JsonObject schemas) {
    JsonObject content =
        operation.containsKey("requestBody")
            ? operation.getJsonObject("requestBody").getJsonObject("content")
            : null;
    if (content == null || !content.containsKey("application/json")) {
      return null;
    }
    JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
    if (schema == null) {
      return null;
    }
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }
}
