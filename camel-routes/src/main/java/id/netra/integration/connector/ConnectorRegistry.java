package id.netra.integration.connector;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.RetryPolicy;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.config.ConfigProblem;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.config.ConnectorConfigException;
import id.netra.integration.config.ConnectorFiles;
import id.netra.integration.config.ResourceLookup;
import id.netra.integration.config.Secrets;
import id.netra.integration.port.NetraPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;

/**
 * The connector instances of one Netra: read from the files of the connectors folder, one file per
 * instance, and turned into routes from their kind's templates. A file that cannot be used is
 * rejected with its faults and never stops what runs: the previous version of the instance keeps
 * running until a valid file replaces it.
 */
public final class ConnectorRegistry {

  private static final Logger LOG = Logger.getLogger(ConnectorRegistry.class.getName());

  private final CamelContext context;
  private final NetraPorts ports;
  private final Path folder;
  private final Secrets secrets;
  private final ResourceLookup resources;
  private final Map<String, ConnectorKind> kinds = new LinkedHashMap<>();
  private final Map<String, Instance> instances = new TreeMap<>();
  private final ProducerTemplate producer;

  /** An instance: its running version (if any) and the faults of a rejected newer file. */
  private static final class Instance {
    final String id;
    String file;
    ConnectorConfig config;
    ConnectorKind.Installed installed;
    Instant loadedAt;
    List<ConfigProblem> problems = List.of();

    /** Stopped or suspended by an administrator (until started or reloaded): not a fault. */
    boolean held;

    Instance(String id, String file) {
      this.id = id;
      this.file = file;
    }
  }

  public ConnectorRegistry(
      CamelContext context,
      NetraPorts ports,
      Path folder,
      Secrets secrets,
      ResourceLookup resources,
      List<ConnectorKind> kinds)
      throws Exception {
    this.context = context;
    this.ports = ports;
    this.folder = folder;
    this.secrets = secrets;
    this.resources = resources;
    context.addRoutesConfigurations(new ConnectorErrors());
    context.addRoutes(new ScheduleTemplate());
    for (ConnectorKind kind : kinds) {
      this.kinds.put(kind.name(), kind);
      context.addRoutes(kind.templates());
    }
    this.producer = context.createProducerTemplate();
  }

  public Path folder() {
    return folder;
  }

  /**
   * Reads every file of the folder: new ones are added, changed ones reloaded, gone ones removed.
   */
  public synchronized List<ReloadResult> reloadAll() {
    List<ReloadResult> results = new ArrayList<>();
    Set<String> present = new HashSet<>();
    List<Path> files;
    try {
      files = ConnectorFiles.list(folder);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list the connectors folder " + folder, e);
    }
    for (Path file : files) {
      String id = ConnectorFiles.idOf(file);
      if (!present.add(id)) {
        results.add(
            new ReloadResult(
                id,
                file.getFileName().toString(),
                "REJECTED",
                List.of(
                    new ConfigProblem(
                        "",
                        "Ada dua berkas untuk id yang sama (.yaml dan .yml).",
                        "Two files for the same id (.yaml and .yml)."))));
        continue;
      }
      results.add(load(id, file));
    }
    for (String id : new ArrayList<>(instances.keySet())) {
      if (!present.contains(id)) {
        remove(instances.get(id));
        results.add(new ReloadResult(id, null, "REMOVED", List.of()));
      }
    }
    return results;
  }

  /** Reads one instance's file again. */
  public synchronized ReloadResult reload(String id) {
    Path file = fileOf(id);
    if (file == null) {
      Instance existing = instances.get(id);
      if (existing == null) {
        throw new NoSuchElementException("No connector file for " + id + " in " + folder);
      }
      remove(existing);
      return new ReloadResult(id, null, "REMOVED", List.of());
    }
    return load(id, file);
  }

  private ReloadResult load(String id, Path file) {
    String fileName = file.getFileName().toString();
    Instance instance = instances.computeIfAbsent(id, k -> new Instance(k, fileName));
    ConnectorConfig config;
    try {
      config = ConnectorFiles.read(file, secrets, kinds::get);
    } catch (ConnectorConfigException e) {
      instance.problems = e.problems();
      instance.file = fileName;
      LOG.warning("Connector file rejected: " + e.getMessage());
      return new ReloadResult(id, fileName, "REJECTED", e.problems());
    }
    if (instance.config != null
        && instance.installed != null
        && instance.config.fingerprint().equals(config.fingerprint())) {
      instance.problems = List.of();
      return new ReloadResult(id, fileName, "UNCHANGED", List.of());
    }
    ConnectorConfig previous = instance.config;
    boolean wasRunning = previous != null && instance.installed != null;
    uninstall(instance);
    try {
      install(instance, config);
    } catch (Exception e) {
      uninstall(instance);
      List<ConfigProblem> problems =
          List.of(
              new ConfigProblem(
                  "",
                  "Konektor tidak dapat dipasang: " + Runs.describe(e),
                  "The connector could not be installed: " + Runs.describe(e)));
      instance.problems = problems;
      LOG.log(Level.WARNING, "Connector " + id + " could not be installed", e);
      if (wasRunning) {
        try {
          install(instance, previous);
        } catch (Exception again) {
          LOG.log(Level.SEVERE, "Connector " + id + " could not be restored", again);
        }
      }
      return new ReloadResult(id, fileName, "REJECTED", problems);
    }
    instance.problems = List.of();
    instance.file = fileName;
    return new ReloadResult(id, fileName, wasRunning ? "RELOADED" : "ADDED", List.of());
  }

  private void install(Instance instance, ConnectorConfig config) throws Exception {
    ConnectorKind kind = kinds.get(config.kind());
    instance.installed = kind.install(context, config, ports, resources);
    instance.config = config;
    instance.loadedAt = ports.clock().instant();
    instance.held = false;
    if (!config.enabled()) {
      for (String route : instance.installed.routeIds()) {
        context.getRouteController().stopRoute(route);
      }
    }
    LOG.info(
        "Connector " + config.id() + " (" + config.kind() + ") installed from " + config.file());
  }

  private void uninstall(Instance instance) {
    if (instance.installed == null) {
      return;
    }
    for (String route : instance.installed.routeIds()) {
      try {
        context.getRouteController().stopRoute(route);
        context.removeRoute(route);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Route " + route + " could not be removed", e);
      }
    }
    instance.installed.beans().forEach(context.getRegistry()::unbind);
    instance.installed = null;
  }

  private void remove(Instance instance) {
    uninstall(instance);
    instances.remove(instance.id);
  }

  private Path fileOf(String id) {
    if (folder == null) {
      return null;
    }
    for (String ext : List.of(".yaml", ".yml")) {
      Path p = folder.resolve(id + ext);
      if (Files.isRegularFile(p) && ConnectorFiles.ID.matcher(id).matches()) {
        return p;
      }
    }
    return null;
  }

  // ---- control

  public synchronized void start(String id) throws Exception {
    Instance i = running(id);
    for (String route : i.installed.routeIds()) {
      context.getRouteController().startRoute(route);
    }
    i.held = false;
  }

  public synchronized void stop(String id) throws Exception {
    Instance i = running(id);
    i.held = true;
    for (String route : i.installed.routeIds()) {
      context.getRouteController().stopRoute(route);
    }
  }

  /** Suspends the schedules only: runs on demand and deliveries stay possible. */
  public synchronized void suspend(String id) throws Exception {
    Instance i = running(id);
    i.held = true;
    for (String route : i.installed.routeIds()) {
      if (route.endsWith("-schedule")) {
        context.getRouteController().suspendRoute(route);
      }
    }
  }

  /**
   * Runs the instance now and waits for its report.
   *
   * @throws UnsupportedOperationException if the instance's kind has no such run
   */
  public RunReport run(String id, RunKind kind, boolean dryRun) {
    return run(id, kind, dryRun, List.of());
  }

  /**
   * Runs the instance now for some employees only ({@code nips}; empty: everyone).
   *
   * @throws IllegalArgumentException for a reconciliation limited to some employees
   */
  public RunReport run(String id, RunKind kind, boolean dryRun, List<String> nips) {
    if (!nips.isEmpty() && kind != RunKind.PERSONNEL) {
      throw new IllegalArgumentException("Only a PERSONNEL run can be limited to some NIPs");
    }
    ConnectorKind.Installed installed;
    synchronized (this) {
      installed = running(id).installed;
    }
    String endpoint = installed.runs().get(kind);
    if (endpoint == null) {
      throw new UnsupportedOperationException("Connector " + id + " has no " + kind + " run");
    }
    ServiceStatus status = context.getRouteController().getRouteStatus(endpoint.substring(7));
    if (status == null || !status.isStarted()) {
      throw new IllegalStateException("Connector " + id + " is stopped; start it first");
    }
    Exchange answer =
        producer.request(
            endpoint,
            e -> {
              e.getMessage().setHeader(Runs.KIND, kind);
              e.getMessage().setHeader(Runs.DRY_RUN, dryRun);
              if (!nips.isEmpty()) {
                e.getMessage().setHeader(Runs.NIPS, List.copyOf(nips));
              }
            });
    RunReport report = answer.getMessage().getBody(RunReport.class);
    return report != null ? report : installed.busy().apply(kind, dryRun);
  }

  public ConnectionCheck test(String id) {
    ConnectorKind.Installed installed;
    synchronized (this) {
      installed = running(id).installed;
    }
    return installed.test().get();
  }

  /** The code an instance's target keeps a Netra sanction type under. */
  public synchronized String recordCode(String id, String netraCode) {
    Instance i = instances.get(id);
    return i == null || i.installed == null ? netraCode : i.installed.recordCode().apply(netraCode);
  }

  /**
   * The sanctions an instance's target holds for the NIPs given.
   *
   * @throws UnsupportedOperationException if the instance cannot read sanctions back
   */
  public List<id.netra.integration.canonical.HeldSanction> held(String id, List<String> nips) {
    ConnectorKind.Installed installed;
    synchronized (this) {
      installed = running(id).installed;
    }
    if (installed.held() == null) {
      throw new UnsupportedOperationException(
          "Connector " + id + " cannot read sanctions back (no sanctions.query / not a record)");
    }
    return installed.held().apply(nips);
  }

  // ---- views

  public synchronized List<ConnectorView> views() {
    return instances.values().stream().map(this::view).toList();
  }

  public synchronized ConnectorView view(String id) {
    Instance i = instances.get(id);
    if (i == null) {
      throw new NoSuchElementException("No connector " + id);
    }
    return view(i);
  }

  private ConnectorView view(Instance i) {
    List<ConnectorView.RouteView> routes = new ArrayList<>();
    String state = "INVALID";
    if (i.installed != null) {
      boolean anyStarted = false;
      boolean allStarted = true;
      boolean anySuspended = false;
      for (String route : i.installed.routeIds()) {
        ServiceStatus s = context.getRouteController().getRouteStatus(route);
        routes.add(new ConnectorView.RouteView(route, s == null ? "UNKNOWN" : s.name()));
        anyStarted |= s != null && s.isStarted();
        allStarted &= s != null && s.isStarted();
        anySuspended |= s != null && s.isSuspended();
      }
      boolean meantToRun = i.config != null && i.config.enabled() && !i.held;
      state =
          anySuspended
              ? "SUSPENDED"
              : meantToRun && !allStarted ? "FAILED" : anyStarted ? "STARTED" : "STOPPED";
    }
    ConnectorConfig c = i.config;
    return new ConnectorView(
        i.id,
        c == null ? null : c.kind(),
        c == null ? null : c.agency(),
        c == null ? null : c.description(),
        i.file,
        state,
        c != null && c.enabled(),
        i.loadedAt,
        i.problems,
        routes,
        i.installed == null ? Map.of() : i.installed.stats().snapshot());
  }

  /** The instances whose delivery route runs now: the relay claims only their messages. */
  public synchronized Set<String> delivering() {
    Set<String> out = new HashSet<>();
    for (Instance i : instances.values()) {
      if (i.installed != null && !i.installed.accepts().isEmpty()) {
        ServiceStatus s = context.getRouteController().getRouteStatus(i.id + ".deliver");
        if (s != null && s.isStarted()) {
          out.add(i.id);
        }
      }
    }
    return out;
  }

  /**
   * The instances of an agency that take sanctions: every record a sanction must reach.
   *
   * @param withSiasn whether SIASN's disciplinary history is one (not for a termination, which is
   *     proposed to BKN, nor for anything SIASN has no jenisHukuman for)
   */
  public synchronized List<String> sanctionTargets(String agency, boolean withSiasn) {
    List<String> out = new ArrayList<>();
    for (Instance i : instances.values()) {
      if (i.installed != null
          && i.config != null
          && i.config.agency().equals(agency)
          && i.config.enabled()
          && (withSiasn || !SiasnRestSettings.KIND.equals(i.config.kind()))
          && i.installed.accepts().contains(OutboxEntry.SANCTION)) {
        out.add(i.id);
      }
    }
    return out;
  }

  /**
   * Whether an instance writes dismissals as its own termination records, apart from the sanctions
   * it reads back (a simpeg-jdbc file with {@code sanctions.termination}).
   */
  public synchronized boolean terminationsApart(String id) {
    Instance i = instances.get(id);
    return i != null
        && i.config != null
        && SimpegJdbcSettings.KIND.equals(i.config.kind())
        && i.config.settings(SimpegJdbcSettings.class).terminationsApart();
  }

  /** The agency's enabled instances that accept messages of {@code kind}. */
  public synchronized List<String> targetsFor(String agency, String kind) {
    List<String> out = new ArrayList<>();
    for (Instance i : instances.values()) {
      if (i.installed != null
          && i.config != null
          && i.config.agency().equals(agency)
          && i.config.enabled()
          && i.installed.accepts().contains(kind)) {
        out.add(i.id);
      }
    }
    return out;
  }

  public synchronized RetryPolicy retryPolicy(String id) {
    Instance i = instances.get(id);
    return i == null || i.config == null ? RetryPolicy.DEFAULT : i.config.retry();
  }

  public synchronized ConnectorStats stats(String id) {
    Instance i = instances.get(id);
    return i == null || i.installed == null ? null : i.installed.stats();
  }

  /** The agency of an instance, or null if it is unknown. */
  public synchronized String agencyOf(String id) {
    Instance i = instances.get(id);
    return i == null || i.config == null ? null : i.config.agency();
  }

  private Instance running(String id) {
    Instance i = instances.get(id);
    if (i == null) {
      throw new NoSuchElementException("No connector " + id);
    }
    if (i.installed == null) {
      throw new IllegalStateException("Connector " + id + " is invalid: " + i.problems);
    }
    return i;
  }
}
