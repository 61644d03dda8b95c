package id.netra.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the chain is kept. Records are appended as pending in the caller's transaction, without a
 * lock; the sealer chains them later, one sealer at a time. Entries are never updated.
 */
public interface AuditRepository {

  /** Keeps a record, pending, in the caller's transaction: it commits or rolls back with it. */
  void append(AuditRecord record);

  /**
   * Chains up to {@code max} committed pending records, oldest first, after the head, in one
   * transaction that holds the head's lock (so one sealer at a time, on any instance).
   *
   * @return how many were sealed
   */
  int seal(int max);

  /** How many committed records wait to be sealed, and since when the oldest waits (or null). */
  Backlog backlog();

  /** The head as it is now, without a lock. */
  ChainHead head();

  /** The entry at {@code seq} as the trail holds it now, read past every cache. */
  default Optional<AuditEntry> entryAt(long seq) {
    AuditEntry[] found = new AuditEntry[1];
    walk(
        seq,
        seq,
        e -> {
          found[0] = e;
          return false;
        });
    return Optional.ofNullable(found[0]);
  }

  /** The head, locked until the caller's transaction ends: no sealer moves it meanwhile. */
  ChainHead lockHead();

  /** Entries matching every criterion of the query, by sequence number. */
  List<AuditEntry> find(AuditQuery query);

  /**
   * Offers the entries {@code from}..{@code to} in seq order to {@code visitor}, a page at a time
   * (constant memory); stops as soon as the visitor answers false.
   */
  void walk(long from, long to, Predicate<AuditEntry> visitor);

  AuditVerification save(AuditVerification verification);

  Optional<AuditVerification> verification(long id);

  /** The latest VALID walk: the checkpoint. */
  Optional<AuditVerification> latestCheckpoint();

  /** Walks newest first. */
  List<AuditVerification> verifications(int limit);

  /** Walks still RUNNING (fresh or abandoned). */
  List<AuditVerification> running();

  /** The pending part of the trail. */
  record Backlog(long pending, Instant oldest) {}
}
