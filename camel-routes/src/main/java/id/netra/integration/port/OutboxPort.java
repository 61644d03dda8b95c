package id.netra.integration.port;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.RetryPolicy;
import java.util.Collection;
import java.util.List;

/** Netra's transactional outbox, as the relay sees it. */
public interface OutboxPort {

  /**
   * Claims up to {@code limit} due messages of these connectors for delivery, oldest first, at most
   * one per request so that a later decision never overtakes an earlier one. A claim is a lease: if
   * this process dies, the message becomes due again when the lease ends.
   */
  List<OutboxEntry> claim(Collection<String> connectorIds, int limit);

  /**
   * Renews the lease of a claimed message just before its attempt is sent, so that the lease covers
   * this message's own attempt however long the ones before it in the batch took.
   *
   * @return false when this attempt no longer holds the message (its lease ran out and another
   *     instance claimed it, or an administrator retried or discarded it): it must not be sent
   */
  boolean renew(long entryId, int attempt);

  /** The message reached its target; {@code targetRef} is what the target answered, if anything. */
  void delivered(long entryId, String targetRef);

  /**
   * The delivery failed: due again after the policy's backoff, or a dead letter. Ignored when the
   * attempt no longer holds the message (its lease ran out and another attempt took it over).
   *
   * @param attempt the entry's {@link OutboxEntry#attempt()}
   */
  void failed(long entryId, int attempt, String error, RetryPolicy policy);
}
