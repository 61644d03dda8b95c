package id.netra.infrastructure.camel;

import id.netra.application.Actor;
import id.netra.application.CaseService;
import id.netra.application.DeliveryService;
import id.netra.application.EmployeeService;
import id.netra.application.EmployeeUpsert;
import id.netra.application.GateRequests;
import id.netra.application.GateService;
import id.netra.application.RowImporter;
import id.netra.application.RowOutcome;
import id.netra.application.TransferService;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.Transfer;
import id.netra.domain.gate.GateRequest;
import id.netra.domain.integration.ConnectorMarker;
import id.netra.domain.integration.ConnectorRun;
import id.netra.domain.integration.ConnectorRunItem;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.integration.OutboxMessage;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.domain.shared.Violation;
import id.netra.infrastructure.NetraInstance;
import id.netra.infrastructure.security.AccessService;
import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RetryPolicy;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SanctionFields;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.port.CasePort;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.OutboxPort;
import id.netra.integration.port.PersonnelPort;
import id.netra.integration.port.RequestPort;
import id.netra.integration.port.SyncLog;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Netra's side of the integration ports: every call is one transaction, run with the application's
 * own services and rules, so that a connector's record is treated exactly like the same record sent
 * through the API. A dry run does the same work in a transaction that is rolled back.
 */
@Stateless
@LocalBean
@Local({PersonnelPort.class, RequestPort.class, OutboxPort.class, SyncLog.class, CasePort.class})
public class ConnectorPorts implements PersonnelPort, RequestPort, OutboxPort, SyncLog, CasePort {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject EmployeeService employees;
  @Inject TransferService transfers;
  @Inject GateService gate;
  @Inject AccessService access;
  @Inject IntegrationRepository integration;
  @Inject CaseService cases;
  @Inject id.netra.application.DocumentService documents;
  @Inject id.netra.domain.document.DocumentRepository documentRepository;
  @Inject NetraInstance instance;
  @Inject id.netra.infrastructure.metrics.NetraMetrics metrics;

  @Inject
  @ConfigProperty(name = "netra.outbox.lease", defaultValue = "PT2M")
  String lease;

  static Actor actorOf(ConnectorRef connector, Long clientId) {
    return new Actor("connector:" + connector.id(), connector.agency(), clientId, null);
  }

  // ---- personnel

  @Override
  public RecordResult upsert(ConnectorRef connector, PersonnelRecord r, boolean dryRun) {
    String key = r.nip();
    try {
      Actor actor = actorOf(connector, null);
      EmployeeUpsert row =
          new EmployeeUpsert(
              r.nip(),
              r.type(),
              r.name(),
              connector.agency(),
              r.unitCode(),
              r.unitName(),
              r.superiorNip(),
              r.golongan(),
              r.positionType(),
              r.status(),
              r.siasnId());
      if (r.partial()) {
        row = merged(row, employees.find(actor, r.nip()));
      }
      RowOutcome outcome = employees.upsertOne(actor, row);
      if (r.agency() != null && !r.agency().equals(connector.agency())) {
        Transfer t = transfers.follow(actor, r.nip(), r.agency(), followNote(connector));
        rollBackIf(dryRun);
        return new RecordResult(
            key,
            SyncOutcome.UPDATED,
            "TRANSFERRED " + t.fromAgency() + " → " + t.toAgency() + " (#" + t.id() + ")",
            List.of());
      }
      rollBackIf(dryRun);
      return RecordResult.of(key, SyncOutcome.valueOf(outcome.name()));
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      return RecordResult.failed(key, reasons(e));
    }
  }

  private static String followNote(ConnectorRef connector) {
    return "SIASN (konektor "
        + connector.id()
        + ") mencatat pegawai di instansi ini / SIASN has the employee at this agency";
  }

  /** A partial record (a refresh from SIASN) keeps what its source does not say. */
  private static EmployeeUpsert merged(EmployeeUpsert r, Employee e) {
    return new EmployeeUpsert(
        r.nip(),
        r.type() != null ? r.type() : e.type().name(),
        r.name() != null ? r.name() : e.name(),
        r.agency(),
        r.unitCode() != null ? r.unitCode() : e.unitCode(),
        r.unitName() != null ? r.unitName() : e.unitName(),
        r.superiorNip() != null ? r.superiorNip() : e.superiorNip(),
        r.golongan() != null ? r.golongan() : e.golongan(),
        r.positionType() != null ? r.positionType() : e.positionType(),
        r.status() != null ? r.status() : e.status().name(),
        r.siasnId());
  }

  @Override
  public void linkClient(ConnectorRef connector, String apiKeyPrefix) {
    access.linkClient(connector.id(), connector.agency(), apiKeyPrefix);
  }

  @Override
  public List<String> activeNips(ConnectorRef connector) {
    return employees.activeNips(actorOf(connector, null), connector.agency());
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<RecordResult> deactivateMissing(
      ConnectorRef connector, Set<String> present, boolean dryRun) {
    ConnectorPorts self = context.getBusinessObject(ConnectorPorts.class);
    List<RecordResult> out = new ArrayList<>();
    for (String nip : employees.activeNips(actorOf(connector, null), connector.agency())) {
      if (!present.contains(nip)) {
        out.add(self.deactivateOne(connector, nip, dryRun));
      }
    }
    return out;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RecordResult deactivateOne(ConnectorRef connector, String nip, boolean dryRun) {
    try {
      boolean changed = employees.deactivate(actorOf(connector, null), nip);
      rollBackIf(dryRun);
      return RecordResult.of(nip, changed ? SyncOutcome.DEACTIVATED : SyncOutcome.UNCHANGED);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      return RecordResult.failed(nip, reasons(e));
    }
  }

  // ---- requests

  @Override
  public RecordResult decide(ConnectorRef connector, PendingRequest r, boolean dryRun) {
    String key = r.requestRef();
    try {
      GateRequest request =
          GateRequests.parse(
              r.kind(),
              r.leaveType(),
              r.dutyBody(),
              r.nip(),
              r.startDate(),
              r.endDate(),
              new Validations());
      Long clientId = access.connectorClient(connector.id(), connector.agency()).id();
      GateService.Answer answer =
          gate.decide(actorOf(connector, clientId), key, request, null, dryRun);
      String outcome =
          (dryRun ? answer.evaluation().outcome() : answer.decision().outcome()).name();
      return new RecordResult(
          key, answer.replayed() ? SyncOutcome.REPLAYED : SyncOutcome.DECIDED, outcome, List.of());
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      return RecordResult.failed(key, reasons(e));
    }
  }

  // ---- cases

  @Override
  public RecordResult report(ConnectorRef connector, CaseReport r, boolean dryRun) {
    String key = r.reference();
    try {
      List<String> evidence =
          r.evidence() == null
              ? List.of()
              : java.util.Arrays.stream(r.evidence().split(";"))
                  .map(String::strip)
                  .filter(x -> !x.isEmpty())
                  .toList();
      CaseService.Intake in =
          cases.intake(
              actorOf(connector, null),
              CaseRole.OFFICER,
              new CaseService.Report(
                  r.nip(),
                  r.violation(),
                  r.source(),
                  r.reporter(),
                  r.eventDate(),
                  r.knownDate(),
                  evidence,
                  r.description(),
                  r.reference(),
                  null));
      rollBackIf(dryRun);
      NeutralityCase c = in.c();
      String detail =
          dryRun && in.created()
              ? "would be registered"
              : "case "
                  + c.id()
                  + (in.created() ? "" : " (registered before)")
                  + (c.duplicateOf() == null ? "" : ", duplicate of case " + c.duplicateOf());
      return new RecordResult(
          key, in.created() ? SyncOutcome.CREATED : SyncOutcome.UNCHANGED, detail, List.of());
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      return RecordResult.failed(key, reasons(e));
    }
  }

  @Override
  public java.util.Optional<CaseFile> document(long documentId) {
    return documentRepository
        .find(documentId)
        .map(
            d -> {
              try (var in = documents.bytesOf(d)) {
                return new CaseFile(
                    d.fileName(), d.type().mediaType(), d.sha256(), in.readAllBytes());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  // ---- outbox

  @Override
  public List<OutboxEntry> claim(Collection<String> connectorIds, int limit) {
    Instant now = Times.now(clock);
    Instant until = now.plus(Duration.parse(lease));
    List<OutboxEntry> claimed = new ArrayList<>();
    for (OutboxMessage m : integration.findDue(connectorIds, now, limit * 2)) {
      if (claimed.size() >= limit || integration.hasEarlierOpen(m.orderingKey(), m.id())) {
        continue;
      }
      if (integration.claim(m.id(), m.attempts(), now, until, instance.name())) {
        // the same change, in this transaction's view
        int attempt = m.claim(now, until, instance.name());
        claimed.add(
            new OutboxEntry(
                m.id(),
                m.connectorId(),
                m.kind(),
                m.idempotencyKey(),
                DeliveryService.payloadOf(m),
                attempt,
                m.correlationId()));
      }
    }
    return claimed;
  }

  @Override
  public boolean renew(long entryId, int attempt) {
    Instant now = Times.now(clock);
    return integration.renew(
        entryId, attempt, now, now.plus(Duration.parse(lease)), instance.name());
  }

  @Override
  public void delivered(long entryId, String targetRef) {
    integration
        .findMessage(entryId)
        .ifPresent(
            m -> {
              m.delivered(targetRef, Times.now(clock));
              if (OutboxEntry.SANCTION.equals(m.kind())) {
                String caseId = DeliveryService.payloadOf(m).get(SanctionFields.SANCTION_ID);
                cases.sanctionDelivered(Long.parseLong(caseId));
              }
            });
  }

  @Override
  public void failed(long entryId, int attempt, String error, RetryPolicy policy) {
    integration
        .findMessage(entryId)
        .ifPresent(m -> m.failed(error, policy, attempt, Times.now(clock)));
  }

  // ---- runs

  @Override
  public Optional<String> marker(String connectorId, String name) {
    return integration.findMarker(connectorId, name).map(ConnectorMarker::marker);
  }

  @Override
  public long finish(RunReport report, String markerName, String marker) {
    List<ConnectorRunItem> items = new ArrayList<>();
    for (RecordResult i : report.items()) {
      items.add(
          new ConnectorRunItem(
              truncate(i.key(), 200),
              i.outcome().name(),
              truncate(i.detail(), 200),
              i.reasons().isEmpty() ? null : truncate(JSON.toJson(i.reasons()), 4000)));
    }
    int[] counts = {
      report.count(SyncOutcome.CREATED),
      report.count(SyncOutcome.UPDATED),
      report.count(SyncOutcome.UNCHANGED),
      report.count(SyncOutcome.DEACTIVATED),
      report.count(SyncOutcome.DECIDED),
      report.count(SyncOutcome.REPLAYED),
      report.count(SyncOutcome.FAILED)
    };
    ConnectorRun run =
        new ConnectorRun(
            report.connectorId(),
            report.agency(),
            report.kind().name(),
            report.dryRun(),
            report.status(),
            report.startedAt(),
            report.finishedAt(),
            counts,
            truncate(report.markerFrom(), 200),
            truncate(report.markerTo(), 200),
            report.error(),
            items);
    integration.addRun(run);
    metrics.connectorRun(run);
    if (markerName != null && marker != null) {
      Instant now = Times.now(clock);
      integration
          .findMarker(report.connectorId(), markerName)
          .ifPresentOrElse(
              m -> m.moveTo(marker, now),
              () ->
                  integration.addMarker(
                      new ConnectorMarker(report.connectorId(), markerName, marker, now)));
    }
    return run.id();
  }

  private void rollBackIf(boolean dryRun) {
    if (dryRun) {
      context.setRollbackOnly();
    }
  }

  static List<Reason> reasons(RuntimeException e) {
    List<Reason> out = new ArrayList<>();
    for (Violation v : RowImporter.reasons(e)) {
      out.add(Reason.of(v.field(), v.code(), v.messageId(), v.messageEn()));
    }
    return out;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
