package id.netra.application;

import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GateReason;
import id.netra.domain.integration.DeliveryState;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.integration.OutboxMessage;
import id.netra.domain.shared.Times;
import id.netra.integration.canonical.OutboxEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts what HR systems must hear of into the outbox, in the caller's transaction, and lets
 * administrators deal with dead letters.
 */
@Stateless
public class DeliveryService {

  /** Dates and times written to HR systems: local time of the agencies' servers (WIB). */
  static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Jakarta"));

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IntegrationRepository outbox;
  @Inject AuditService audit;

  /**
   * Queues a decision for the connector its client stands for, when the HR system has not heard
   * this outcome yet (a first decision, or a changed outcome). An undelivered older message for the
   * same request is superseded: only the newest decision matters.
   */
  public void decisionMade(GateDecision decision, GateDecision previous) {
    if (previous != null && previous.outcome() == decision.outcome()) {
      return;
    }
    String connector = outbox.connectorOfClient(decision.clientId()).orElse(null);
    if (connector == null) {
      return;
    }
    var now = Times.now();
    String orderingKey = connector + ":" + decision.requestRef();
    for (OutboxMessage older : outbox.findReplaceable(orderingKey)) {
      older.supersede(now);
    }
    outbox.addMessage(
        new OutboxMessage(
            connector,
            decision.agencyCode(),
            OutboxEntry.DECISION,
            connector + ":decision:" + decision.id(),
            orderingKey,
            JSON.toJson(payload(decision)),
            now));
  }

  static Map<String, String> payload(GateDecision d) {
    Map<String, String> p = new LinkedHashMap<>();
    String ref = d.requestRef();
    int sep = ref.indexOf(':');
    p.put("source", sep < 0 ? "" : ref.substring(0, sep));
    p.put("sourceId", sep < 0 ? ref : ref.substring(sep + 1));
    p.put("requestRef", ref);
    p.put("nip", d.nip());
    p.put("outcome", d.outcome().name());
    p.put(
        "reasons",
        d.reasons().stream().map(r -> r.code().messageId()).collect(Collectors.joining(" ")));
    p.put(
        "reasonCodes",
        d.reasons().stream()
            .map(GateReason::code)
            .map(Enum::name)
            .collect(Collectors.joining(",")));
    p.put("decisionId", String.valueOf(d.id()));
    p.put("decidedAt", LOCAL_TIME.format(d.decidedAt()));
    return p;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, String> payloadOf(OutboxMessage m) {
    return JSON.fromJson(m.payload(), LinkedHashMap.class);
  }

  public List<OutboxMessage> messages(
      Actor actor, DeliveryState state, String connectorId, int offset, int limit) {
    return outbox.findMessages(
        actor.agencyCode(),
        state,
        connectorId,
        Math.max(offset, 0),
        Math.min(Math.max(limit, 1), 500));
  }

  public OutboxMessage message(Actor actor, long id) {
    return outbox
        .findMessage(id)
        .filter(m -> actor.mayAct(m.agencyCode()))
        .orElseThrow(() -> new NotFound("message", id));
  }

  /** Sends a dead letter again (its target is back, or its connector file was mended). */
  public OutboxMessage retry(Actor actor, long id) {
    OutboxMessage m = message(actor, id);
    var before = m.snapshot();
    m.retry(Times.now());
    audit.record(
        actor,
        m.agencyCode(),
        "DEAD_LETTER_RETRIED",
        "outbox_message",
        m.id(),
        before,
        m.snapshot());
    return m;
  }

  /** Gives a dead letter up: it will not be delivered. */
  public OutboxMessage discard(Actor actor, long id) {
    OutboxMessage m = message(actor, id);
    var before = m.snapshot();
    m.discard(Times.now());
    audit.record(
        actor,
        m.agencyCode(),
        "DEAD_LETTER_DISCARDED",
        "outbox_message",
        m.id(),
        before,
        m.snapshot());
    return m;
  }

  public long backlog(String connectorId) {
    return outbox.countBacklog(connectorId);
  }
}
