package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Netra on the test database: the Payara domain the build prepared beside the Arquillian
 * one (ear/pom.xml, same environment, so the same database, connector folder and secrets), started
 * and given the same EAR here, and stopped again, so that no other test meets it.
 */
final class SecondNetra implements AutoCloseable {

  private final String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
  private final String domain = System.getProperty("netra.test.second.domain");
  private final int portBase = Integer.getInteger("netra.test.second.portbase");
  final URL base;

  private SecondNetra() throws Exception {
    base = new URL("http://localhost:" + (portBase + 80) + "/netra/");
  }

  /** Starts the domain, deploys the EAR and waits until Netra answers UP. */
  static SecondNetra start() throws Exception {
    SecondNetra n = new SecondNetra();
    try {
      n.asadmin("start-domain", n.domain);
      n.asadmin(
          "--port",
          String.valueOf(n.portBase + 48),
          "deploy",
          "--force=true",
          "--name",
          "netra",
          System.getProperty("netra.ear"));
      Api anonymous = Api.anonymous(n.base);
      Instant end = Instant.now().plus(Duration.ofSeconds(120));
      while (anonymous.get("/netra/api/v1/health").status() != 200) {
        if (Instant.now().isAfter(end)) {
          throw new AssertionError("the second Netra is not UP within 120 s; see " + n.log());
        }
        Thread.sleep(500);
      }
      return n;
    } catch (Exception | AssertionError e) {
      n.close();
      throw e;
    }
  }

  Path log() {
    return Path.of(
        System.getProperty("payara.home"), "glassfish", "domains", domain, "logs", "server.log");
  }

  private void asadmin(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(asadmin, "--interactive=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
  }

  /** Stops the domain (the deployment goes with it: the build recreates the domain each time). */
  @Override
  public void close() {
    try {
      asadmin("stop-domain", domain);
    } catch (Exception | AssertionError e) {
      System.err.println("Could not stop " + domain + ": " + e.getMessage());
    }
    if (Files.exists(log())) {
      System.out.println("The second Netra's log: " + log());
    }
  }
}
