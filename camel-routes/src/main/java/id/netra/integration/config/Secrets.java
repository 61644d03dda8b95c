package id.netra.integration.config;

import java.util.Optional;

/**
 * Resolves the secret references a connector file may hold: {@code ${env:NAME}} (an environment
 * variable), {@code ${sys:NAME}} (a system property) and {@code ${alias:NAME}} (a password alias of
 * the application server, resolved by the application).
 */
@FunctionalInterface
public interface Secrets {

  /**
   * @param source env, sys or alias
   * @return the value, or empty if there is none
   */
  Optional<String> resolve(String source, String name);

  /** Environment variables and system properties; aliases unknown. */
  Secrets ENVIRONMENT =
      (source, name) ->
          switch (source) {
            case "env" -> Optional.ofNullable(System.getenv(name));
            case "sys" -> Optional.ofNullable(System.getProperty(name));
            default -> Optional.empty();
          };
}
