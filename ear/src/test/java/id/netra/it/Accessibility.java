package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's axe.min.js) run in the page under test: the WCAG 2.1 A and AA rules, open
 * Shadow DOM included; serious and critical violations fail the test, with where they are.
 */
final class Accessibility {

  private static String script;

  private Accessibility() {}

  static synchronized String script() throws IOException {
    if (script == null) {
      try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test classpath");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return script;
  }

  static void check(JavascriptExecutor page, String where) throws IOException {
    if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe !== 'undefined'"))) {
      page.executeScript(script());
    }
    Object found =
        page.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(n => JSON.stringify(n.target)).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    assertEquals(java.util.List.of(), found, where + ": accessibility violations");
  }
}
