package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.config.ConfigNode;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.ResourceLookup;
import id.netra.integration.port.NetraPorts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;

/**
 * The {@code file} kind: CSV and Excel exports dropped in a folder, answered with reply files.
 * Files are read when they arrive; there is no run on demand (drop a file, or a {@code dry-run-}
 * one).
 */
public final class FileKind implements ConnectorKind {

  @Override
  public String name() {
    return FileSettings.KIND;
  }

  @Override
  public List<String> keys() {
    return List.of("folder", "poll", "encoding", "delimiter", "personnel", "requests", "cases");
  }

  @Override
  public Object read(ConfigNode root) {
    return FileSettings.read(root);
  }

  @Override
  public RoutesBuilder templates() {
    return new FileTemplates();
  }

  @Override
  public Installed install(
      CamelContext context, ConnectorConfig config, NetraPorts ports, ResourceLookup resources)
      throws Exception {
    FileSettings settings = config.settings(FileSettings.class);
    ConnectorStats stats = new ConnectorStats(ports.clock());
    FileHandler handler = new FileHandler(config, ports, stats);
    handler.createFolders();
    String id = config.id();
    List<String> beans = List.of(id + ".handler");
    context.getRegistry().bind(beans.get(0), handler);
    String folder = settings.folder().toAbsolutePath().toString();
    List<String> routes =
        List.of(
            ConnectorKind.addRoute(
                context,
                FileTemplates.POLL,
                id + ".poll",
                id,
                Map.of(
                    "folder",
                    folder,
                    "include",
                    FileHandler.include(settings),
                    "delay",
                    String.valueOf(settings.poll().toMillis()))),
            ConnectorKind.addRoute(
                context, FileTemplates.DELIVER, id + ".deliver", id, Map.of("folder", folder)));
    return new Installed(
        routes,
        beans,
        Map.<RunKind, String>of(),
        Set.of(OutboxEntry.DECISION, OutboxEntry.SANCTION),
        stats,
        handler::test,
        (kind, dry) -> {
          throw new UnsupportedOperationException("A file connector reads files as they arrive");
        },
        null,
        java.util.function.UnaryOperator.identity());
  }
}
