package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on against a real Keycloak (realm {@code config/keycloak/netra-realm.json}), walked
 * as a browser does, and tried as an attacker would: a callback not started in this browser, a code
 * replayed, a person without a Netra role or without an agency, an account disabled in Netra, a
 * password login or reset of an SSO account, roles changed at the provider.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoIT {

  private static final String API = "/netra/api/v1";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void keycloak() {
    Keycloak.await();
  }

  private URI netra() {
    return URI.create(base.toString());
  }

  private Api admin() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  /** What the console's session call answers for this browser's cookie. */
  private JsonObject session(Keycloak.Browser browser) {
    HttpResponse<String> r = browser.get(netra().resolve(API + "/session"));
    assertEquals(200, r.statusCode(), r.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
  }

  private static String refusal(HttpResponse<?> r) {
    URI to = Keycloak.Browser.location(r);
    assertTrue(to.getPath().endsWith("/netra/console/"), to.toString());
    String q = to.getQuery() == null ? "" : to.getQuery();
    return q.startsWith("sso=") ? q.substring(4) : "(none: " + to + ")";
  }

  @Test
  void offersTheProviderAndStartsWithPkce() {
    var offered = Api.anonymous(base).get(API + "/auth/sso").expect(200).body();
    assertTrue(offered.contains("\"id\":\"keycloak\""), offered);
    assertTrue(offered.contains("SSO BKN"), offered);
    Keycloak.Browser b = new Keycloak.Browser();
    HttpResponse<String> start = b.get(netra().resolve(API + "/auth/sso/keycloak/login"));
    assertEquals(303, start.statusCode());
    String to = Keycloak.Browser.location(start).toString();
    assertTrue(to.contains("code_challenge_method=S256"), to);
    assertTrue(to.contains("nonce="), to);
    assertTrue(to.contains("redirect_uri=http%3A%2F%2F"), to);
    String cookie = start.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("NETRA_SSO="), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    Api.anonymous(base).get(API + "/auth/sso/nobody/login").problem(404, "NOT_FOUND");
  }

  @Test
  void agencyAdministratorLogsInAndIsAnAccountOfTheProvider() {
    Keycloak.Browser b = new Keycloak.Browser();
    HttpResponse<String> done = b.login(netra(), "sari.sso");
    assertEquals(303, done.statusCode(), done.body());
    assertEquals("/netra/console/", Keycloak.Browser.location(done).getPath());
    assertTrue(b.session().isPresent(), "a session cookie");
    String set = String.join("\n", done.headers().allValues("Set-Cookie"));
    assertTrue(set.contains("NETRA_SESSION=") && set.contains("SameSite=Strict"), set);
    JsonObject s = session(b);
    assertEquals("sari.sso@keycloak", s.getString("name"));
    assertEquals("DEMO", s.getString("agency"));
    assertEquals("[\"admin\"]", s.getJsonArray("roles").toString());
    assertNotNull(s.getString("csrfToken"));

    // The session's changes need its CSRF token, as a password login's do.
    HttpResponse<String> noCsrf =
        b.send(
            HttpRequest.newBuilder(netra().resolve(API + "/auth/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, noCsrf.statusCode(), noCsrf.body());

    String accounts = admin().get(API + "/admin/accounts?agency=DEMO").expect(200).body();
    assertTrue(accounts.contains("\"username\":\"sari.sso@keycloak\""), accounts);
    assertTrue(accounts.contains("\"sso\":\"keycloak\""), accounts);
    String review = admin().get(API + "/admin/access-review?agency=DEMO").expect(200).body();
    assertTrue(review.contains("\"holder\":\"sso:keycloak\""), review);
    String audit =
        admin()
            .get(API + "/audit?agency=DEMO&entityType=account&entityId=sari.sso@keycloak")
            .expect(200)
            .body();
    assertTrue(audit.contains("ACCOUNT_CREATED") && audit.contains("sso:keycloak"), audit);

    // Its password and roles are the provider's: Netra refuses both.
    var token = Api.token(netra().resolve("/"), "sari.sso@keycloak", Keycloak.PASSWORD);
    assertEquals(401, token.statusCode(), token.body());
    admin()
        .post(API + "/admin/accounts/sari.sso@keycloak/password-reset", "{}")
        .problem(409, "ACCOUNT_SSO");
    admin()
        .send(
            "PATCH",
            API + "/admin/accounts/sari.sso@keycloak",
            "application/json",
            "{\"roles\":[\"auditor\"]}",
            null)
        .problem(409, "ACCOUNT_SSO");
  }

  @Test
  void centralOnlyWhereTheClaimNamesACentralAgency() {
    Keycloak.Browser b = new Keycloak.Browser();
    assertEquals(303, b.login(netra(), "dewi.pusat").statusCode());
    JsonObject s = session(b);
    assertTrue(!s.containsKey("agency") || s.isNull("agency"), s.toString());
    assertEquals("[\"auditor\"]", s.getJsonArray("roles").toString());
  }

  @Test
  void noRoleOrNoAgencyIsRefusedWithItsReason() {
    Keycloak.Browser b = new Keycloak.Browser();
    assertEquals("SSO_NO_ROLE", refusal(b.login(netra(), "andi.tanpaperan")));
    assertFalse(b.session().isPresent());
    Keycloak.Browser c = new Keycloak.Browser();
    assertEquals("SSO_NO_AGENCY", refusal(c.login(netra(), "tono.tanpainstansi")));
    String accounts = admin().get(API + "/admin/accounts").expect(200).body();
    assertFalse(accounts.contains("andi.tanpaperan"), accounts);
    assertFalse(accounts.contains("tono.tanpainstansi"), accounts);
  }

  @Test
  void aCallbackNotStartedHereOrReplayedLogsNobodyIn() {
    Keycloak.Browser victim = new Keycloak.Browser();
    URI callback = victim.throughKeycloak(netra(), "joko.sso");
    // Another browser (a forged link) without the login's cookie.
    Keycloak.Browser attacker = new Keycloak.Browser();
    assertEquals("SSO_STATE", refusal(attacker.get(callback)));
    assertFalse(attacker.session().isPresent());
    // A state that is not the login's.
    URI tampered = URI.create(callback.toString().replaceFirst("state=[^&]+", "state=forged"));
    assertEquals("SSO_STATE", refusal(victim.get(tampered)));
    // The login's own browser: its cookie went with the refusal, so start again and finish.
    URI fresh = victim.throughKeycloak(netra(), "joko.sso");
    assertEquals(303, victim.get(fresh).statusCode());
    assertTrue(victim.session().isPresent());
    // The same code once more, with a new login's cookie: Keycloak refuses a used code.
    Keycloak.Browser again = new Keycloak.Browser();
    again.get(netra().resolve(API + "/auth/sso/keycloak/login"));
    String state = again.cookies.value("NETRA_SSO").orElseThrow().split("\\.")[1];
    URI replay = URI.create(fresh.toString().replaceFirst("state=[^&]+", "state=" + state));
    assertEquals("SSO_TOKEN", refusal(again.get(replay)));
  }

  @Test
  void anAccountDisabledInNetraStaysOut() {
    Keycloak.Browser b = new Keycloak.Browser();
    assertEquals(303, b.login(netra(), "joko.sso").statusCode());
    assertEquals("[\"officer\"]", session(b).getJsonArray("roles").toString());
    admin()
        .send(
            "PATCH",
            API + "/admin/accounts/joko.sso@keycloak",
            "application/json",
            "{\"active\":false}",
            null)
        .expect(200);
    // Its session ended, and the provider cannot bring it back.
    assertEquals(401, b.get(netra().resolve(API + "/session")).statusCode());
    Keycloak.Browser c = new Keycloak.Browser();
    assertEquals("SSO_DISABLED", refusal(c.login(netra(), "joko.sso")));
    admin()
        .send(
            "PATCH",
            API + "/admin/accounts/joko.sso@keycloak",
            "application/json",
            "{\"active\":true}",
            null)
        .expect(200);
    Keycloak.Browser d = new Keycloak.Browser();
    assertEquals(303, d.login(netra(), "joko.sso").statusCode());
    assertTrue(d.session().isPresent());
  }

  @Test
  void rolesChangedAtTheProviderApplyAtTheNextLoginAndAreAudited() {
    Keycloak.Admin kc = Keycloak.Admin.login();
    Keycloak.Browser first = new Keycloak.Browser();
    assertEquals(303, first.login(netra(), "sari.sso").statusCode());
    kc.grant("sari.sso", "netra-ppk");
    try {
      Keycloak.Browser next = new Keycloak.Browser();
      assertEquals(303, next.login(netra(), "sari.sso").statusCode());
      assertEquals("[\"admin\",\"ppk\"]", session(next).getJsonArray("roles").toString());
      String audit =
          admin()
              .get(
                  API
                      + "/audit?agency=DEMO&entityType=account&entityId=sari.sso@keycloak"
                      + "&action=ACCOUNT_CHANGED")
              .expect(200)
              .body();
      assertTrue(audit.contains("admin,ppk"), audit);
    } finally {
      kc.revoke("sari.sso", "netra-ppk");
    }
    Keycloak.Browser after = new Keycloak.Browser();
    assertEquals(303, after.login(netra(), "sari.sso").statusCode());
    assertEquals("[\"admin\"]", session(after).getJsonArray("roles").toString());
  }
}
