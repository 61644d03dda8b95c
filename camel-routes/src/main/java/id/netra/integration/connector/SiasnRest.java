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
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;

/** The {@code siasn-rest} kind: BKN's SIASN web service, or one built like it. */
public final class SiasnRest implements ConnectorKind {

  @Override
  public String name() {
    return SiasnRestSettings.KIND;
  }

  @Override
  public List<String> keys() {
    return List.of("api", "tokens", "personnel", "sanctions");
  }

  @Override
  public Object read(ConfigNode root) {
    return SiasnRestSettings.read(root);
  }

  @Override
  public RoutesBuilder templates() {
    return new SiasnRestTemplates();
  }

  @Override
  public Installed install(
      CamelContext context, ConnectorConfig config, NetraPorts ports, ResourceLookup resources)
      throws Exception {
    SiasnRestSettings settings = config.settings(SiasnRestSettings.class);
    ConnectorStats stats = new ConnectorStats(ports.clock());
    SiasnRestHandler handler = new SiasnRestHandler(config, ports, stats);
    handler.producer(context.createProducerTemplate());
    String id = config.id();
    List<String> beans = List.of(id + ".handler", id + ".http", id + ".sanctions");
    context.getRegistry().bind(beans.get(0), handler);
    context.getRegistry().bind(beans.get(1), handler.httpConfigurer());
    context.getRegistry().bind(beans.get(2), new SiasnSanctionSteps(config, ports));

    List<String> routes = new ArrayList<>();
    routes.add(
        ConnectorKind.addRoute(
            context,
            SiasnRestTemplates.TOKENS,
            id + ".tokens",
            id,
            Map.of("gatewayUrl", settings.gateway().url(), "ssoUrl", settings.sso().url())));
    routes.add(
        ConnectorKind.addRoute(
            context,
            SiasnRestTemplates.CALL,
            id + ".call",
            id,
            Map.of("baseUrl", settings.baseUrl())));
    Map<RunKind, String> runs = new EnumMap<>(RunKind.class);
    if (settings.personnel() != null) {
      routes.add(
          ConnectorKind.addRoute(
              context, SiasnRestTemplates.PERSONNEL, id + ".personnel", id, Map.of()));
      runs.put(RunKind.PERSONNEL, "direct:" + id + ".personnel");
      ConnectorKind.addSchedule(context, routes, id, "personnel", settings.personnel().schedule());
    }
    routes.add(
        ConnectorKind.addRoute(context, SiasnRestTemplates.DELIVER, id + ".deliver", id, Map.of()));
    routes.add(
        ConnectorKind.addRoute(context, SiasnRestTemplates.HELD, id + ".held", id, Map.of()));
    return new Installed(
        routes,
        beans,
        runs,
        Set.of(OutboxEntry.SANCTION, OutboxEntry.DECREE_DOCUMENT),
        stats,
        handler::test,
        (kind, dry) -> handler.busy(kind, dry),
        handler::held,
        java.util.function.UnaryOperator.identity());
  }
}
