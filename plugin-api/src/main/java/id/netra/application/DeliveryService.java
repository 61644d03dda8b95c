package id.netra.application;

import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.ViolationType;
import id.netra.domain.document.CaseDocument;
import id.netra.domain.employee.Employee;
import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GateReason;
import id.netra.domain.integration.DeliveryState;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.integration.OutboxMessage;
import id.netra.domain.shared.Times;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.SanctionFields;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
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
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Times.WIB);

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Clock clock;
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
    var now = Times.now(clock);
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
            Correlation.current(),
            now));
  }

  /**
   * Queues a decided sanction (or its cancellation) for every personnel record of the agency, in
   * the caller's transaction. Per case the messages keep their order: a cancellation never
   * overtakes the sanction it cancels.
   *
   * @return the connectors it was queued for
   */
  public List<String> sanctionDecided(
      NeutralityCase c,
      SanctionType type,
      ViolationType violation,
      Employee employee,
      List<String> connectors,
      CaseDocument decree) {
    boolean cancel = c.cancellation() != null;
    String ref = c.id() + ":" + (cancel ? c.cancellation().number() : c.decree().number());
    Map<String, String> payload = sanctionPayload(c, type, violation, employee, cancel);
    if (decree != null) {
      withDocument(payload, decree);
    }
    for (String connector : connectors) {
      queueSanction(connector, c, cancel, ref, payload);
    }
    return connectors;
  }

  /**
   * Queues a decree document uploaded after its sanction was queued, for the records that keep
   * documents, after the sanction in the case's order; keyed by the document, so it goes once.
   */
  public void decreeDocument(
      NeutralityCase c,
      SanctionType type,
      ViolationType violation,
      Employee employee,
      List<String> connectors,
      CaseDocument decree) {
    Map<String, String> payload =
        withDocument(sanctionPayload(c, type, violation, employee, false), decree);
    for (String connector : connectors) {
      queueForCase(
          connector, c, OutboxEntry.DECREE_DOCUMENT, ":decree-document:" + decree.id(), payload);
    }
  }

  private static Map<String, String> withDocument(Map<String, String> p, CaseDocument d) {
    p.put(SanctionFields.DOCUMENT_ID, String.valueOf(d.id()));
    p.put(SanctionFields.DOCUMENT_NAME, d.fileName());
    p.put(SanctionFields.DOCUMENT_SHA256, d.sha256());
    return p;
  }

  /**
   * Sends a sanction again to one target that lacks it (or its cancellation), as a reconciliation
   * found; keyed by the reconciliation's item so that resolving twice cannot send twice. A record
   * that lacks a cancelled sanction gets the sanction, then its cancellation.
   *
   * @param cancellationOnly the record holds the sanction and lacks only the cancellation
   */
  public void sanctionResend(
      NeutralityCase c,
      SanctionType type,
      ViolationType violation,
      Employee employee,
      String connector,
      long itemId,
      boolean cancellationOnly) {
    String ref = c.id() + ":resend-" + itemId;
    if (!cancellationOnly) {
      queueSanction(connector, c, false, ref, sanctionPayload(c, type, violation, employee, false));
    }
    if (c.cancellation() != null) {
      queueSanction(connector, c, true, ref, sanctionPayload(c, type, violation, employee, true));
    }
  }

  /**
   * What the records must hear of a sanction an objection's decision replaces: the sanction as it
   * stands, cancelled by that decision. Built before the case takes the new decree.
   */
  public static Map<String, String> replacementOf(
      NeutralityCase c,
      SanctionType type,
      ViolationType violation,
      Employee employee,
      String decisionNumber,
      java.time.LocalDate decisionDate) {
    Map<String, String> p = sanctionPayload(c, type, violation, employee, false);
    p.put(SanctionFields.CANCELLATION_NUMBER, decisionNumber);
    if (decisionDate != null) {
      p.put(SanctionFields.CANCELLATION_DATE, decisionDate.toString());
    }
    return p;
  }

  /**
   * Queues the cancellation of a replaced sanction for the records that hold it, in the case's
   * order: before the sanction that replaces it.
   */
  public void sanctionReplaced(NeutralityCase c, Map<String, String> replaced, List<String> to) {
    String ref = c.id() + ":" + c.decree().number() + ":replaces";
    for (String connector : to) {
      queueSanction(connector, c, true, ref, replaced);
    }
  }

  private static final String SANCTION_KEY = ":sanction:";
  private static final String CANCELLATION_KEY = ":sanction-cancel:";

  /** One sanction message, in the case's order for that connector. */
  private void queueSanction(
      String connector,
      NeutralityCase c,
      boolean cancellation,
      String ref,
      Map<String, String> payload) {
    queueForCase(
        connector,
        c,
        OutboxEntry.SANCTION,
        (cancellation ? CANCELLATION_KEY : SANCTION_KEY) + ref,
        payload);
  }

  /** One message of the case for a connector, in the case's order there. */
  private void queueForCase(
      String connector, NeutralityCase c, String kind, String key, Map<String, String> payload) {
    outbox.addMessage(
        new OutboxMessage(
            connector,
            c.agency(),
            kind,
            connector + key,
            connector + ":" + caseOrdering(c.id()),
            JSON.toJson(payload),
            Correlation.current(),
            Times.now(clock)));
  }

  /** Whether a sanction message carries a cancellation decree (else the sanction itself). */
  public static boolean isCancellation(OutboxMessage m) {
    return m.idempotencyKey().contains(CANCELLATION_KEY);
  }

  /** The ordering key suffix of a case's messages. */
  public static String caseOrdering(long caseId) {
    return "case:" + caseId;
  }

  /** The case's sanction messages, oldest first. */
  public List<OutboxMessage> sanctionMessages(long caseId) {
    return outbox.findByOrderingSuffix(caseOrdering(caseId)).stream()
        .sorted(java.util.Comparator.comparing(OutboxMessage::id))
        .toList();
  }

  /** Whether every sanction message of the case has reached its target (and there was one). */
  public boolean sanctionRecorded(long caseId) {
    List<OutboxMessage> messages = outbox.findByOrderingSuffix(caseOrdering(caseId));
    return !messages.isEmpty()
        && messages.stream()
            .allMatch(
                m -> m.state() == DeliveryState.DELIVERED || m.state() == DeliveryState.SUPERSEDED);
  }

  static Map<String, String> sanctionPayload(
      NeutralityCase c,
      SanctionType type,
      ViolationType violation,
      Employee employee,
      boolean withCancellation) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(SanctionFields.SANCTION_ID, String.valueOf(c.id()));
    p.put(SanctionFields.NIP, c.nip());
    if (employee != null && employee.siasnId() != null) {
      p.put(SanctionFields.PNS_ORANG_ID, employee.siasnId());
    }
    p.put(SanctionFields.SANCTION_TYPE, type.recordCode());
    if (type.tier() != null) {
      p.put(SanctionFields.TIER, type.tier().name());
    }
    if (violation.siasnReasonId() != null) {
      p.put(SanctionFields.REASON_ID, violation.siasnReasonId());
    }
    if (type.jenisPemberhentianId() != null) {
      p.put(SanctionFields.TERMINATION_TYPE, type.jenisPemberhentianId());
    }
    p.put(SanctionFields.DECREE_NUMBER, c.decree().number());
    p.put(SanctionFields.DECREE_DATE, c.decree().date().toString());
    p.put(SanctionFields.START_DATE, c.period().start().toString());
    if (c.period().end() != null) {
      p.put(SanctionFields.END_DATE, c.period().end().toString());
    }
    p.put(SanctionFields.YEARS, String.valueOf(type.months() / 12));
    p.put(SanctionFields.MONTHS, String.valueOf(type.months() % 12));
    p.put(SanctionFields.REGULATION, type.regulation());
    if (employee != null && employee.golongan() != null) {
      p.put(SanctionFields.GOLONGAN_LAMA, employee.golongan());
    }
    if (withCancellation && c.cancellation() != null) {
      p.put(SanctionFields.CANCELLATION_NUMBER, c.cancellation().number());
      p.put(SanctionFields.CANCELLATION_DATE, c.cancellation().date().toString());
    }
    p.put(
        SanctionFields.NOTE,
        "Netralitas ASN: " + violation.nameId() + " (kasus Netra " + c.id() + ")");
    return p;
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
    m.retry(Times.now(clock));
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
    m.discard(Times.now(clock));
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
