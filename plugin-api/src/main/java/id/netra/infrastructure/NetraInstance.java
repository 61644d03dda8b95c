package id.netra.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which Netra this is, when several instances share one database: named on the outbox messages it
 * claims and in its health answer. {@code netra.instance.name}, else the host and the Payara
 * domain.
 */
@ApplicationScoped
public class NetraInstance {

  static final int MAX_LENGTH = 100;

  @Inject
  @ConfigProperty(name = "netra.instance.name")
  Optional<String> configured;

  private String name;

  @PostConstruct
  void init() {
    name = nameOf(configured.orElse(null), host(), System.getProperty("com.sun.aas.instanceRoot"));
  }

  public String name() {
    return name;
  }

  /** The configured name, else {@code host/domain} (the domain is the instance root's folder). */
  static String nameOf(String configured, String host, String instanceRoot) {
    String n;
    if (configured != null && !configured.isBlank()) {
      n = configured.strip();
    } else {
      Path root = instanceRoot == null ? null : Path.of(instanceRoot).getFileName();
      n = root == null ? host : host + "/" + root;
    }
    return n.length() <= MAX_LENGTH ? n : n.substring(0, MAX_LENGTH);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception unknown) {
      return "localhost";
    }
  }
}
