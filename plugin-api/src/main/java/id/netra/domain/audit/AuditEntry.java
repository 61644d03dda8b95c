package id.netra.domain.audit;

import id.netra.domain.shared.Hashing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One link of the audit chain. Its {@code seq} is dense (1, 2, 3 …) and its hash covers every field
 * and the previous link's hash. Links are made by the sealer from committed pending records, never
 * in a business transaction, and never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** The hash the first entry chains to. */
  public static final String GENESIS = "0".repeat(64);

  @Id private Long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 120)
  private String actor;

  @Column(name = "agency_code", length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 64)
  private String entityType;

  @Column(name = "entity_id", nullable = false, length = 100)
  private String entityId;

  @Column(name = "before_state", length = 20000)
  private String before;

  @Column(name = "after_state", length = 20000)
  private String after;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(long seq, String prevHash, AuditRecord record, Instant at) {
    this.seq = seq;
    this.prevHash = prevHash;
    this.occurredAt = at;
    this.actor = record.actor();
    this.agencyCode = record.agencyCode();
    this.action = record.action();
    this.entityType = record.entityType();
    this.entityId = record.entityId();
    this.before = record.before();
    this.after = record.after();
    this.hash = computeHash();
  }

  /** An entry as it is stored, read back for a walk of the chain. */
  public static AuditEntry stored(
      long seq, Instant occurredAt, AuditRecord record, String prevHash, String hash) {
    AuditEntry e = new AuditEntry();
    e.seq = seq;
    e.occurredAt = occurredAt;
    e.actor = record.actor();
    e.agencyCode = record.agencyCode();
    e.action = record.action();
    e.entityType = record.entityType();
    e.entityId = record.entityId();
    e.before = record.before();
    e.after = record.after();
    e.prevHash = prevHash;
    e.hash = hash;
    return e;
  }

  /** The hash this entry should have, from its own fields. */
  public String computeHash() {
    return Hashing.sha256Hex(
        String.join(
            "\u001f",
            String.valueOf(seq),
            prevHash,
            occurredAt.toString(),
            actor,
            String.valueOf(agencyCode),
            action,
            entityType,
            entityId,
            String.valueOf(before),
            String.valueOf(after)));
  }

  public Long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
