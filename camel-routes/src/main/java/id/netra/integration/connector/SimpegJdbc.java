package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.config.ConfigNode;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.ResourceLookup;
import id.netra.integration.port.NetraPorts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;

/** The {@code simpeg-jdbc} kind: any SQL database reached through a JDBC resource. */
public final class SimpegJdbc implements ConnectorKind {

  @Override
  public String name() {
    return SimpegJdbcSettings.KIND;
  }

  @Override
  public List<String> keys() {
    return List.of("dataSource", "statementTimeout", "personnel", "requests", "sanctions");
  }

  @Override
  public Object read(ConfigNode root) {
    return SimpegJdbcSettings.read(root);
  }

  @Override
  public RoutesBuilder templates() {
    return new SimpegJdbcTemplates();
  }

  @Override
  public Installed install(
      CamelContext context, ConnectorConfig config, NetraPorts ports, ResourceLookup resources)
      throws Exception {
    SimpegJdbcSettings settings = config.settings(SimpegJdbcSettings.class);
    Map<String, String> timeout =
        Map.of("statementTimeout", String.valueOf(settings.timeoutSeconds()));
    DataSource dataSource = resources.dataSource(settings.dataSource());
    ConnectorStats stats = new ConnectorStats(ports.clock());
    SimpegJdbcHandler handler = new SimpegJdbcHandler(config, ports, dataSource, stats);
    String id = config.id();
    List<String> beans = List.of(id + ".handler", id + ".dataSource");
    context.getRegistry().bind(beans.get(0), handler);
    context.getRegistry().bind(beans.get(1), dataSource);

    List<String> routes = new ArrayList<>();
    Map<RunKind, String> runs = new EnumMap<>(RunKind.class);
    if (settings.personnel() != null) {
      routes.add(
          ConnectorKind.addRoute(
              context, SimpegJdbcTemplates.PERSONNEL, id + ".personnel", id, timeout));
      ConnectorKind.addSchedule(context, routes, id, "personnel", settings.personnel().schedule());
      runs.put(RunKind.PERSONNEL, "direct:" + id + ".personnel");
      runs.put(RunKind.RECONCILE, "direct:" + id + ".personnel");
    }
    if (settings.requests() != null) {
      routes.add(
          ConnectorKind.addRoute(
              context, SimpegJdbcTemplates.REQUESTS, id + ".requests", id, timeout));
      ConnectorKind.addSchedule(context, routes, id, "requests", settings.requests().schedule());
      runs.put(RunKind.REQUESTS, "direct:" + id + ".requests");
    }
    routes.add(
        ConnectorKind.addRoute(context, SimpegJdbcTemplates.DELIVER, id + ".deliver", id, timeout));
    return new Installed(
        routes,
        beans,
        runs,
        settings.sanctionInsert() == null
            ? Set.of(OutboxEntry.DECISION)
            : Set.of(OutboxEntry.DECISION, OutboxEntry.SANCTION),
        stats,
        handler::test,
        (kind, dry) -> handler.busy(kind, dry),
        settings.sanctionQuery() == null ? null : handler::held,
        settings::recordCode);
  }
}
