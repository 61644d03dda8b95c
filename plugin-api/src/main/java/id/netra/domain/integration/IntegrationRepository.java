package id.netra.domain.integration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the outbox, run reports and markers are kept. */
public interface IntegrationRepository {

  void addMessage(OutboxMessage message);

  Optional<OutboxMessage> findMessage(long id);

  /** Messages that may be claimed now, oldest first. */
  List<OutboxMessage> findDue(Collection<String> connectorIds, Instant now, int limit);

  /** Whether an older message of the same ordering key is still to be delivered. */
  boolean hasEarlierOpen(String orderingKey, long id);

  /** Messages of the ordering key that a new one replaces (pending or dead). */
  List<OutboxMessage> findReplaceable(String orderingKey);

  /**
   * Claims a message if nobody claimed it since it was read (same attempts): a compare-and-set, so
   * that of two Netra instances on one database only one holds it.
   *
   * @return whether this caller holds the claim
   */
  boolean claim(long id, int seenAttempts, Instant now, Instant leaseUntil, String instance);

  /**
   * Extends the lease of a message this instance holds in this attempt (compare-and-set on its
   * state, attempts and claimer); false when it no longer holds it.
   */
  boolean renew(long id, int attempt, Instant now, Instant leaseUntil, String instance);

  /**
   * @param agencyCode null for every agency
   * @param state null for every state
   * @param connectorId null for every connector
   */
  List<OutboxMessage> findMessages(
      String agencyCode, DeliveryState state, String connectorId, int offset, int limit);

  /** The connector instance an API client stands for, if it is one. */
  Optional<String> connectorOfClient(long clientId);

  /** The messages whose ordering key is {@code <connector>:<suffix>}, of every connector. */
  List<OutboxMessage> findByOrderingSuffix(String suffix);

  /** Messages of the connector not yet delivered nor given up. */
  long countBacklog(String connectorId);

  /** The whole outbox at a glance: messages not yet final, the oldest of them, dead letters. */
  OutboxSummary outboxSummary();

  /**
   * @param open messages waiting for or in their next attempt
   * @param oldestOpen when the oldest of them was written, or null
   * @param dead messages that used up their attempts
   */
  record OutboxSummary(long open, java.time.Instant oldestOpen, long dead) {}

  void addRun(ConnectorRun run);

  Optional<ConnectorRun> findRun(long id);

  List<ConnectorRun> findRuns(String connectorId, int limit);

  Optional<ConnectorMarker> findMarker(String connectorId, String name);

  void addMarker(ConnectorMarker marker);
}
