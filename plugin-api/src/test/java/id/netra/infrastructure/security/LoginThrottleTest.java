package id.netra.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.Validations;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");
  private final LoginPolicy policy = LoginPolicy.DEFAULTS;

  @Test
  void locksDoubleFromTheFifthWrongPasswordUpToTheCap() {
    assertEquals(Duration.ZERO, policy.lockFor(4));
    assertEquals(Duration.ofSeconds(30), policy.lockFor(5));
    assertEquals(Duration.ofSeconds(60), policy.lockFor(6));
    assertEquals(Duration.ofSeconds(120), policy.lockFor(7));
    assertEquals(Duration.ofMinutes(15), policy.lockFor(12));
    assertEquals(Duration.ofMinutes(15), policy.lockFor(10_000));
  }

  @Test
  void anUnknownNameIsLockedAsAnAccountIs() {
    LoginThrottle throttle = new LoginThrottle(policy);
    Account account =
        new Account("known", "Panjang-Sekali-42", java.util.Set.of("admin"), null, T0);
    for (int i = 1; i <= 5; i++) {
      Instant at = T0.plusSeconds(i);
      throttle.failed("10.0.0." + i, "nobody", at);
      account.failedLogin(policy, at);
    }
    Instant now = T0.plusSeconds(6);
    assertTrue(account.lockedAt(now));
    assertEquals(account.lockedUntil(), throttle.nameLocked("nobody", now).orElseThrow());
    assertFalse(throttle.nameLocked("nobody", account.lockedUntil()).isPresent(), "lock ends");
  }

  @Test
  void anAddressIsHeldBackAfterTwentyWrongLoginsAndForgivenLater() {
    LoginThrottle throttle = new LoginThrottle(policy);
    for (int i = 0; i < 19; i++) {
      throttle.failed("203.0.113.7", "name" + i, T0.plusSeconds(i));
    }
    assertTrue(throttle.addressHeld("203.0.113.7", T0.plusSeconds(20)).isEmpty());
    throttle.failed("203.0.113.7", "name19", T0.plusSeconds(20));
    assertEquals(
        T0.plusSeconds(50), throttle.addressHeld("203.0.113.7", T0.plusSeconds(21)).orElseThrow());
    assertTrue(throttle.addressHeld("198.51.100.1", T0.plusSeconds(21)).isEmpty(), "others pass");
    // Fifteen minutes without a wrong login: the count starts again.
    Instant later = T0.plus(Duration.ofMinutes(40));
    throttle.failed("203.0.113.7", "again", later);
    assertTrue(throttle.addressHeld("203.0.113.7", later.plusSeconds(1)).isEmpty());
  }

  @Test
  void aRightPasswordClearsTheAddressAndAFloodOfNamesStaysBounded() {
    LoginThrottle throttle = new LoginThrottle(policy);
    for (int i = 0; i < 25; i++) {
      throttle.failed("192.0.2.1", null, T0);
    }
    assertTrue(throttle.addressHeld("192.0.2.1", T0).isPresent());
    throttle.succeeded("192.0.2.1");
    assertTrue(throttle.addressHeld("192.0.2.1", T0).isEmpty());
    for (int i = 0; i < LoginThrottle.CAPACITY + 10; i++) {
      throttle.failed("192.0.2.2", "made-up-" + i, T0);
    }
    // The oldest names went first; the newest are still counted.
    for (int i = 0; i < 4; i++) {
      throttle.failed("192.0.2.3", "made-up-" + (LoginThrottle.CAPACITY + 9), T0);
    }
    assertTrue(throttle.nameLocked("made-up-" + (LoginThrottle.CAPACITY + 9), T0).isPresent());
  }

  @Test
  void anAccountForgetsOldWrongPasswords() {
    Account account =
        new Account("user1", "Panjang-Sekali-42", java.util.Set.of("admin"), null, T0);
    for (int i = 0; i < 4; i++) {
      account.failedLogin(policy, T0.plusSeconds(i));
    }
    assertTrue(account.failedLogin(policy, T0.plus(Duration.ofHours(1))).isEmpty());
    assertEquals(1, account.failedLogins());
    assertTrue(account.passwordMatches("Panjang-Sekali-42"));
    assertFalse(account.passwordMatches("Panjang-Sekali-43"));
  }

  @Test
  void thePasswordPolicyRefusesShortCommonAndOwnNames() {
    assertEquals(List.of("PASSWORD_WEAK"), codes("short", "budi"));
    assertEquals(List.of("PASSWORD_WEAK"), codes("aaaaaaaaaaab", "budi"));
    assertEquals(List.of("PASSWORD_WEAK"), codes("budi.santoso-2026", "budi.santoso"));
    assertEquals(List.of("PASSWORD_COMMON"), codes("Password123!", "budi"));
    assertEquals(List.of("PASSWORD_COMMON"), codes("Rahasia-2029!", "budi"));
    assertEquals(List.of("PASSWORD_WEAK"), codes("x".repeat(129), "budi"));
    assertEquals(List.of(), codes("Pemilu-Netral-Jujur-2029", "budi"));
    assertEquals(List.of(), codes("kuda lumping sore hari", "budi"));
  }

  private static java.util.List<String> codes(String password, String username) {
    Validations v = new Validations();
    PasswordPolicy.check(v, "password", password, username);
    try {
      v.throwIfAny();
      return java.util.List.of();
    } catch (id.netra.domain.shared.DomainValidationException e) {
      return e.violations().stream().map(id.netra.domain.shared.Violation::code).toList();
    }
  }

  private static final class List {
    static java.util.List<String> of(String... s) {
      return java.util.List.of(s);
    }
  }
}
