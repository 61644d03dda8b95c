package id.netra.domain.integration;

import id.netra.domain.shared.DomainStateException;
import id.netra.integration.canonical.RetryPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message for one connector, written in the same transaction as the change it reports. Its
 * idempotency key is unique, so the same change is never queued twice; its ordering key (one
 * request) keeps a later decision from overtaking an earlier one.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connectorId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 32)
  private String kind;

  @Column(name = "idempotency_key", nullable = false, length = 200)
  private String idempotencyKey;

  @Column(name = "ordering_key", nullable = false, length = 200)
  private String orderingKey;

  @Column(nullable = false, length = 8000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DeliveryState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "target_ref", length = 200)
  private String targetRef;

  /** The request that queued it ({@code X-Request-Id}), or null: queued outside a request. */
  @Column(name = "correlation_id", length = 64)
  private String correlationId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OutboxMessage() {}

  public OutboxMessage(
      String connectorId,
      String agencyCode,
      String kind,
      String idempotencyKey,
      String orderingKey,
      String payload,
      String correlationId,
      Instant now) {
    this.connectorId = connectorId;
    this.correlationId = correlationId;
    this.agencyCode = agencyCode;
    this.kind = kind;
    this.idempotencyKey = idempotencyKey;
    this.orderingKey = orderingKey;
    this.payload = payload;
    this.state = DeliveryState.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Whether a relay may claim it now. */
  public boolean isDue(Instant now) {
    return (state == DeliveryState.PENDING && !nextAttemptAt.isAfter(now))
        || (state == DeliveryState.IN_FLIGHT && leaseUntil != null && leaseUntil.isBefore(now));
  }

  /**
   * A relay takes the message for one attempt, until {@code leaseUntil}: if it never reports back
   * (Netra stopped mid-delivery), the message is due again when the lease ends. The repository
   * makes the same change as one compare-and-set statement, so two relays never hold it at once,
   * even in two Netra instances on one database.
   *
   * @param instance the Netra instance that claims it ({@code claimedBy})
   * @return the attempt's number, from 1
   */
  public int claim(Instant now, Instant leaseUntil, String instance) {
    if (!isDue(now)) {
      throw new IllegalStateException("Message " + id + " is not due");
    }
    this.state = DeliveryState.IN_FLIGHT;
    this.attempts++;
    this.leaseUntil = leaseUntil;
    this.claimedBy = instance;
    this.updatedAt = now;
    return attempts;
  }

  /**
   * The target took the message. Also accepted from an attempt whose lease had run out (the target
   * has it all the same); a message already delivered keeps its first reference.
   */
  public void delivered(String targetRef, Instant now) {
    if (state == DeliveryState.DELIVERED) {
      return;
    }
    this.state = DeliveryState.DELIVERED;
    this.targetRef = targetRef == null ? null : truncate(targetRef, 200);
    this.leaseUntil = null;
    this.lastError = null;
    this.updatedAt = now;
  }

  /**
   * A failed attempt: due again after the policy's backoff, or a dead letter after its last. The
   * report of an attempt that no longer holds the message (its lease ran out and another attempt
   * claimed it, or it was delivered meanwhile) changes nothing.
   *
   * @param attempt the number of the attempt that failed
   * @return whether it is now a dead letter
   */
  public boolean failed(String error, RetryPolicy policy, int attempt, Instant now) {
    if (state != DeliveryState.IN_FLIGHT || attempts != attempt) {
      return false;
    }
    this.lastError = truncate(error == null ? "unknown failure" : error, 1000);
    this.leaseUntil = null;
    this.updatedAt = now;
    if (policy.exhausted(attempts)) {
      this.state = DeliveryState.DEAD;
      return true;
    }
    this.state = DeliveryState.PENDING;
    this.nextAttemptAt = now.plus(policy.delayAfter(attempts));
    return false;
  }

  /** An administrator sends a dead letter again, with a fresh count of attempts. */
  public void retry(Instant now) {
    requireDead();
    this.state = DeliveryState.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.updatedAt = now;
  }

  /** An administrator gives a dead letter up. */
  public void discard(Instant now) {
    requireDead();
    this.state = DeliveryState.DISCARDED;
    this.updatedAt = now;
  }

  /** A newer message for the same request replaces this one, if it is not delivered yet. */
  public boolean supersede(Instant now) {
    if (state == DeliveryState.PENDING || state == DeliveryState.DEAD) {
      this.state = DeliveryState.SUPERSEDED;
      this.updatedAt = now;
      return true;
    }
    return false;
  }

  private void requireDead() {
    if (state != DeliveryState.DEAD) {
      throw new DomainStateException(
          "NOT_A_DEAD_LETTER",
          "Pesan ini bukan surat mati (status "
              + state
              + "); hanya surat mati yang dapat dikirim"
              + " ulang atau dibuang.",
          "This message is not a dead letter (state "
              + state
              + "); only dead letters can be"
              + " retried or discarded.");
    }
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("connectorId", connectorId);
    m.put("kind", kind);
    m.put("idempotencyKey", idempotencyKey);
    m.put("state", state);
    m.put("attempts", attempts);
    m.put("lastError", lastError);
    return m;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String connectorId() {
    return connectorId;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String kind() {
    return kind;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String correlationId() {
    return correlationId;
  }

  public String orderingKey() {
    return orderingKey;
  }

  public String payload() {
    return payload;
  }

  public DeliveryState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  /** The Netra instance that made the last attempt (several may share the database). */
  public String claimedBy() {
    return claimedBy;
  }

  public String lastError() {
    return lastError;
  }

  public String targetRef() {
    return targetRef;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
