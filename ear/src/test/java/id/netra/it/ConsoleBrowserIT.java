package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Debian's chromium: an administrator sees the compliance dashboard and publishes a
 * new pact version; an officer takes a case a step further and a PPK may not; a wrong password is
 * refused without a browser prompt. axe-core checks each page; screenshots go to
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

  static ChromeDriver browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void start() throws Exception {
    browser = Browsers.chromium();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  String console() {
    try {
      return new URL(base, "/netra/console/").toString();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  void login(String user, String password) {
    browser.get(console() + "#/login");
    browser.navigate().refresh(); // a fresh page: nothing kept from an earlier login
    WebElement name = waitFor(By.id("username"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = browser.findElement(By.id("password"));
    secret.clear();
    secret.sendKeys(password);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  WebElement waitFor(By what) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(what));
  }

  void waitForText(By what, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(what, text));
  }

  String main() {
    return browser.findElement(By.id("main")).getText();
  }

  @Test
  void anAdministratorSeesTheDashboardAndPublishesANewPactVersion() throws Exception {
    login("admin", "wrong");
    waitForText(By.id("main"), "salah");
    Browsers.shot(browser, "30-console-login-refused");
    Accessibility.check(browser, "login");

    login("admin", Api.DEMO_PASSWORD);
    waitForText(By.id("page-title"), "Kepatuhan");
    if (!browser.findElements(By.id("agency")).isEmpty()) { // a central account chooses
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("agency")))
          .selectByValue("DEMO");
      waitForText(By.id("main"), "DEMO");
    }
    waitFor(By.cssSelector("table"));
    String dash = main();
    assertTrue(dash.contains("Menandatangani pakta"), dash);
    assertTrue(dash.contains("Per unit kerja"), dash);
    assertTrue(dash.contains("PP94-5N-1"), "the demo's open cases: " + dash);
    assertFalse(browser.findElements(By.cssSelector("svg path")).isEmpty(), "the chart");
    assertTrue(browser.findElements(By.cssSelector("[data-csv]")).size() >= 3, "a CSV per table");
    Browsers.shot(browser, "31-console-dashboard");
    Accessibility.check(browser, "dashboard");

    // A new version of the demo pact: a draft from the published one, a clause changed, the
    // preview in both languages, then published.
    browser.findElement(By.cssSelector("a[href='#/templates']")).click();
    WebElement fresh =
        waitFor(
            By.cssSelector("[data-new-draft='PAKTA-NETRALITAS'], [data-edit='PAKTA-NETRALITAS']"));
    fresh.click();
    WebElement first = waitFor(By.id("ti0"));
    first.sendKeys(" (rev. konsol)");
    browser.findElement(By.id("te0")).sendKeys(" (console rev.)");
    browser.findElement(By.cssSelector("[data-preview]")).click();
    String preview = browser.findElement(By.id("preview")).getText();
    assertTrue(preview.contains("(rev. konsol)") && preview.contains("(console rev.)"), preview);
    browser.executeScript("document.getElementById('preview').scrollIntoView()");
    Browsers.shot(browser, "32-console-template-preview");
    Accessibility.check(browser, "template editor");
    browser.findElement(By.cssSelector("[data-publish]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    browser.switchTo().alert().accept();
    waitFor(By.cssSelector(".ok"));
    Browsers.shot(browser, "33-console-template-published");

    // The connectors: the demo SIMPEG's instance, its connection tested from the console.
    browser.findElement(By.cssSelector("a[href='#/connectors']")).click();
    waitFor(By.cssSelector("a[href='#/connectors/demo-simpeg']")).click();
    waitFor(By.cssSelector("[data-connector-action=test]")).click();
    waitFor(By.cssSelector("[aria-live] .ok, [aria-live] .alert"));
    assertEquals("STARTED", browser.findElement(By.cssSelector("[data-state]")).getText());
    assertTrue(main().contains("Uji koneksi: OK"), main());
    Browsers.shot(browser, "37-console-connector");
    Accessibility.check(browser, "connector page");

    // The gate policy: what the current one would hold today, by reason and unit, before saving.
    browser.findElement(By.cssSelector("a[href='#/policies']")).click();
    waitFor(By.cssSelector("[data-dry-run]")).click();
    waitForText(By.id("dry-run"), "akan ditahan");
    String dry = browser.findElement(By.id("dry-run")).getText();
    assertTrue(dry.contains("PACT_NOT_SIGNED") && dry.contains("TRAINING_NOT_PASSED"), dry);
    Browsers.shot(browser, "39-console-policy-dry-run");
    Accessibility.check(browser, "policy page");
    JsonObject policy =
        Api.account(base, "admin", Api.DEMO_PASSWORD)
            .get("/netra/api/v1/elections/" + electionId() + "/policy?agency=DEMO")
            .expect(200)
            .json();
    JsonObject run =
        Api.account(base, "admin", Api.DEMO_PASSWORD)
            .post(
                "/netra/api/v1/elections/" + electionId() + "/policy/dry-run?agency=DEMO",
                policy.toString())
            .expect(200)
            .json();
    JsonObject total =
        Api.account(base, "auditor", Api.DEMO_PASSWORD)
            .get("/netra/api/v1/elections/" + electionId() + "/compliance")
            .expect(200)
            .json()
            .getJsonObject("total");
    assertEquals(total.getInt("employees"), run.getInt("employees"), run.toString());
    assertTrue(
        run.getInt("blocked") >= total.getInt("employees") - total.getInt("compliant"),
        run + " vs " + total);
    assertTrue(dry.contains(run.getInt("blocked") + " dari " + run.getInt("employees")), dry);

    // The audit chain verifies from the console.
    browser.findElement(By.cssSelector("a[href='#/audit']")).click();
    waitFor(By.cssSelector("[data-verify]")).click();
    waitForText(By.id("main"), "Rantai utuh");
    // Since the checkpoint that walk left: only what was appended after it.
    browser.executeScript("location.hash = '#/audit?walks=1'");
    waitFor(By.cssSelector("[data-walks]"));
    waitFor(By.cssSelector("[data-verify-since]")).click();
    waitForText(By.id("main"), "Rantai utuh");
    assertTrue(
        browser.findElement(By.cssSelector("[data-walks] tbody")).getText().contains("FULL"),
        "the walk is listed");
    Browsers.shot(browser, "38-console-audit");
    Accessibility.check(browser, "audit page");
    // Searched by action and day: only the publications of today.
    String today = Api.today().toString();
    browser.findElement(By.id("audit-action")).sendKeys("PACT_TEMPLATE_PUBLISHED");
    date("audit-from", java.time.LocalDate.parse(today).minusDays(1).toString());
    browser.findElement(By.cssSelector("[data-search-audit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> String.valueOf(hash()).contains("action=PACT_TEMPLATE_PUBLISHED"));
    waitForText(By.cssSelector("#main [data-entries] tbody"), "PACT_TEMPLATE_PUBLISHED");
    List<WebElement> rows = browser.findElements(By.cssSelector("#main [data-entries] tbody tr"));
    assertFalse(rows.isEmpty());
    for (WebElement row : rows) {
      assertEquals(
          "PACT_TEMPLATE_PUBLISHED",
          row.findElements(By.tagName("td")).get(4).getText(),
          row.getText());
    }
    Browsers.shot(browser, "38b-console-audit-search");

    JsonObject published =
        Api.account(base, "admin", Api.DEMO_PASSWORD)
            .get("/netra/api/v1/pact/templates?agency=DEMO")
            .expect(200)
            .array()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("code").equals("PAKTA-NETRALITAS"))
            .filter(t -> t.getString("status").equals("PUBLISHED"))
            .max(java.util.Comparator.comparingInt(t -> t.getInt("version")))
            .orElseThrow();
    assertTrue(published.getInt("version") >= 2, published.toString());
    assertTrue(
        published
            .getJsonArray("clauses")
            .getJsonObject(0)
            .getString("textId")
            .endsWith("(rev. konsol)"));
  }

  /** A central account picks the demo agency; an agency's own account has nothing to pick. */
  void chooseDemo() {
    if (!browser.findElements(By.id("agency")).isEmpty()) {
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("agency")))
          .selectByValue("DEMO");
      waitForText(By.id("main"), "DEMO");
    }
  }

  /** A date input takes what the browser's locale types; its value is set as ISO instead. */
  void date(String id, String iso) {
    browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), iso);
  }

  @Test
  void anAdministratorCreatesAnElectionEditsItAndPublishesANewTrainingModule() throws Exception {
    Api admin = Api.account(base, "admin", Api.DEMO_PASSWORD);
    login("admin", Api.DEMO_PASSWORD);
    waitForText(By.id("page-title"), "Kepatuhan");
    chooseDemo();

    // A past village-head election, created from the console: a wrong date order is refused with
    // the field named, then the mended one is created and listed as over.
    browser.findElement(By.cssSelector("a[href='#/elections']")).click();
    waitFor(By.cssSelector("[data-new-election]")).click();
    waitFor(By.id("e-name")).sendKeys("Pilkades Serentak 2025 (IT)");
    date("e-startDate", "2025-03-01");
    date("e-campaignStart", "2025-04-01");
    date("e-campaignEnd", "2025-05-20");
    date("e-votingDay", "2025-05-10");
    date("e-endDate", "2025-07-01");
    browser.findElement(By.cssSelector("[data-save-election]")).click();
    waitFor(By.cssSelector("#main [role=alert]"));
    assertTrue(main().contains("votingDay"), main());
    Browsers.shot(browser, "43-console-election-refused");
    Accessibility.check(browser, "new election form");
    date("e-votingDay", "2025-06-01");
    browser.findElement(By.cssSelector("[data-save-election]")).click();
    waitForText(By.id("main"), "dibuat");
    assertTrue(main().contains("Pilkades Serentak 2025 (IT)"), main());
    JsonObject created =
        admin.get("/netra/api/v1/elections?agency=DEMO").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("name").equals("Pilkades Serentak 2025 (IT)"))
            .findFirst()
            .orElseThrow();
    assertEquals("PILKADA", created.getString("type"));
    assertEquals("2025-06-01", created.getString("votingDay"));
    assertEquals(
        List.of("DEMO"),
        created.getJsonArray("agencies").getValuesAs(jakarta.json.JsonString::getString));
    long id = created.getJsonNumber("id").longValue();
    Browsers.shot(browser, "44-console-election-created");

    // Edited: a new name and a later end.
    browser.findElement(By.cssSelector("[data-edit-election='" + id + "']")).click();
    WebElement name = waitFor(By.id("e-name"));
    name.clear();
    name.sendKeys("Pilkades Serentak 2025 (IT, diubah)");
    date("e-endDate", "2025-08-01");
    browser.findElement(By.cssSelector("[data-save-election]")).click();
    waitForText(By.id("main"), "Pemilihan disimpan.");
    JsonObject edited = admin.get("/netra/api/v1/elections/" + id).expect(200).json();
    assertEquals("Pilkades Serentak 2025 (IT, diubah)", edited.getString("name"));
    assertEquals("2025-08-01", edited.getString("endDate"));
    List<String> audited =
        admin
            .get("/netra/api/v1/audit?entityType=election&entityId=" + id)
            .expect(200)
            .array()
            .stream()
            .map(e -> e.asJsonObject().getString("action"))
            .toList();
    assertTrue(
        audited.containsAll(List.of("ELECTION_CREATED", "ELECTION_UPDATED")), audited.toString());

    // The dashboard compares the elections: the new one is there, counted on its voting day.
    browser.findElement(By.cssSelector("a[href='#/dashboard']")).click();
    waitFor(By.cssSelector("svg[data-chart=across-elections]"));
    String dash = main();
    assertTrue(dash.contains("Antarpemilihan"), dash);
    assertTrue(dash.contains("Pilkades Serentak 2025 (IT, diubah)"), dash);
    assertTrue(dash.contains("2025-06-01"), "as of its voting day: " + dash);
    assertTrue(
        browser.findElements(By.cssSelector("svg[data-chart=across-elections] rect")).size() >= 7,
        "three columns per election");
    JsonObject across =
        admin
            .get("/netra/api/v1/elections/" + electionId() + "/compliance?agency=DEMO")
            .expect(200)
            .json();
    JsonObject demoTotal = across.getJsonObject("total");
    JsonObject demoAcross =
        across.getJsonArray("acrossElections").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getJsonNumber("electionId").longValue() == electionId())
            .findFirst()
            .orElseThrow();
    assertEquals(demoTotal.getInt("signedPercent"), demoAcross.getInt("signedPercent"));
    JsonObject pastAcross =
        across.getJsonArray("acrossElections").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getJsonNumber("electionId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals("2025-06-01", pastAcross.getString("asOf"), pastAcross.toString());
    assertEquals(0, pastAcross.getInt("signedPercent"), "nobody signed for it");
    browser.executeScript(
        "document.querySelector('svg[data-chart=across-elections]').scrollIntoView()");
    Browsers.shot(browser, "45-console-across-elections");
    Accessibility.check(browser, "dashboard across elections");

    // A new training module written in the console: material, a quiz with its right answers,
    // then published as version 1.
    browser.findElement(By.cssSelector("a[href='#/trainings']")).click();
    waitFor(By.cssSelector("[data-create-module]")).click();
    waitFor(By.id("m-code")).sendKeys("NETRALITAS-LANJUT-IT");
    browser.findElement(By.id("m-title")).sendKeys("Netralitas ASN: pendalaman");
    browser.findElement(By.id("s0t")).sendKeys("Media sosial");
    browser
        .findElement(By.id("s0b"))
        .sendKeys("Jangan menyukai, membagikan atau mengomentari kampanye.");
    browser.findElement(By.id("q0p")).sendKeys("Bolehkah ASN membagikan unggahan kampanye?");
    browser.findElement(By.id("q0c")).sendKeys("Boleh\nTidak boleh");
    var answer = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("q0a")));
    assertEquals(
        2, answer.getOptions().size(), "the right answer is picked among the typed choices");
    answer.selectByValue("1");
    Browsers.shot(browser, "46-console-module-new");
    Accessibility.check(browser, "new training module");
    browser.findElement(By.cssSelector("[data-publish-module]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    browser.switchTo().alert().accept();
    waitForText(By.id("main"), "Versi 1 diterbitkan.");
    Browsers.shot(browser, "47-console-module-published");
    JsonObject module =
        admin.get("/netra/api/v1/training/modules?agency=DEMO").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("code").equals("NETRALITAS-LANJUT-IT"))
            .findFirst()
            .orElseThrow();
    assertEquals("PUBLISHED", module.getString("status"));
    assertEquals(1, module.getInt("version"));
    assertEquals(
        "Media sosial", module.getJsonArray("sections").getJsonObject(0).getString("title"));
    assertEquals(
        List.of("Boleh", "Tidak boleh"),
        module
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonArray("choices")
            .getValuesAs(jakarta.json.JsonString::getString));

    // The shared catalogue: the central administrator corrects a sanction type's name.
    browser.get(console() + "#/catalogue");
    waitForText(By.id("page-title"), "Katalog");
    Accessibility.check(browser, "catalogue");
    waitFor(By.cssSelector("[data-edit-sanction='KONTRAK-PUTUS']")).click();
    WebElement sanctionName = waitFor(By.id("s-name"));
    sanctionName.clear();
    sanctionName.sendKeys("Pemutusan kontrak (dikoreksi)");
    browser
        .findElement(By.cssSelector("form[data-sanction='KONTRAK-PUTUS'] button[type=submit]"))
        .click();
    waitForText(By.id("main"), "Jenis hukuman KONTRAK-PUTUS disimpan");
    assertTrue(main().contains("Pemutusan kontrak (dikoreksi)"), main());
    Browsers.shot(browser, "44-console-catalogue");
  }

  WebElement active() {
    return browser.switchTo().activeElement();
  }

  /** Presses keys as a keyboard user would, on whatever has the focus. */
  void press(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
  }

  /** Shift+Tab until the focus is on an element the test accepts (at most 40 presses). */
  WebElement backTo(java.util.function.Predicate<WebElement> wanted, String what) {
    for (int i = 0; i < 40; i++) {
      new org.openqa.selenium.interactions.Actions(browser)
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.TAB)
          .keyUp(Keys.SHIFT)
          .perform();
      WebElement e = active();
      if (wanted.test(e)) {
        return e;
      }
    }
    throw new AssertionError("Shift+Tab never reached " + what);
  }

  /** Tab until the focus is on an element the test accepts (at most 60 presses). */
  WebElement forwardTo(java.util.function.Predicate<WebElement> wanted, String what) {
    for (int i = 0; i < 60; i++) {
      press(Keys.TAB);
      WebElement e = active();
      if (wanted.test(e)) {
        return e;
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }

  /** The focused element shows a focus ring a sighted keyboard user can see. */
  void focusVisible(WebElement e, String what) {
    Object style =
        browser.executeScript(
            "const s = getComputedStyle(arguments[0]);"
                + " return s.outlineStyle + ' ' + s.outlineWidth;",
            e);
    assertFalse(String.valueOf(style).startsWith("none"), what + ": no focus ring (" + style + ")");
  }

  static List<String> reversed(List<String> list) {
    List<String> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  String hash() {
    return (String) browser.executeScript("return location.hash");
  }

  /**
   * The accounts page: an administrator creates an account, resets its password and sees the
   * temporary one once; its holder logs in with it, is sent to choose their own, and works on; a
   * reload keeps the session, the logout ends it.
   */
  @Test
  void anAdministratorManagesAccountsAndTheHolderChoosesTheirPassword() throws Exception {
    login("admin", Api.DEMO_PASSWORD);
    waitForText(By.id("page-title"), "Kepatuhan");
    browser.findElement(By.cssSelector("#nav a[href='#/accounts']")).click();
    waitForText(By.id("page-title"), "Akun konsol");
    assertTrue(main().contains("officer"), main());
    browser.findElement(By.id("na-username")).sendKeys("rina.browser");
    browser.findElement(By.id("na-password")).sendKeys("Bunga-Melati-Pagi-2031");
    browser.findElement(By.cssSelector("input[name=na-role][value=officer]")).click();
    browser.findElement(By.cssSelector("[data-create-account]")).click();
    waitForText(By.id("account-notice"), "rina.browser");
    Accessibility.check(browser, "accounts page");
    Browsers.shot(browser, "50-console-accounts");
    // The portals page: a portal registered, its key rotated with the old one still valid.
    browser.findElement(By.cssSelector("#nav a[href='#/portals']")).click();
    waitForText(By.id("page-title"), "Portal HR");
    assertTrue(main().contains("demo-portal"), main());
    browser.findElement(By.id("np-issuer")).sendKeys("portal-peramban");
    browser.findElement(By.id("np-secret")).sendKeys("kunci-pertama-portal-peramban-0123456789");
    browser.findElement(By.cssSelector("[data-register-portal]")).click();
    waitForText(By.id("portal-notice"), "portal-peramban");
    browser
        .findElement(By.cssSelector("[data-rotate-secret='portal-peramban']"))
        .sendKeys("kunci-kedua-portal-peramban-0123456789");
    browser.findElement(By.cssSelector("[data-rotate='portal-peramban']")).click();
    waitForText(By.id("portal-notice"), "Kunci baru portal-peramban");
    assertTrue(main().contains("RETIRING"), main());
    Accessibility.check(browser, "portals page");
    Browsers.shot(browser, "52-console-portals");
    // A request that waits for the administrator's decision is counted on the Mutasi link.
    Api central = Api.account(base, "admin", Api.DEMO_PASSWORD);
    String waitingNip = "199405202020122004";
    Api.key(base, Api.DEMO_KEY)
        .post(
            "/netra/api/v1/employees",
            "[{\"nip\":\"" + waitingNip + "\",\"type\":\"PNS\",\"name\":\"Dewi Anggraini\"}]")
        .expect(200);
    long waitingId =
        central
            .post(
                "/netra/api/v1/transfers",
                "{\"nip\":\"" + waitingNip + "\",\"toAgency\":\"BROWSER-IT\"}")
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long waiting =
        central.get("/netra/api/v1/transfers?state=PENDING&limit=1000").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getBoolean("decidableByMe"))
            .count();
    By transfersLink = By.cssSelector("#nav a[href='#/transfers']");
    browser.findElement(transfersLink).click();
    waitForText(By.id("page-title"), "Mutasi pegawai");
    waitFor(By.id("nt-nip"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(transfersLink, "Mutasi (" + waiting + ")"));
    Accessibility.check(browser, "transfers page");
    browser.findElement(By.cssSelector("[data-refuse='" + waitingId + "']")).click();
    waitForText(By.id("transfer-notice"), "#" + waitingId);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBe(
                transfersLink, waiting == 1 ? "Mutasi" : "Mutasi (" + (waiting - 1) + ")"));
    browser.findElement(By.cssSelector("#nav a[href='#/accounts']")).click();
    waitForText(By.id("page-title"), "Akun konsol");

    browser.findElement(By.cssSelector("[data-reset='rina.browser']")).click();
    waitForText(By.id("account-notice"), "sementara");
    String notice = browser.findElement(By.id("account-notice")).getText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("rina\\.browser: (\\S{16})").matcher(notice);
    assertTrue(m.find(), notice);
    String temporary = m.group(1);

    login("rina.browser", temporary);
    waitForText(By.id("page-title"), "Kata sandi saya");
    assertTrue(main().contains("diatur administrator"), main());
    Accessibility.check(browser, "password page");
    browser.findElement(By.id("pw-current")).sendKeys(temporary);
    browser.findElement(By.id("pw-new")).sendKeys("Sungai-Jernih-Sore-2031");
    browser.findElement(By.id("pw-repeat")).sendKeys("Sungai-Jernih-Sore-2031");
    browser.findElement(By.cssSelector("[data-change-password]")).click();
    waitForText(By.id("main"), "Kata sandi diganti");
    Browsers.shot(browser, "51-console-password-changed");
    browser.findElement(By.cssSelector("#nav a[href='#/cases']")).click();
    waitForText(By.id("page-title"), "Antrean kasus");
    browser.navigate().refresh(); // the session outlives a reload
    waitForText(By.id("page-title"), "Antrean kasus");
    browser.findElement(By.cssSelector("[data-logout]")).click();
    waitFor(By.id("username"));
    browser.get(console() + "#/cases");
    browser.navigate().refresh();
    waitFor(By.id("username")); // logged out: the login form, not the queue
  }

  /**
   * Single sign-on as a person does it: the login page's button, Keycloak's own form, the
   * dashboard; the accounts page shows the provider's account with its roles managed there; a
   * person without a Netra role comes back to the login page with the reason in their language.
   */
  @Test
  void anAdministratorLogsInThroughSingleSignOn() throws Exception {
    Keycloak.await();
    browser.get(console() + "#/login");
    browser.navigate().refresh();
    WebElement sso = waitFor(By.cssSelector("[data-sso=keycloak]"));
    assertEquals("Masuk dengan SSO BKN", sso.getText());
    Accessibility.check(browser, "login with single sign-on");
    Browsers.shot(browser, "53-console-login-sso");
    sso.click();
    keycloakLogin("sari.sso");
    waitForText(By.id("page-title"), "Kepatuhan");
    assertTrue(browser.findElement(By.id("who")).getText().contains("sari.sso@keycloak"));
    browser.findElement(By.cssSelector("#nav a[href='#/accounts']")).click();
    waitForText(By.id("page-title"), "Akun konsol");
    WebElement managed = waitFor(By.cssSelector("[data-sso-roles='sari.sso@keycloak']"));
    assertTrue(managed.getText().contains("diatur di penyedia"), managed.getText());
    assertTrue(browser.findElements(By.cssSelector("[data-reset='sari.sso@keycloak']")).isEmpty());
    Accessibility.check(browser, "accounts page with an SSO account");
    browser.findElement(By.cssSelector("[data-logout]")).click();
    waitFor(By.id("username"));

    // Another person at the same browser: Keycloak's own session is ended first.
    browser.get(Keycloak.ISSUER + "/account");
    browser.manage().deleteAllCookies();
    browser.get(console() + "#/login");
    browser.navigate().refresh();
    waitFor(By.cssSelector("[data-sso=keycloak]")).click();
    keycloakLogin("andi.tanpaperan");
    waitForText(By.cssSelector("#main .alert"), "tidak memegang peran Netra");
    assertTrue(browser.getCurrentUrl().endsWith("#/login"), browser.getCurrentUrl());
    assertFalse(browser.getCurrentUrl().contains("sso="), "the reason is shown once");
    Browsers.shot(browser, "54-console-sso-refused");
  }

  void keycloakLogin(String user) {
    WebElement name =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
    assertTrue(browser.getCurrentUrl().startsWith(Keycloak.ISSUER.toString()));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
    name.click();
  }

  /**
   * Keyboard only: the login form, the skip link, every menu entry reached with Shift+Tab from the
   * page title and opened with Enter (the new page's title takes the focus), a case opened from the
   * queue and the new-election form opened, each focused element with a visible ring.
   */
  @Test
  void theConsoleWorksWithTheKeyboardOnly() throws Exception {
    browser.get(console() + "#/login");
    browser.navigate().refresh();
    waitFor(By.id("username"));
    assertEquals("username", active().getAttribute("id"), "the login form takes the focus");
    press("admin", Keys.TAB);
    assertEquals("password", active().getAttribute("id"));
    press(Api.DEMO_PASSWORD, Keys.ENTER);
    waitForText(By.id("page-title"), "Kepatuhan");
    assertEquals("page-title", active().getAttribute("id"), "the page's title takes the focus");
    String dashboard = hash();

    // The skip link: first on the page, visible when focused, and it moves to the content
    // without leaving the page.
    WebElement skip = backTo(e -> "skip".equals(e.getAttribute("class")), "the skip link");
    assertEquals("Langsung ke isi", skip.getText());
    focusVisible(skip, "skip link");
    press(Keys.ENTER);
    assertEquals("main", active().getAttribute("id"));
    assertEquals(dashboard, hash(), "the skip link is no route");

    // Every menu entry.
    List<String> menu =
        browser.findElements(By.cssSelector("#nav a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    assertTrue(menu.size() >= 7, "the administrator's menu: " + menu);
    press(Keys.TAB); // into the page, below the menu
    // From the last entry back to the first, so that each one leads to another page.
    for (String href : reversed(menu)) {
      WebElement link = backTo(e -> href.equals(e.getDomAttribute("href")), href);
      focusVisible(link, href);
      press(Keys.ENTER);
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  hash().startsWith(href)
                      && "page".equals(link.getDomAttribute("aria-current"))
                      && "page-title".equals(active().getAttribute("id")));
    }
    Browsers.shot(browser, "48-console-keyboard-menu");

    // A case from the queue, with Tab and Enter.
    browser.findElement(By.cssSelector("#nav a[href='#/cases']")).sendKeys(Keys.ENTER);
    waitForText(By.id("page-title"), "Antrean kasus");
    WebElement caseLink =
        forwardTo(e -> String.valueOf(e.getDomAttribute("href")).startsWith("#/cases/"), "a case");
    focusVisible(caseLink, "case link");
    String target = caseLink.getDomAttribute("href");
    press(Keys.ENTER);
    // The old page's focused link goes away while the new page renders: wait through that.
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> hash().equals(target) && "page-title".equals(active().getAttribute("id")));
    assertTrue(active().getText().startsWith("Kasus"), active().getText());

    // The new-election form, opened and filled from the keyboard up to its first date.
    browser.findElement(By.cssSelector("#nav a[href='#/elections']")).sendKeys(Keys.ENTER);
    waitForText(By.id("page-title"), "Pemilihan");
    WebElement add = forwardTo(e -> e.getDomAttribute("data-new-election") != null, "new election");
    focusVisible(add, "new election");
    press(Keys.ENTER);
    waitFor(By.id("e-name"));
    WebElement field = forwardTo(e -> "e-name".equals(e.getAttribute("id")), "the name field");
    focusVisible(field, "name field");
    press("Keyboard");
    assertEquals("Keyboard", field.getAttribute("value"));
    press(Keys.TAB);
    assertEquals("e-startDate", active().getAttribute("id"), "the fields follow in order");
    Browsers.shot(browser, "49-console-keyboard-form");
  }

  long electionId() {
    return Api.account(base, "auditor", Api.DEMO_PASSWORD).firstElection();
  }

  @Test
  void anOfficerMovesACaseAndThePpkMayNot() throws Exception {
    // A fresh report, so that the test does not depend on the demo's cases.
    Api officer = Api.account(base, "officer", Api.DEMO_PASSWORD);
    String nip =
        Api.key(base, Api.DEMO_KEY)
            .get("/netra/api/v1/employees?limit=1&offset=150")
            .expect(200)
            .array()
            .getJsonObject(0)
            .getString("nip");
    java.time.LocalDate today = Api.today();
    long id =
        officer
            .post(
                "/netra/api/v1/cases",
                """
                {"nip":"%s","violation":"SKB-03","source":"INTERNAL","reporter":"Inspektorat",
                 "eventDate":"%s","knownDate":"%s","reference":"IT-CONSOLE-%s"}
                """
                    .formatted(nip, today.minusDays(2), today.minusDays(1), nip))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();

    login("officer", Api.DEMO_PASSWORD);
    waitForText(By.id("page-title"), "Kepatuhan");
    browser.findElement(By.cssSelector("a[href='#/cases']")).click();
    waitForText(By.id("page-title"), "Antrean kasus");
    Browsers.shot(browser, "34-console-case-queue");
    Accessibility.check(browser, "case queue");
    browser.get(console() + "#/cases/" + id);
    waitFor(By.cssSelector("[data-action=START_VERIFICATION]")).click();
    waitFor(By.cssSelector("[data-submit=START_VERIFICATION]")).click();
    waitForText(By.id("main"), "kini berstatus VERIFICATION");
    String page = main();
    assertTrue(page.contains("START_VERIFICATION: kasus kini berstatus VERIFICATION"), page);
    assertTrue(page.contains("REPORTED → VERIFICATION"), "the history: " + page);
    Browsers.shot(browser, "35-console-case-moved");
    Accessibility.check(browser, "case page");

    // The BAP is uploaded from the case page; a picture is refused as a decree, with the reason.
    java.nio.file.Path bap = java.nio.file.Files.createTempFile("bap-", ".pdf");
    java.nio.file.Files.writeString(bap, "%PDF-1.4\n% BAP pemeriksaan\n%%EOF\n");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("doc-kind")))
        .selectByValue("BAP");
    browser.findElement(By.id("doc-file")).sendKeys(bap.toString());
    browser.findElement(By.cssSelector("#doc-upload button[type=submit]")).click();
    waitForText(By.id("main"), "Dokumen " + bap.getFileName() + " diunggah.");
    assertEquals(1, browser.findElements(By.cssSelector("[data-document]")).size());
    java.nio.file.Path photo = java.nio.file.Files.createTempFile("sk-", ".png");
    java.nio.file.Files.write(
        photo,
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/kJ4/aQAAAABJRU5ErkJggg=="));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("doc-kind")))
        .selectByValue("DECREE");
    browser.findElement(By.id("doc-file")).sendKeys(photo.toString());
    browser.findElement(By.cssSelector("#doc-upload button[type=submit]")).click();
    waitFor(By.cssSelector("#doc-upload [role=alert]"));
    assertTrue(
        browser.findElement(By.cssSelector("#doc-upload [role=alert]")).getText().contains("PNG"),
        main());
    assertEquals(1, browser.findElements(By.cssSelector("[data-document]")).size(), "nothing kept");
    Browsers.shot(browser, "35b-console-case-documents");

    // RECOMMEND asks for its fields; a missing number is refused with the field named.
    browser.findElement(By.cssSelector("[data-action=RECOMMEND]")).click();
    waitFor(By.id("f-issuer")).sendKeys("Bawaslu Kabupaten Demo");
    browser.findElement(By.cssSelector("[data-submit=RECOMMEND]")).click();
    waitFor(By.cssSelector("#actions [role=alert]"));
    assertTrue(main().contains("number"), main());
    Browsers.shot(browser, "36-console-case-refused");

    JsonObject c = officer.get("/netra/api/v1/cases/" + id).expect(200).json();
    assertEquals("VERIFICATION", c.getString("state"));
    List<String> actions =
        c.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")).toList();
    assertEquals(List.of("REPORT", "START_VERIFICATION"), actions);

    // The PPK sees the case but has no verification step to take.
    browser.findElement(By.cssSelector(".who button")).click();
    login("ppk", Api.DEMO_PASSWORD);
    waitForText(By.id("page-title"), "Kepatuhan");
    browser.get(console() + "#/cases/" + id);
    waitForText(By.id("page-title"), "Kasus " + id);
    assertTrue(browser.findElements(By.cssSelector("[data-action=START_EXAMINATION]")).isEmpty());
  }

  @Test
  void inEnglishAnAuditorReadsTheElectionsAndTrainings() throws Exception {
    browser.get(console() + "#/login");
    browser.navigate().refresh();
    waitFor(By.id("username"));
    browser.findElement(By.xpath("//button[normalize-space()='English']")).click();
    waitForText(By.id("page-title"), "Log in");
    browser.findElement(By.id("username")).sendKeys("auditor");
    browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitForText(By.id("page-title"), "Compliance");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(main().contains("Signed the pact"), main());
    Browsers.shot(browser, "40-console-english-dashboard");

    browser.findElement(By.cssSelector("a[href='#/elections']")).click();
    waitForText(By.id("page-title"), "Elections");
    String elections = main();
    assertTrue(elections.contains("Pilkada Serentak (demo)"), elections);
    assertTrue(elections.contains("Campaign"), "the demo election is campaigning: " + elections);
    assertTrue(browser.findElements(By.cssSelector("[data-edit-election]")).isEmpty(), "read only");
    Browsers.shot(browser, "41-console-english-elections");
    Accessibility.check(browser, "elections page");

    browser.findElement(By.cssSelector("a[href='#/trainings']")).click();
    waitForText(By.id("page-title"), "Training");
    assertTrue(main().contains("NETRALITAS"), main());
    Browsers.shot(browser, "42-console-english-trainings");
    Accessibility.check(browser, "trainings page");
  }
}
