package id.netra.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What an audit record says, as both its pending row and its chained entry store it: when, who,
 * which agency, what was done to which thing, and its state before and after.
 */
@MappedSuperclass
public abstract class AuditContent {

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

  protected AuditContent() {}

  protected AuditContent(AuditRecord record, Instant at) {
    this.occurredAt = at;
    this.actor = record.actor();
    this.agencyCode = record.agencyCode();
    this.action = record.action();
    this.entityType = record.entityType();
    this.entityId = record.entityId();
    this.before = record.before();
    this.after = record.after();
  }

  /** The record, as it was kept. */
  public AuditRecord record() {
    return new AuditRecord(actor, agencyCode, action, entityType, entityId, before, after);
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
}
