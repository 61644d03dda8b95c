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
public class AuditEntry extends AuditContent {

  /** The hash the first entry chains to. */
  public static final String GENESIS = "0".repeat(64);

  @Id private Long seq;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(long seq, String prevHash, AuditRecord record, Instant at) {
    super(record, at);
    this.seq = seq;
    this.prevHash = prevHash;
    this.hash = computeHash();
  }

  private AuditEntry(long seq, Instant at, AuditRecord record, String prevHash, String hash) {
    super(record, at);
    this.seq = seq;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  /** An entry as it is stored, read back for a walk of the chain. */
  public static AuditEntry stored(
      long seq, Instant occurredAt, AuditRecord record, String prevHash, String hash) {
    return new AuditEntry(seq, occurredAt, record, prevHash, hash);
  }

  /** The hash this entry should have, from its own fields. */
  public String computeHash() {
    return Hashing.sha256Hex(
        String.join(
            "\u001f",
            String.valueOf(seq),
            prevHash,
            occurredAt().toString(),
            actor(),
            String.valueOf(agencyCode()),
            action(),
            entityType(),
            entityId(),
            String.valueOf(before()),
            String.valueOf(after())));
  }

  public Long seq() {
    return seq;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
