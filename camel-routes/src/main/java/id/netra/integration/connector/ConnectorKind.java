package id.netra.integration.connector;

import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.ConnectorFiles;
import id.netra.integration.config.ResourceLookup;
import id.netra.integration.port.NetraPorts;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;

/** A kind of connector: reads its settings and creates an instance's routes from its templates. */
public interface ConnectorKind extends ConnectorFiles.KindReader {

  String name();

  /** The route templates of this kind; added to the context once. */
  org.apache.camel.RoutesBuilder templates();

  /**
   * Creates the instance's routes (started unless the instance is disabled) and binds its beans.
   */
  Installed install(
      CamelContext context, ConnectorConfig config, NetraPorts ports, ResourceLookup resources)
      throws Exception;

  /** Adds one route of an instance from a template; the instance's id is {@code connectorId}. */
  static String addRoute(
      CamelContext context, String template, String routeId, String id, Map<String, String> more)
      throws Exception {
    org.apache.camel.builder.TemplatedRouteBuilder b =
        org.apache.camel.builder.TemplatedRouteBuilder.builder(context, template)
            .routeId(routeId)
            .parameter("connectorId", id);
    more.forEach(b::parameter);
    return b.add();
  }

  /** Adds the schedule that starts {@code direct:<id>.<what>}, unless {@code period} is null. */
  static void addSchedule(
      CamelContext context, List<String> routes, String id, String what, java.time.Duration period)
      throws Exception {
    if (period != null) {
      routes.add(
          addRoute(
              context,
              ScheduleTemplate.NAME,
              id + "." + what + "-schedule",
              id,
              Map.of("what", what, "period", String.valueOf(period.toMillis()))));
    }
  }

  /**
   * What an installed instance offers.
   *
   * @param routeIds its routes
   * @param beans the registry names bound for it
   * @param runs the runs it can be asked for, with the endpoint that does each
   * @param accepts the outbox entry kinds it takes on {@code direct:<id>.deliver} (DECISION,
   *     SANCTION)
   * @param test checks the connection and the configured statements
   * @param busy the report answered when a run is refused because one is in progress
   * @param held reads the sanctions the target holds for the NIPs given, for reconciliation; null
   *     if this instance cannot read them back
   * @param recordCode the code the target keeps a Netra sanction type under (a SIMPEG's own codes,
   *     {@code sanctions.types}); identity for most
   */
  record Installed(
      List<String> routeIds,
      List<String> beans,
      Map<RunKind, String> runs,
      java.util.Set<String> accepts,
      ConnectorStats stats,
      Supplier<ConnectionCheck> test,
      BiFunction<RunKind, Boolean, RunReport> busy,
      java.util.function.Function<
              java.util.List<String>, java.util.List<id.netra.integration.canonical.HeldSanction>>
          held,
      java.util.function.UnaryOperator<String> recordCode) {}
}
