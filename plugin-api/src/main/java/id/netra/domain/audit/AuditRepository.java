package id.netra.domain.audit;

import java.util.List;

/** Where the chain is kept: appended under a lock, never updated. */
public interface AuditRepository {

  /**
   * Appends a record as the next link. Serialised across threads and instances by a lock on the
   * chain's head row, held until the caller's transaction ends.
   */
  AuditEntry append(AuditRecord record);

  /** Entries matching every criterion of the query, by sequence number. */
  List<AuditEntry> find(AuditQuery query);
}
