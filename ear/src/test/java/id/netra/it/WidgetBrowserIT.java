package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in Debian's chromium, embedded in the demo HR portal (config/demo/portal, started here
 * as run.sh starts it, on its own origin): an employee whose KPPS permit is held signs the pact and
 * passes the training in the widget, and the gate then allows the permit; the widget in English on
 * a phone's width; an expired token and an unreachable Netra each say so. axe-core checks every
 * state for serious and critical violations; a screenshot of each step goes to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WidgetBrowserIT {

  static final String PORTAL =
      "http://localhost:" + System.getProperty("netra.test.portalPort", "28090");
  static final Path SHOTS = Browsers.SHOTS;

  static Process portal;
  static ChromeDriver browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startPortalAndBrowser() throws Exception {
    Files.createDirectories(SHOTS);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    portal =
        new ProcessBuilder(
                java,
                System.getProperty("netra.test.portal"),
                "--port",
                PORTAL.substring(PORTAL.lastIndexOf(':') + 1),
                "--netra",
                "http://localhost:" + System.getProperty("netra.test.httpPort", "28080"))
            .redirectErrorStream(true)
            .redirectOutput(SHOTS.resolveSibling("demo-portal.log").toFile())
            .start();
    ConnectorIT.await("the demo portal", WidgetBrowserIT::portalUp);

    browser = Browsers.chromium();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (portal != null) {
      portal.destroy();
    }
  }

  static boolean portalUp() {
    try {
      HttpURLConnection c = (HttpURLConnection) new URL(PORTAL + "/token?nip=x").openConnection();
      c.setConnectTimeout(500);
      return c.getResponseCode() == 400;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  Api demo() {
    return Api.key(base, Api.DEMO_KEY);
  }

  @Test
  void aHeldPermitIsReleasedOnceThePactIsSignedAndTheTrainingPassedInTheWidget() throws Exception {
    JsonObject employee = untouched(Set.of());
    String nip = employee.getString("nip");
    String ref = "IT-WIDGET-KPPS-" + nip;
    String request = NetraApiIT.decision(ref, "ELECTION_DUTY", "KPPS", nip);
    JsonObject held = demo().post("/netra/api/v1/gate/decisions", request).expect(201).json();
    assertEquals("BLOCK", held.getString("outcome"));

    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(PORTAL + "/?nip=" + nip);
    SearchContext w = widget("[data-action=SIGN_PACT]");
    String overview = text(w);
    assertTrue(overview.contains("KPPS"), overview);
    assertTrue(overview.contains("Ditahan"), overview);
    assertTrue(overview.contains(employee.getString("name")), overview);
    shot("01-held-permit");
    accessible("overview");

    // The pact: every clause consented, the name typed, a confirmation step, then the receipt.
    w.findElement(By.cssSelector("[data-action=SIGN_PACT]")).click();
    w = widget("[data-step=next]");
    w.findElement(By.cssSelector("[data-step=next]")).click(); // nothing ticked yet
    assertTrue(text(w).contains("Setujui setiap butir pakta."), text(w));
    List<WebElement> boxes = w.findElements(By.cssSelector("input[type=checkbox]"));
    assertFalse(boxes.isEmpty());
    for (WebElement box : boxes) {
      box.click();
    }
    w.findElement(By.cssSelector("#typed")).sendKeys(employee.getString("name"));
    shot("02-pact");
    accessible("pact form");
    w.findElement(By.cssSelector("[data-step=next]")).click();
    w = widget("[data-step=sign]");
    assertTrue(text(w).contains(employee.getString("name")), text(w));
    shot("03-confirm");
    w.findElement(By.cssSelector("[data-step=sign]")).click();
    w = widget("[data-receipt-number]");
    String receipt = w.findElement(By.cssSelector("[data-receipt-number]")).getText();
    assertTrue(receipt.matches("\\d+"), receipt);
    shot("04-receipt");
    accessible("receipt");

    // The training: a wrong try says what is left, the right one passes with a certificate.
    w.findElement(By.cssSelector("[data-step=close]")).click();
    w = widget("[data-action=TAKE_TRAINING]");
    assertFalse(text(w).contains("pakta integritas\nBaca"), "the pact is no longer asked for");
    w.findElement(By.cssSelector("[data-action=TAKE_TRAINING]")).click();
    w = widget("[data-step=submit]");
    accessible("training");
    answer(w, new int[] {2, 2, 2, 2, 2});
    shot("05-quiz");
    w.findElement(By.cssSelector("[data-step=submit]")).click();
    w = widget("[data-step=retry]");
    assertTrue(text(w).contains("Sisa percobaan hari ini: 2."), text(w));
    shot("06-quiz-failed");
    w.findElement(By.cssSelector("[data-step=retry]")).click();
    w = widget("[data-step=submit]");
    answer(w, new int[] {1, 1, 0, 1, 1});
    w.findElement(By.cssSelector("[data-step=submit]")).click();
    w = widget("[data-certificate]");
    assertFalse(w.findElement(By.cssSelector("[data-certificate]")).getText().isBlank());
    shot("07-passed");
    w.findElement(By.cssSelector("[data-step=close]")).click();
    w = widget(".ok");
    assertTrue(text(w).contains("Tidak ada yang perlu Anda lakukan"), text(w));
    shot("08-done");
    accessible("done");

    // The gate now allows the permit: the same request answers the re-decision.
    JsonObject now = demo().post("/netra/api/v1/gate/decisions", request).expect(200).json();
    assertEquals("ALLOW", now.getString("outcome"), now.toString());
  }

  @Test
  void inEnglishOnAPhoneAndKeyboardOnly() throws Exception {
    JsonObject employee = untouched(Set.of());
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(PORTAL + "/?lang=en&nip=" + employee.getString("nip"));
      SearchContext w = widget("[data-action=SIGN_PACT]");
      String overview = text(w);
      assertTrue(overview.contains("What you need to do"), overview);
      assertTrue(overview.contains("Read and sign the integrity pact"), overview);
      shot("10-english-phone");
      accessible("English overview");

      // Keyboard only: the buttons are reachable and work with Enter; the view's heading takes the
      // focus.
      WebElement sign = w.findElement(By.cssSelector("[data-action=SIGN_PACT]"));
      browser.executeScript("arguments[0].focus()", sign);
      sign.sendKeys(org.openqa.selenium.Keys.ENTER);
      w = widget("[data-step=next]");
      Object focused =
          browser.executeScript(
              "return document.querySelector('netra-prompts').shadowRoot.activeElement.id");
      assertEquals("netra-view", focused);
      assertTrue(text(w).contains("I understand and agree to this clause"), text(w));
      shot("11-english-pact");
      accessible("English pact");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  void anExpiredTokenAndAnUnreachableNetraEachSaySo() throws Exception {
    String nip = untouched(Set.of()).getString("nip");
    browser.get(PORTAL + "/?expired=1&nip=" + nip);
    SearchContext w = widget("[role=alert]");
    assertTrue(text(w).contains("Sesi Anda telah berakhir"), text(w));
    shot("20-expired-token");
    accessible("expired token");

    browser.get(PORTAL + "/?netra=http://localhost:9&nip=" + nip);
    w = widget("[data-step=retry]");
    assertTrue(text(w).contains("Netra tidak dapat dihubungi"), text(w));
    shot("21-netra-unreachable");
  }

  // ---- helpers

  /** The widget's shadow root, once {@code selector} shows in it. */
  SearchContext widget(String selector) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> {
              SearchContext root = d.findElement(By.cssSelector("netra-prompts")).getShadowRoot();
              return root.findElements(By.cssSelector(selector)).isEmpty() ? null : root;
            });
  }

  /** The employee meets their own case in the widget: the decree, the deadline, the objection. */
  @Test
  void anEmployeeSeesTheirCaseAndObjectsToTheDecreeInTheWidget() throws Exception {
    JsonObject employee = untouched(Set.of());
    String nip = employee.getString("nip");
    java.time.LocalDate today = Api.today();
    Api officer = Api.account(base, "officer", Api.DEMO_PASSWORD);
    Api ppk = Api.account(base, "ppk", Api.DEMO_PASSWORD);
    long id =
        officer
            .post(
                "/netra/api/v1/cases",
                """
                {"nip":"%s","violation":"SKB-08","source":"INTERNAL",
                 "reporter":"Inspektorat Daerah Demo","eventDate":"%s"}
                """
                    .formatted(nip, today.minusDays(1)))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    String c = "/netra/api/v1/cases/" + id;
    officer
        .post(
            c + "/actions/START_EXAMINATION",
            "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\"}")
        .expect(200);
    ppk.post(c + "/actions/DECIDE", CaseIT.decree(id, "27", today)).expect(200);

    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(PORTAL + "/?nip=" + nip);
    SearchContext w = widget("[data-case='" + id + "'] [data-step=object]");
    String overview = text(w);
    assertTrue(overview.contains("Kasus dugaan pelanggaran Anda"), overview);
    assertTrue(overview.contains("SK/IT/" + id), overview);
    assertTrue(overview.contains("Keberatan dapat diajukan sampai"), overview);
    shot("09-my-case");
    accessible("my case");
    w.findElement(By.cssSelector("[data-case='" + id + "'] [data-step=object]")).click();
    w = widget("[data-step=send-objection]");
    w.findElement(By.cssSelector("[data-step=send-objection]")).click(); // no reason given
    w = widget("[role=alert]");
    assertTrue(text(w).contains("Uraikan keberatan"), text(w));
    w.findElement(By.cssSelector("#netra-objection")).sendKeys("Saya tidak hadir pada acara itu.");
    shot("10-objection");
    accessible("objection form");
    w.findElement(By.cssSelector("[data-step=send-objection]")).click();
    w = widget(".ok");
    assertTrue(text(w).contains("Keberatan Anda sudah diterima."), text(w));
    JsonObject after = officer.get(c).expect(200).json();
    assertEquals("OBJECTION", after.getString("state"));
    assertEquals("Saya tidak hadir pada acara itu.", after.getString("objection"));
  }

  static String text(SearchContext root) {
    return root.findElement(By.cssSelector("section")).getText();
  }

  static void answer(SearchContext w, int[] choices) {
    for (int i = 0; i < choices.length; i++) {
      w.findElement(By.cssSelector("#q" + i + "-" + choices[i])).click();
    }
  }

  void shot(String name) throws Exception {
    Browsers.shot(browser, name);
  }

  /** axe-core on the whole page, the widget's shadow DOM included: nothing serious or critical. */
  void accessible(String where) throws Exception {
    Accessibility.check(browser, where);
  }

  /** A demo employee (PNS) who has neither signed nor trained, from the end of the list. */
  JsonObject untouched(Set<String> skip) {
    List<JsonObject> all =
        demo().get("/netra/api/v1/employees?limit=500").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("type").equals("PNS"))
            .collect(Collectors.toCollection(ArrayList::new));
    java.util.Collections.reverse(all);
    for (JsonObject e : all) {
      String nip = e.getString("nip");
      if (skip.contains(nip) || used.contains(nip)) {
        continue;
      }
      if (demo().untouched(nip)) {
        used.add(nip);
        return e;
      }
    }
    throw new AssertionError("no untouched demo employee left");
  }

  static final Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
}
