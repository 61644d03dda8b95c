package id.netra.domain.integration;

/** Where an outbox message stands. */
public enum DeliveryState {
  /** Waiting for its next attempt. */
  PENDING,
  /** Claimed by a relay under a lease. */
  IN_FLIGHT,
  DELIVERED,
  /** Every attempt failed: waits for an administrator to retry or discard it. */
  DEAD,
  /** An administrator gave it up. */
  DISCARDED,
  /** A newer message for the same request replaced it before it was delivered. */
  SUPERSEDED;

  public boolean isFinal() {
    return this == DELIVERED || this == DISCARDED || this == SUPERSEDED;
  }
}
