package id.netra.infrastructure.security;

import id.netra.domain.shared.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * API keys look like {@code netra_<prefix>_<secret>}: the prefix finds the client, the secret is
 * checked against its SHA-256 hash (a key is random and long, so a slow hash adds nothing).
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key as issued: shown once in full, then only its prefix and hash are kept. */
  public record Issued(String prefix, String secret, String hash) {
    public String fullKey() {
      return "netra_" + prefix + "_" + secret;
    }
  }

  /** The parts of a presented key. */
  public record Presented(String prefix, String secret) {}

  private ApiKeys() {}

  public static Issued issue() {
    return issue(randomToken(6), randomToken(24));
  }

  /** A key with chosen parts: for the documented demo key only. */
  public static Issued issue(String prefix, String secret) {
    return new Issued(prefix, secret, Hashing.sha256Hex(secret));
  }

  public static Optional<Presented> parse(String key) {
    if (key == null || !key.startsWith("netra_")) {
      return Optional.empty();
    }
    String rest = key.substring("netra_".length());
    int sep = rest.indexOf('_');
    if (sep <= 0 || sep == rest.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new Presented(rest.substring(0, sep), rest.substring(sep + 1)));
  }

  /** Constant-time comparison of the presented secret with the stored hash. */
  public static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(
        Hashing.sha256Hex(secret).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private static String randomToken(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('_', 'x');
  }
}
