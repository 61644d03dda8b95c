package id.netra.infrastructure.camel;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.application.DeliveryService;
import id.netra.application.NotFound;
import id.netra.domain.integration.ConnectorRun;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.config.ConfigProblem;
import id.netra.integration.connector.ConnectionCheck;
import id.netra.integration.connector.ConnectorRegistry;
import id.netra.integration.connector.ConnectorView;
import id.netra.integration.connector.ReloadResult;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * What administrators do with connector instances: every call checks that the instance belongs to
 * the administrator's agency, and every change (start, stop, suspend, reload) leaves an audit
 * entry. Runs and connection tests are done outside any transaction: each record of a run has its
 * own.
 */
@Stateless
public class ConnectorControl {

  @Inject CamelBootstrap camel;
  @Inject AuditService audit;
  @Inject DeliveryService deliveries;
  @Inject IntegrationRepository integration;

  /** A connector as listed: the registry's view plus the messages waiting for it. */
  public record Listed(ConnectorView view, long backlog) {}

  public List<Listed> list(Actor actor) {
    return registry().views().stream()
        .filter(v -> v.agency() == null ? actor.agencyCode() == null : actor.mayAct(v.agency()))
        .map(v -> new Listed(v, deliveries.backlog(v.id())))
        .toList();
  }

  public Listed find(Actor actor, String id) {
    ConnectorView v = view(actor, id);
    return new Listed(v, deliveries.backlog(id));
  }

  public ConnectorView start(Actor actor, String id) {
    return change(actor, id, "CONNECTOR_STARTED", () -> registry().start(id));
  }

  public ConnectorView stop(Actor actor, String id) {
    return change(actor, id, "CONNECTOR_STOPPED", () -> registry().stop(id));
  }

  public ConnectorView suspend(Actor actor, String id) {
    return change(actor, id, "CONNECTOR_SUSPENDED", () -> registry().suspend(id));
  }

  /** Reads one connector file again; an invalid file is refused and the running version stays. */
  public ReloadResult reload(Actor actor, String id) {
    if (registry().views().stream().anyMatch(v -> v.id().equals(id))) {
      view(actor, id);
    } else if (actor.agencyCode() != null) {
      // A new file: only an administrator of every agency may add instances by reload.
      throw new NotFound("connector", id);
    }
    ReloadResult result = translate(() -> registry().reload(id));
    audit.record(
        actor,
        agencyOf(id, actor),
        "CONNECTOR_RELOADED",
        "connector",
        id,
        null,
        Map.of("action", result.action()));
    if (result.action().equals("REJECTED")) {
      throw invalid(result.problems());
    }
    return result;
  }

  /** Reads every file of the connectors folder (administrators of every agency only). */
  public List<ReloadResult> reloadAll(Actor actor) {
    if (actor.agencyCode() != null) {
      throw new DomainStateException(
          "NOT_ALLOWED",
          "Hanya administrator semua instansi yang dapat memuat ulang semua konektor.",
          "Only an administrator of every agency can reload every connector.");
    }
    List<ReloadResult> results = registry().reloadAll();
    audit.record(
        actor,
        null,
        "CONNECTORS_RELOADED",
        "connector",
        "*",
        null,
        Map.of("results", results.stream().map(r -> r.id() + ":" + r.action()).toList()));
    return results;
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunReport run(Actor actor, String id, RunKind kind, boolean dryRun, List<String> nips) {
    view(actor, id);
    return translate(() -> registry().run(id, kind, dryRun, nips));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConnectionCheck test(Actor actor, String id) {
    view(actor, id);
    return translate(() -> registry().test(id));
  }

  public List<ConnectorRun> runs(Actor actor, String id, int limit) {
    view(actor, id);
    return integration.findRuns(id, Math.min(Math.max(limit, 1), 200));
  }

  public ConnectorRun runReport(Actor actor, long runId) {
    ConnectorRun run =
        integration
            .findRun(runId)
            .filter(r -> actor.mayAct(r.agencyCode()))
            .orElseThrow(() -> new NotFound("run", runId));
    run.items().size();
    return run;
  }

  private ConnectorView change(Actor actor, String id, String action, Step step) {
    ConnectorView before = view(actor, id);
    translate(
        () -> {
          try {
            step.run();
          } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
          return null;
        });
    ConnectorView after = registry().view(id);
    audit.record(
        actor,
        before.agency(),
        action,
        "connector",
        id,
        Map.of("state", before.state()),
        Map.of("state", after.state()));
    return after;
  }

  private interface Step {
    void run() throws Exception;
  }

  private ConnectorView view(Actor actor, String id) {
    ConnectorView v = translate(() -> registry().view(id));
    if (v.agency() == null ? actor.agencyCode() != null : !actor.mayAct(v.agency())) {
      throw new NotFound("connector", id);
    }
    return v;
  }

  private String agencyOf(String id, Actor actor) {
    String a = registry().agencyOf(id);
    return a != null ? a : actor.agencyCode();
  }

  private ConnectorRegistry registry() {
    ConnectorRegistry r = camel.connectors();
    if (r == null) {
      throw new DomainStateException(
          "NOT_STARTED", "Integrasi belum berjalan.", "The integration side has not started.");
    }
    return r;
  }

  private static <T> T translate(Supplier<T> call) {
    try {
      return call.get();
    } catch (NoSuchElementException e) {
      throw new NotFound("connector", e.getMessage());
    } catch (UnsupportedOperationException e) {
      throw DomainValidationException.of(
          "kind",
          "RUN_NOT_OFFERED",
          "Konektor ini tidak menawarkan jenis proses tersebut.",
          "This connector does not offer that kind of run: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw new DomainStateException(
          "CONNECTOR_NOT_READY",
          "Konektor tidak siap: " + e.getMessage(),
          "The connector is not ready: " + e.getMessage());
    }
  }

  private static DomainValidationException invalid(List<ConfigProblem> problems) {
    return new DomainValidationException(
        problems.stream()
            .map(p -> new Violation(p.path(), "CONFIG_INVALID", p.messageId(), p.messageEn()))
            .toList());
  }
}
