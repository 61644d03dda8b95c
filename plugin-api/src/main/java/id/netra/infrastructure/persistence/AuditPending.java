package id.netra.infrastructure.persistence;

import id.netra.domain.audit.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An audit record committed with its change and not yet chained. Its id is drawn from the sequence
 * one value at a time (no pre-allocated blocks per instance), so that a record written after
 * another one committed always has the higher id, on whichever instance it was written.
 */
@Entity
@Table(name = "audit_pending")
public class AuditPending {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_pending_seq")
  @SequenceGenerator(
      name = "audit_pending_seq",
      sequenceName = "audit_pending_seq",
      allocationSize = 1)
  private Long id;

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

  protected AuditPending() {}

  AuditPending(AuditRecord r, Instant at) {
    this.occurredAt = at;
    this.actor = r.actor();
    this.agencyCode = r.agencyCode();
    this.action = r.action();
    this.entityType = r.entityType();
    this.entityId = r.entityId();
    this.before = r.before();
    this.after = r.after();
  }

  AuditRecord record() {
    return new AuditRecord(actor, agencyCode, action, entityType, entityId, before, after);
  }

  Instant occurredAt() {
    return occurredAt;
  }
}
