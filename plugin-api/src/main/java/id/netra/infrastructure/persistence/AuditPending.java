package id.netra.infrastructure.persistence;

import id.netra.domain.audit.AuditContent;
import id.netra.domain.audit.AuditRecord;
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
public class AuditPending extends AuditContent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_pending_seq")
  @SequenceGenerator(
      name = "audit_pending_seq",
      sequenceName = "audit_pending_seq",
      allocationSize = 1)
  private Long id;

  protected AuditPending() {}

  AuditPending(AuditRecord r, Instant at) {
    super(r, at);
  }
}
