package id.netra.integration.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theWaitDoublesUpToItsCap() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(5), Duration.ofMinutes(1));
    assertEquals(Duration.ofSeconds(5), p.delayAfter(1));
    assertEquals(Duration.ofSeconds(10), p.delayAfter(2));
    assertEquals(Duration.ofSeconds(40), p.delayAfter(4));
    assertEquals(Duration.ofMinutes(1), p.delayAfter(5));
    assertEquals(Duration.ofMinutes(1), p.delayAfter(1000), "no overflow after many attempts");
  }

  @Test
  void theLastAttemptExhaustsIt() {
    RetryPolicy p = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertFalse(p.exhausted(2));
    assertTrue(p.exhausted(3));
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)));
  }
}
