package id.netra.integration.connector;

import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RetryPolicy;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.port.CasePort;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import id.netra.integration.port.OutboxPort;
import id.netra.integration.port.PersonnelPort;
import id.netra.integration.port.RequestPort;
import id.netra.integration.port.SyncLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Netra's side of the ports, in memory, for route tests outside the server: keeps the employees it
 * is sent, blocks requests of employees listed in {@link #blocked}, and queues a decision message
 * per new decision in its outbox. The real implementations are tested on the EAR.
 */
final class FakeNetra implements PersonnelPort, RequestPort, OutboxPort, SyncLog, CasePort {

  /** Cases registered from files, by reference. */
  final Map<String, CaseReport> cases = new LinkedHashMap<>();

  final Map<String, PersonnelRecord> employees = new LinkedHashMap<>();

  /** The clock the connectors read: the system's, until a test sets the time. */
  final TestClock clock = new TestClock();

  /** A clock a test can stop at an instant. */
  static final class TestClock extends java.time.Clock {
    volatile java.time.Instant at;

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneId.of("Asia/Jakarta");
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("Netra's clock stays in WIB");
    }

    @Override
    public java.time.Instant instant() {
      java.time.Instant fixed = at;
      return fixed != null ? fixed : java.time.Instant.now();
    }
  }

  final Set<String> blocked = ConcurrentHashMap.newKeySet();
  final Map<String, String> decisions = new HashMap<>();
  final List<Boolean> dryRuns = new CopyOnWriteArrayList<>();
  final Map<String, String> markers = new HashMap<>();
  final List<RunReport> reports = new CopyOnWriteArrayList<>();
  final Map<Long, Message> outbox = new LinkedHashMap<>();

  /** Case documents the integration side may open, by id. */
  final Map<Long, CaseFile> documents = new ConcurrentHashMap<>();

  private long nextId = 1;

  static final class Message {
    final OutboxEntry entry;
    String state = "PENDING";
    int attempts;
    String targetRef;
    String error;

    Message(OutboxEntry entry) {
      this.entry = entry;
    }
  }

  NetraPorts ports() {
    return new NetraPorts(this, this, this, this, this, clock);
  }

  @Override
  public java.util.Optional<CaseFile> document(long documentId) {
    return java.util.Optional.ofNullable(documents.get(documentId));
  }

  @Override
  public synchronized RecordResult report(ConnectorRef c, CaseReport r, boolean dryRun) {
    dryRuns.add(dryRun);
    if (!r.violation().matches("PP94-5N-[1-7]|SKB-(0[1-9]|1[01])")) {
      return RecordResult.failed(
          r.reference(),
          List.of(Reason.of("violation", "NOT_FOUND", "Tidak dikenal.", "Unknown violation.")));
    }
    if (cases.containsKey(r.reference())) {
      return new RecordResult(r.reference(), SyncOutcome.UNCHANGED, "already a case", List.of());
    }
    if (!dryRun) {
      cases.put(r.reference(), r);
    }
    return new RecordResult(r.reference(), SyncOutcome.CREATED, "case " + cases.size(), List.of());
  }

  static String canonical(String nip) {
    return nip.replaceAll("[\\s.]", "");
  }

  @Override
  public synchronized RecordResult upsert(ConnectorRef c, PersonnelRecord r, boolean dryRun) {
    dryRuns.add(dryRun);
    String nip = canonical(r.nip());
    PersonnelRecord before = employees.get(nip);
    if (r.partial()) {
      if (before == null) {
        return RecordResult.failed(
            nip, List.of(Reason.of("nip", "NOT_FOUND", "Tidak ada.", "No such employee.")));
      }
      r =
          new PersonnelRecord(
              r.nip(),
              keep(r.type(), before.type()),
              keep(r.name(), before.name()),
              keep(r.unitCode(), before.unitCode()),
              keep(r.unitName(), before.unitName()),
              keep(r.superiorNip(), before.superiorNip()),
              keep(r.golongan(), before.golongan()),
              keep(r.positionType(), before.positionType()),
              keep(r.status(), before.status()),
              keep(r.siasnId(), before.siasnId()),
              false,
              r.agency() == null || r.agency().equals(c.agency()) ? null : r.agency());
    }
    SyncOutcome outcome =
        before == null
            ? SyncOutcome.CREATED
            : before.equals(r) ? SyncOutcome.UNCHANGED : SyncOutcome.UPDATED;
    if (!dryRun) {
      employees.put(nip, r);
    }
    return RecordResult.of(nip, outcome);
  }

  private static String keep(String now, String before) {
    return now == null ? before : now;
  }

  @Override
  public synchronized List<String> activeNips(ConnectorRef c) {
    return employees.entrySet().stream()
        .filter(e -> !"INACTIVE".equals(e.getValue().status()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Queues a message as the application would in the transaction of a domain change. */
  synchronized long enqueue(String connectorId, String kind, Map<String, String> payload) {
    return enqueue(connectorId, kind, payload, null);
  }

  /** The same, queued by the request with that correlation id. */
  synchronized long enqueue(
      String connectorId, String kind, Map<String, String> payload, String correlationId) {
    long id = nextId++;
    outbox.put(
        id,
        new Message(
            new OutboxEntry(id, connectorId, kind, kind + ":" + id, payload, 0, correlationId)));
    return id;
  }

  @Override
  public synchronized List<RecordResult> deactivateMissing(
      ConnectorRef c, Set<String> present, boolean dryRun) {
    List<RecordResult> out = new ArrayList<>();
    for (var e : employees.entrySet()) {
      if (!present.contains(e.getKey()) && !"INACTIVE".equals(e.getValue().status())) {
        out.add(RecordResult.of(e.getKey(), SyncOutcome.DEACTIVATED));
        if (!dryRun) {
          PersonnelRecord r = e.getValue();
          e.setValue(
              new PersonnelRecord(
                  r.nip(),
                  r.type(),
                  r.name(),
                  r.unitCode(),
                  r.unitName(),
                  r.superiorNip(),
                  r.golongan(),
                  r.positionType(),
                  "INACTIVE"));
        }
      }
    }
    return out;
  }

  @Override
  public synchronized RecordResult decide(ConnectorRef c, PendingRequest r, boolean dryRun) {
    dryRuns.add(dryRun);
    String outcome = blocked.contains(canonical(r.nip())) ? "BLOCK" : "ALLOW";
    String before = decisions.get(r.requestRef());
    if (outcome.equals(before)) {
      return new RecordResult(r.requestRef(), SyncOutcome.REPLAYED, outcome, List.of());
    }
    if (!dryRun) {
      decisions.put(r.requestRef(), outcome);
      long id = nextId++;
      Map<String, String> payload = new HashMap<>();
      payload.put("source", r.source());
      payload.put("sourceId", r.sourceId());
      payload.put("requestRef", r.requestRef());
      payload.put("nip", canonical(r.nip()));
      payload.put("outcome", outcome);
      payload.put("reasons", outcome.equals("BLOCK") ? "Pakta belum ditandatangani" : "");
      payload.put("reasonCodes", outcome.equals("BLOCK") ? "PACT_NOT_SIGNED" : "");
      payload.put("decisionId", String.valueOf(1000 + id));
      payload.put("decidedAt", "2029-01-02 03:04:05");
      outbox.put(
          id,
          new Message(new OutboxEntry(id, c.id(), OutboxEntry.DECISION, "d:" + id, payload, 0)));
    }
    return new RecordResult(r.requestRef(), SyncOutcome.DECIDED, outcome, List.of());
  }

  final Map<String, String> links = new HashMap<>();

  @Override
  public synchronized void linkClient(ConnectorRef c, String apiKeyPrefix) {
    if (!apiKeyPrefix.startsWith("demo")) {
      throw new IllegalArgumentException(
          "No active API client " + apiKeyPrefix + " in " + c.agency());
    }
    links.put(apiKeyPrefix, c.id());
  }

  @Override
  public synchronized List<OutboxEntry> claim(Collection<String> connectorIds, int limit) {
    List<OutboxEntry> out = new ArrayList<>();
    for (Message m : outbox.values()) {
      if (m.state.equals("PENDING") && connectorIds.contains(m.entry.connectorId())) {
        m.state = "IN_FLIGHT";
        m.attempts++;
        OutboxEntry e = m.entry;
        out.add(
            new OutboxEntry(
                e.id(),
                e.connectorId(),
                e.kind(),
                e.idempotencyKey(),
                e.payload(),
                m.attempts,
                e.correlationId()));
      }
    }
    return out;
  }

  /** Attempts the relay renewed before sending, by entry id: what a lease-race test looks at. */
  final List<Long> renewed = new ArrayList<>();

  /**
   * Messages whose claim is taken over right after this relay claimed them, as another instance
   * would once the lease ran out during the batch's earlier, slow deliveries.
   */
  final java.util.Set<Long> takenOver = new java.util.HashSet<>();

  @Override
  public synchronized boolean renew(long entryId, int attempt) {
    Message m = outbox.get(entryId);
    renewed.add(entryId);
    if (takenOver.remove(entryId)) {
      m.attempts++; // the other instance's claim
    }
    return m.state.equals("IN_FLIGHT") && m.attempts == attempt;
  }

  @Override
  public synchronized void delivered(long entryId, String targetRef) {
    Message m = outbox.get(entryId);
    m.state = "DELIVERED";
    m.targetRef = targetRef;
  }

  @Override
  public synchronized void failed(long entryId, int attempt, String error, RetryPolicy policy) {
    Message m = outbox.get(entryId);
    if (!m.state.equals("IN_FLIGHT") || m.attempts != attempt) {
      return;
    }
    m.error = error;
    m.state = policy.exhausted(m.attempts) ? "DEAD" : "PENDING";
  }

  @Override
  public synchronized Optional<String> marker(String connectorId, String name) {
    return Optional.ofNullable(markers.get(connectorId + "/" + name));
  }

  @Override
  public synchronized long finish(RunReport report, String markerName, String marker) {
    reports.add(report);
    if (marker != null && markerName != null) {
      markers.put(report.connectorId() + "/" + markerName, marker);
    }
    return reports.size();
  }

  synchronized List<Message> messages() {
    return new ArrayList<>(outbox.values());
  }
}
