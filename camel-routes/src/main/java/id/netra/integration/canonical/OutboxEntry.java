package id.netra.integration.canonical;

import java.util.Map;

/**
 * A message waiting in Netra's outbox for one connector, claimed for delivery.
 *
 * @param kind what it carries, for example {@code DECISION}
 * @param idempotencyKey unique per message: a target that stores it never writes twice
 * @param payload flat fields, available to the connector's statements by name
 * @param attempt this delivery's number, from 1
 * @param correlationId the id of the request that queued it (its {@code X-Request-Id}), or null:
 *     logged with each attempt and handed on to targets that take it
 */
public record OutboxEntry(
    long id,
    String connectorId,
    String kind,
    String idempotencyKey,
    Map<String, String> payload,
    int attempt,
    String correlationId) {

  public static final String DECISION = "DECISION";

  /** A disciplinary sanction (or its cancellation): fields in {@link SanctionFields}. */
  public static final String SANCTION = "SANCTION";

  /**
   * A sanction's decree document uploaded after the sanction was sent: the sanction's fields with
   * {@link SanctionFields#DOCUMENT_ID}; the record must hold the sanction already.
   */
  public static final String DECREE_DOCUMENT = "DECREE_DOCUMENT";

  public OutboxEntry {
    payload = payload == null ? Map.of() : Map.copyOf(payload);
  }

  /** A message queued outside any request (a schedule, a test). */
  public OutboxEntry(
      long id,
      String connectorId,
      String kind,
      String idempotencyKey,
      Map<String, String> payload,
      int attempt) {
    this(id, connectorId, kind, idempotencyKey, payload, attempt, null);
  }

  /** How a log line names it: its id, and the request that queued it when there was one. */
  public String logName() {
    return "outbox message "
        + id
        + (correlationId == null ? "" : " [request " + correlationId + "]");
  }

  public String field(String name) {
    return payload.get(name);
  }
}
