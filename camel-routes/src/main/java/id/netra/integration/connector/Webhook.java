package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.config.ConfigNode;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.ResourceLookup;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;

/**
 * The {@code webhook} kind: the HR system sends its requests to Netra's API; Netra calls it back
 * with each decision and every later decision change, signed.
 */
public final class Webhook implements ConnectorKind {

  @Override
  public String name() {
    return WebhookSettings.KIND;
  }

  @Override
  public List<String> keys() {
    return List.of("apiClient", "callback");
  }

  @Override
  public Object read(ConfigNode root) {
    return WebhookSettings.read(root);
  }

  @Override
  public RoutesBuilder templates() {
    return new WebhookTemplates();
  }

  @Override
  public Installed install(
      CamelContext context, ConnectorConfig config, NetraPorts ports, ResourceLookup resources)
      throws Exception {
    WebhookSettings settings = config.settings(WebhookSettings.class);
    // Decisions on this client's requests are called back through this instance from now on.
    ports
        .requests()
        .linkClient(new ConnectorRef(config.id(), config.agency()), settings.apiClient());
    WebhookHandler handler = new WebhookHandler(config, ports.clock());
    handler.producer(context.createProducerTemplate());
    String id = config.id();
    List<String> beans = List.of(id + ".handler", id + ".http");
    context.getRegistry().bind(beans.get(0), handler);
    context.getRegistry().bind(beans.get(1), handler.httpConfigurer());
    List<String> routes = new ArrayList<>();
    routes.add(
        ConnectorKind.addRoute(
            context,
            WebhookTemplates.CALL,
            id + ".call",
            id,
            Map.of("url", WebhookHandler.endpoint(settings.url()))));
    routes.add(
        ConnectorKind.addRoute(context, WebhookTemplates.DELIVER, id + ".deliver", id, Map.of()));
    return new Installed(
        routes,
        beans,
        Map.<RunKind, String>of(),
        Set.of(OutboxEntry.DECISION, OutboxEntry.SANCTION),
        new ConnectorStats(ports.clock()),
        handler::test,
        (kind, dry) -> {
          throw new UnsupportedOperationException("A webhook connector has no runs");
        },
        null,
        java.util.function.UnaryOperator.identity());
  }
}
