package id.netra.domain.audit;

import java.time.Instant;

/**
 * What to find in the audit trail, oldest first; a null criterion matches every entry.
 *
 * @param agency the agency whose entries are wanted; null for every entry (central accounts only)
 * @param actor part of the actor's name (an account, {@code client:…}, {@code connector:…})
 * @param action the action, exactly (e.g. {@code CASE_DECIDE})
 * @param from entries at or after this time
 * @param to entries before this time
 * @param afterSeq the page starts after this sequence number
 * @param limit at most this many entries
 */
public record AuditQuery(
    String agency,
    String entityType,
    String entityId,
    String actor,
    String action,
    Instant from,
    Instant to,
    long afterSeq,
    int limit) {

  /** The same search within one agency's entries (or all, for null). */
  public AuditQuery within(String scope) {
    return new AuditQuery(scope, entityType, entityId, actor, action, from, to, afterSeq, limit);
  }

  /** The same search with its page between 1 and {@code max} entries, from sequence 0 on. */
  public AuditQuery pagedBy(int max) {
    return new AuditQuery(
        agency,
        entityType,
        entityId,
        actor,
        action,
        from,
        to,
        Math.max(afterSeq, 0),
        Math.min(Math.max(limit, 1), max));
  }
}
