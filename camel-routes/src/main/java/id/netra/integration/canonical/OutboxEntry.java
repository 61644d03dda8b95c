package id.netra.integration.canonical;

import java.util.Map;

/**
 * A message waiting in Netra's outbox for one connector, claimed for delivery.
 *
 * @param kind what it carries, for example {@code DECISION}
 * @param idempotencyKey unique per message: a target that stores it never writes twice
 * @param payload flat fields, available to the connector's statements by name
 * @param attempt this delivery's number, from 1
 */
public record OutboxEntry(
    long id,
    String connectorId,
    String kind,
    String idempotencyKey,
    Map<String, String> payload,
    int attempt) {

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

  public String field(String name) {
    return payload.get(name);
  }
}
