package id.netra.domain.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainStateException;
import id.netra.integration.canonical.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  static final Instant T0 = Instant.parse("2029-02-01T01:00:00Z");
  static final RetryPolicy POLICY =
      new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(25));

  static OutboxMessage message() {
    return new OutboxMessage(
        "demo-simpeg", "DEMO", "DECISION", "k:1", "demo-simpeg:cuti:1", "{}", null, T0);
  }

  @Test
  void aFailedAttemptWaitsTheBackoffThenDiesAfterTheLast() {
    OutboxMessage m = message();
    assertTrue(m.isDue(T0));
    assertEquals(1, m.claim(T0, T0.plusSeconds(60), "node-a"));
    assertFalse(m.isDue(T0.plusSeconds(30)), "held while its lease lasts");
    assertFalse(m.failed("HTTP 500", POLICY, 1, T0));
    assertEquals(DeliveryState.PENDING, m.state());
    assertEquals(T0.plusSeconds(10), m.nextAttemptAt());
    assertFalse(m.isDue(T0.plusSeconds(9)));

    Instant t1 = T0.plusSeconds(10);
    assertEquals(2, m.claim(t1, t1.plusSeconds(60), "node-a"));
    m.failed("HTTP 500", POLICY, 2, t1);
    assertEquals(t1.plusSeconds(20), m.nextAttemptAt(), "doubled");

    Instant t2 = t1.plusSeconds(20);
    m.claim(t2, t2.plusSeconds(60), "node-a");
    assertTrue(m.failed("HTTP 500", POLICY, 3, t2));
    assertEquals(DeliveryState.DEAD, m.state());
    assertEquals("HTTP 500", m.lastError());
    assertFalse(m.isDue(t2.plusSeconds(3600)), "a dead letter waits for an administrator");
  }

  @Test
  void aLeaseThatRunsOutMakesTheMessageDueAgainAndTheOldAttemptsReportCountsForNothing() {
    OutboxMessage m = message();
    m.claim(T0, T0.plusSeconds(60), "node-a");
    assertEquals("node-a", m.claimedBy());
    assertTrue(m.isDue(T0.plusSeconds(61)), "Netra stopped mid-delivery: due after the lease");
    assertEquals(2, m.claim(T0.plusSeconds(61), T0.plusSeconds(121), "node-b"));
    assertEquals("node-b", m.claimedBy(), "another instance took it over");
    assertFalse(m.failed("timeout", POLICY, 1, T0.plusSeconds(62)), "stale report");
    assertEquals(DeliveryState.IN_FLIGHT, m.state());
    m.delivered("rows=1", T0.plusSeconds(63));
    assertEquals(DeliveryState.DELIVERED, m.state());
    assertFalse(m.failed("late", POLICY, 2, T0.plusSeconds(64)), "delivered stays delivered");
    m.delivered("rows=0", T0.plusSeconds(65));
    assertEquals("rows=1", m.targetRef(), "the first delivery's reference is kept");
  }

  @Test
  void onlyADeadLetterIsRetriedOrDiscardedAndRetryStartsTheCountAfresh() {
    OutboxMessage m = message();
    assertThrows(DomainStateException.class, () -> m.retry(T0));
    assertThrows(DomainStateException.class, () -> m.discard(T0));
    m.claim(T0, T0.plusSeconds(60), "node-a");
    m.failed("x", new RetryPolicy(1, Duration.ZERO, Duration.ZERO), 1, T0);
    assertEquals(DeliveryState.DEAD, m.state());
    m.retry(T0.plusSeconds(5));
    assertEquals(DeliveryState.PENDING, m.state());
    assertEquals(0, m.attempts());
    assertTrue(m.isDue(T0.plusSeconds(5)));
  }

  @Test
  void aNewerDecisionSupersedesWhatWasNotDeliveredYet() {
    OutboxMessage pending = message();
    assertTrue(pending.supersede(T0));
    assertEquals(DeliveryState.SUPERSEDED, pending.state());
    assertFalse(pending.isDue(T0));

    OutboxMessage inFlight = message();
    inFlight.claim(T0, T0.plusSeconds(60), "node-a");
    assertFalse(inFlight.supersede(T0), "an attempt in flight finishes; order is kept");
    assertEquals(DeliveryState.IN_FLIGHT, inFlight.state());
  }
}
