package id.netra.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmployeeTokensTest {

  static final String SECRET = "portal-secret-portal-secret-0123456789";
  static final Instant NOW = Instant.parse("2029-08-01T03:00:00Z");
  static final PortalIssuer PORTAL_A = new PortalIssuer("portal-a", "DEMO", NOW);
  static final Function<String, List<PortalKey>> KEYS =
      issuer ->
          issuer.equals("portal-a") ? List.of(new PortalKey(PORTAL_A, SECRET, NOW)) : List.of();

  @Test
  void aFreshTokenOfAKnownPortalNamesTheEmployee() {
    String token = EmployeeTokens.sign(SECRET, "portal-a", "196608011988031001", NOW, 300);
    EmployeeTokens.Claims claims =
        EmployeeTokens.verify(token, KEYS, NOW.plusSeconds(10)).orElseThrow();
    assertEquals("196608011988031001", claims.nip());
    assertEquals("portal-a", claims.issuer());
    assertEquals("DEMO", claims.agencyCode());
  }

  @Test
  void duringARotationBothKeysAreAcceptedThenOnlyTheNewOne() {
    String nip = "196608011988031001";
    String newSecret = "the-new-portal-secret-0123456789-abcdef";
    PortalKey old = new PortalKey(PORTAL_A, SECRET, NOW);
    PortalKey current = new PortalKey(PORTAL_A, newSecret, NOW.plusSeconds(60));
    old.retire(NOW.plusSeconds(3600));
    Function<String, List<PortalKey>> valid =
        issuer ->
            Stream.of(current, old)
                .filter(k -> k.issuer().equals(issuer))
                .filter(k -> k.validAt(NOW.plusSeconds(120)))
                .toList();
    Instant t = NOW.plusSeconds(120);
    assertEquals(
        old.keyId(),
        EmployeeTokens.verify(EmployeeTokens.sign(SECRET, "portal-a", nip, t, 300), valid, t)
            .orElseThrow()
            .keyId());
    assertEquals(
        current.keyId(),
        EmployeeTokens.verify(
                EmployeeTokens.sign(newSecret, current.keyId(), "portal-a", nip, t, 300), valid, t)
            .orElseThrow()
            .keyId());
    // A kid names one key: the other key's signature does not pass under it.
    assertTrue(
        EmployeeTokens.verify(
                EmployeeTokens.sign(SECRET, current.keyId(), "portal-a", nip, t, 300), valid, t)
            .isEmpty());
    assertEquals(PortalKey.State.RETIRING, old.stateAt(t));
    assertEquals(PortalKey.State.RETIRED, old.stateAt(NOW.plusSeconds(3600)));
    assertFalse(old.validAt(NOW.plusSeconds(3600)));
    current.revoke(t);
    assertEquals(PortalKey.State.REVOKED, current.stateAt(t));
    assertFalse(current.validAt(t));
  }

  @Test
  void expiredLongLivedFutureOrForeignTokensAreRefused() {
    String nip = "196608011988031001";
    assertTrue(
        EmployeeTokens.verify(
                EmployeeTokens.sign(SECRET, "portal-a", nip, NOW, 300), KEYS, NOW.plusSeconds(300))
            .isEmpty(),
        "expired");
    assertTrue(
        EmployeeTokens.verify(EmployeeTokens.sign(SECRET, "portal-a", nip, NOW, 7200), KEYS, NOW)
            .isEmpty(),
        "lives longer than an hour");
    assertTrue(
        EmployeeTokens.verify(
                EmployeeTokens.sign(SECRET, "portal-a", nip, NOW.plusSeconds(600), 300), KEYS, NOW)
            .isEmpty(),
        "issued in the future");
    assertTrue(
        EmployeeTokens.verify(EmployeeTokens.sign(SECRET, "portal-b", nip, NOW, 300), KEYS, NOW)
            .isEmpty(),
        "unknown portal");
    assertTrue(
        EmployeeTokens.verify(
                EmployeeTokens.sign(
                    "another-secret-0123456789-0123456789", "portal-a", nip, NOW, 300),
                KEYS,
                NOW)
            .isEmpty(),
        "wrong key");
  }

  @Test
  void aTokenWithoutIssueTimeIsRefusedWhateverItsExpiry() {
    String header = b64("{\"alg\":\"HS256\"}");
    String payload =
        b64(
            "{\"iss\":\"portal-a\",\"sub\":\"196608011988031001\",\"exp\":"
                + NOW.plusSeconds(86_400 * 365).getEpochSecond()
                + "}");
    // Re-sign the crafted payload with the portal's key, as a portal with a bug might.
    String token = header + "." + payload + "." + signature(header + "." + payload);
    assertTrue(EmployeeTokens.verify(token, KEYS, NOW).isEmpty());
  }

  @Test
  void garbageIsRefusedNotThrown() {
    assertTrue(EmployeeTokens.verify("not-a-token", KEYS, NOW).isEmpty());
    assertTrue(EmployeeTokens.verify("a.b.c", KEYS, NOW).isEmpty());
    String none = b64("{\"alg\":\"none\"}") + "." + b64("{\"iss\":\"portal-a\"}") + ".";
    assertTrue(EmployeeTokens.verify(none, KEYS, NOW).isEmpty());
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String signature(String input) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
