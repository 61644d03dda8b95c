package id.netra.infrastructure.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the short-lived tokens an HR portal signs for its employee: a compact JWS with {@code
 * alg} HS256, claims {@code iss} (the portal), {@code sub} (the employee's NIP), {@code exp} and
 * {@code iat}, both required. Tokens living longer than {@link #MAX_LIFETIME_SECONDS}, or issued in
 * the future, are refused. A header {@code kid} names the portal key it was signed with; without
 * one each of the portal's valid keys is tried (at most two: the current one and, while a
 * rotation's overlap lasts, the one it replaced).
 */
public final class EmployeeTokens {

  /** The longest lifetime a portal may give a token. */
  public static final long MAX_LIFETIME_SECONDS = 3600;

  /** How far ahead of Netra's clock a portal's clock may run. */
  public static final long CLOCK_SKEW_SECONDS = 60;

  /** A verified token. */
  public record Claims(
      String issuer, String agencyCode, String keyId, String nip, Instant expiresAt) {}

  private EmployeeTokens() {}

  /**
   * @param token the compact JWS
   * @param validKeysOfIssuer the keys of an issuer's portal valid now (none for an unknown issuer)
   * @param now the current time
   * @return the claims, or empty if the token is malformed, unsigned by a valid key of a known
   *     portal, or expired
   */
  public static Optional<Claims> verify(
      String token, Function<String, List<PortalKey>> validKeysOfIssuer, Instant now) {
    try {
      String[] parts = token.split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      JsonObject header = json(parts[0]);
      if (!"HS256".equals(header.getString("alg", ""))) {
        return Optional.empty();
      }
      JsonObject claims = json(parts[1]);
      String issuer = claims.getString("iss", "");
      String kid = header.getString("kid", null);
      byte[] given = Base64.getUrlDecoder().decode(parts[2]);
      Optional<PortalKey> key =
          validKeysOfIssuer.apply(issuer).stream()
              .filter(k -> kid == null || kid.equals(k.keyId()))
              .filter(
                  k -> MessageDigest.isEqual(hmac(k.secret(), parts[0] + "." + parts[1]), given))
              .findFirst();
      if (key.isEmpty()) {
        return Optional.empty();
      }
      if (!claims.containsKey("exp") || !claims.containsKey("iat")) {
        return Optional.empty();
      }
      long exp = claims.getJsonNumber("exp").longValueExact();
      long iat = claims.getJsonNumber("iat").longValueExact();
      long nowSeconds = now.getEpochSecond();
      if (nowSeconds >= exp
          || iat > nowSeconds + CLOCK_SKEW_SECONDS
          || exp - iat > MAX_LIFETIME_SECONDS) {
        return Optional.empty();
      }
      return Optional.of(
          new Claims(
              issuer,
              key.get().agencyCode(),
              key.get().keyId(),
              claims.getString("sub", ""),
              Instant.ofEpochSecond(exp)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Signs claims as a portal would: for the demo portal page and for tests. */
  public static String sign(String secret, String issuer, String nip, Instant iat, long seconds) {
    return sign(secret, null, issuer, nip, iat, seconds);
  }

  /** Signs claims naming the key ({@code kid}) as a portal would after a rotation. */
  public static String sign(
      String secret, String keyId, String issuer, String nip, Instant iat, long seconds) {
    var h = Json.createObjectBuilder().add("alg", "HS256").add("typ", "JWT");
    if (keyId != null) {
      h.add("kid", keyId);
    }
    String header = b64(h.build().toString());
    String payload =
        b64(
            Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", nip)
                .add("iat", iat.getEpochSecond())
                .add("exp", iat.getEpochSecond() + seconds)
                .build()
                .toString());
    return header
        + "."
        + payload
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(hmac(secret, header + "." + payload));
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String b64) {
    try (JsonReader r =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(b64), StandardCharsets.UTF_8)))) {
      return r.readObject();
    }
  }

  private static byte[] hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
