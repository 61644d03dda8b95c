package id.netra.interfaces.rest;

import id.netra.application.DeliveryService;
import id.netra.domain.integration.ConnectorRun;
import id.netra.domain.integration.DeliveryState;
import id.netra.domain.integration.OutboxMessage;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.camel.ConnectorControl;
import id.netra.infrastructure.security.Role;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.connector.ConnectionCheck;
import id.netra.integration.connector.ConnectorView;
import id.netra.integration.connector.ReloadResult;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Connector instances, their runs, and the outbox's dead letters. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Connectors", description = "Connector instances, run reports and dead letters")
public class ConnectorResource {

  /** A connector with its routes, counters and the messages waiting for it. */
  public record ConnectorDto(ConnectorView connector, long backlog) {}

  /** A run as listed. */
  public record RunDto(
      long id,
      String connectorId,
      String kind,
      boolean dryRun,
      String status,
      Instant startedAt,
      Instant finishedAt,
      Map<String, Integer> counts,
      String markerFrom,
      String markerTo,
      String error,
      List<ItemDto> items) {

    static RunDto of(ConnectorRun r, boolean withItems) {
      Map<String, Integer> counts =
          Map.of(
              "created", r.created(),
              "updated", r.updated(),
              "unchanged", r.unchanged(),
              "deactivated", r.deactivated(),
              "decided", r.decided(),
              "replayed", r.replayed(),
              "failed", r.failed());
      return new RunDto(
          r.id(),
          r.connectorId(),
          r.runKind(),
          r.dryRun(),
          r.status(),
          r.startedAt(),
          r.finishedAt(),
          counts,
          r.markerFrom(),
          r.markerTo(),
          r.error(),
          withItems
              ? r.items().stream()
                  .map(i -> new ItemDto(i.recordKey(), i.outcome(), i.detail(), i.reasons()))
                  .toList()
              : null);
    }
  }

  /** One record of a run; {@code reasons} is the JSON list of reasons. */
  public record ItemDto(String key, String outcome, String detail, String reasons) {}

  /**
   * An outbox message; {@code payload} is what the connector's statements receive, {@code
   * claimedBy} the Netra instance that made the last attempt, {@code correlationId} the request
   * that queued it ({@code X-Request-Id}).
   */
  public record MessageDto(
      long id,
      String connectorId,
      String kind,
      String idempotencyKey,
      String correlationId,
      String state,
      int attempts,
      String claimedBy,
      Instant nextAttemptAt,
      String lastError,
      String targetRef,
      Instant createdAt,
      Instant updatedAt,
      Map<String, String> payload) {

    static MessageDto of(OutboxMessage m) {
      return new MessageDto(
          m.id(),
          m.connectorId(),
          m.kind(),
          m.idempotencyKey(),
          m.correlationId(),
          m.state().name(),
          m.attempts(),
          m.claimedBy(),
          m.nextAttemptAt(),
          m.lastError(),
          m.targetRef(),
          m.createdAt(),
          m.updatedAt(),
          DeliveryService.payloadOf(m));
    }
  }

  @Inject ConnectorControl control;
  @Inject DeliveryService deliveries;
  @Inject CurrentCaller caller;

  @GET
  @Path("connectors")
  @Operation(summary = "Connector instances with state, routes, counters and backlog")
  public List<ConnectorDto> list() {
    return control.list(caller.actor()).stream()
        .map(l -> new ConnectorDto(l.view(), l.backlog()))
        .toList();
  }

  @GET
  @Path("connectors/{id}")
  public ConnectorDto find(@PathParam("id") String id) {
    var l = control.find(caller.actor(), id);
    return new ConnectorDto(l.view(), l.backlog());
  }

  @POST
  @Path("connectors/{id}/start")
  public ConnectorView start(@PathParam("id") String id) {
    return control.start(caller.actor(), id);
  }

  @POST
  @Path("connectors/{id}/stop")
  public ConnectorView stop(@PathParam("id") String id) {
    return control.stop(caller.actor(), id);
  }

  @POST
  @Path("connectors/{id}/suspend")
  @Operation(summary = "Suspend the schedules; runs on demand and deliveries go on")
  public ConnectorView suspend(@PathParam("id") String id) {
    return control.suspend(caller.actor(), id);
  }

  @POST
  @Path("connectors/{id}/test")
  @Operation(summary = "Reach the source, run each query once, prepare each statement")
  public ConnectionCheck test(@PathParam("id") String id) {
    return control.test(caller.actor(), id);
  }

  @POST
  @Path("connectors/{id}/reload")
  @Operation(
      summary = "Read the instance's file again",
      description =
          "An invalid file answers 400 with each fault by key; the running version stays.")
  public ReloadResult reload(@PathParam("id") String id) {
    return control.reload(caller.actor(), id);
  }

  @POST
  @Path("connectors/reload")
  @Operation(summary = "Read every file of the connectors folder (administrators of every agency)")
  public List<ReloadResult> reloadAll() {
    return control.reloadAll(caller.actor());
  }

  @POST
  @Path("connectors/{id}/runs")
  @Operation(
      summary = "Run now and answer the report",
      description =
          "kind: PERSONNEL (incremental where the source has a change marker), RECONCILE (all"
              + " personnel; employees gone from the source become inactive) or REQUESTS."
              + " dryRun=true reports what would change and changes nothing. nip (repeatable)"
              + " limits a PERSONNEL run to those employees, for example a refresh of one"
              + " employee from SIASN.")
  public RunReport run(
      @PathParam("id") String id,
      @QueryParam("kind") @DefaultValue("PERSONNEL") String kind,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("nip") List<String> nips) {
    Validations v = new Validations();
    RunKind k = v.enumValue(RunKind.class, kind, "kind", true);
    v.require(
        nips.size() <= 500,
        "nip",
        "TOO_MANY",
        "Paling banyak 500 NIP per proses.",
        "At most 500 NIPs per run.");
    v.require(
        nips.isEmpty() || k == null || k == RunKind.PERSONNEL,
        "nip",
        "RUN_NOT_LIMITABLE",
        "Hanya proses PERSONNEL yang dapat dibatasi pada NIP tertentu.",
        "Only a PERSONNEL run can be limited to some NIPs.");
    v.throwIfAny();
    return control.run(caller.actor(), id, k, dryRun, nips);
  }

  @GET
  @Path("connectors/{id}/runs")
  @Operation(summary = "The latest run reports, newest first")
  public List<RunDto> runs(
      @PathParam("id") String id, @QueryParam("limit") @DefaultValue("20") int limit) {
    return control.runs(caller.actor(), id, limit).stream().map(r -> RunDto.of(r, false)).toList();
  }

  @GET
  @Path("connector-runs/{runId}")
  @Operation(summary = "One run report with its records")
  public RunDto runReport(@PathParam("runId") long runId) {
    return RunDto.of(control.runReport(caller.actor(), runId), true);
  }

  @GET
  @Path("outbox")
  @Operation(summary = "Outbox messages; state=DEAD lists the dead letters")
  public List<MessageDto> messages(
      @QueryParam("state") String state,
      @QueryParam("connector") String connector,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Validations v = new Validations();
    DeliveryState s = v.enumValue(DeliveryState.class, state, "state", false);
    v.throwIfAny();
    return deliveries.messages(caller.actor(), s, connector, offset, limit).stream()
        .map(MessageDto::of)
        .toList();
  }

  @GET
  @Path("outbox/{id}")
  public MessageDto message(@PathParam("id") long id) {
    return MessageDto.of(deliveries.message(caller.actor(), id));
  }

  @POST
  @Path("outbox/{id}/retry")
  @Operation(summary = "Send a dead letter again")
  public MessageDto retry(@PathParam("id") long id) {
    return MessageDto.of(deliveries.retry(caller.actor(), id));
  }

  @POST
  @Path("outbox/{id}/discard")
  @Operation(summary = "Give a dead letter up")
  public MessageDto discard(@PathParam("id") long id) {
    return MessageDto.of(deliveries.discard(caller.actor(), id));
  }
}
