package id.netra.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs employee tokens as the demo HR portal does (HS256), for the tests. */
final class PortalTokens {

  static final String DEMO_ISSUER = "demo-portal";
  static final String DEMO_SECRET = "demo-portal-secret-for-DEMO-only-0123456789";

  private PortalTokens() {}

  static String sign(String secret, String issuer, String nip, Instant iat, long seconds) {
    return sign(secret, null, issuer, nip, iat, seconds);
  }

  /** Signed naming the portal key ({@code kid}), as a portal does after a rotation. */
  static String sign(
      String secret, String keyId, String issuer, String nip, Instant iat, long seconds) {
    String header =
        b64(
            keyId == null
                ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
                : "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}");
    String payload =
        b64(
            "{\"iss\":\""
                + issuer
                + "\",\"sub\":\""
                + nip
                + "\",\"iat\":"
                + iat.getEpochSecond()
                + ",\"exp\":"
                + (iat.getEpochSecond() + seconds)
                + "}");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header
          + "."
          + payload
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String demo(String nip) {
    return sign(DEMO_SECRET, DEMO_ISSUER, nip, Instant.now(), 600);
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
