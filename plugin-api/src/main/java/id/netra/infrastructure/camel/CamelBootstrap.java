package id.netra.infrastructure.camel;

import id.netra.integration.HealthReport;
import id.netra.integration.NetraCamel;
import id.netra.integration.config.Secrets;
import id.netra.integration.connector.ConnectorRegistry;
import id.netra.integration.connector.FileKind;
import id.netra.integration.connector.OutboxRelay;
import id.netra.integration.connector.SiasnRest;
import id.netra.integration.connector.SimpegJdbc;
import id.netra.integration.connector.Webhook;
import id.netra.integration.port.CasePort;
import id.netra.integration.port.NetraPorts;
import id.netra.integration.port.OutboxPort;
import id.netra.integration.port.PersonnelPort;
import id.netra.integration.port.RequestPort;
import id.netra.integration.port.SyncLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CamelContext lives as long as the application: started after the schema is migrated (and the
 * demo data loaded), with the application's ports, the connector instances of the connectors folder
 * and the outbox relay; stopped when the application is undeployed or the server stops.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "StartupData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Inject java.time.Clock clock;
  @EJB PersonnelPort personnel;
  @EJB RequestPort requests;
  @EJB OutboxPort outbox;
  @EJB SyncLog syncLog;
  @EJB CasePort cases;

  @Inject
  @ConfigProperty(name = "netra.connectors.dir")
  Optional<String> connectorsDir;

  @Inject
  @ConfigProperty(name = "netra.outbox.period", defaultValue = "2000")
  String outboxPeriod;

  private volatile NetraCamel camel;
  private volatile ConnectorRegistry registry;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    try {
      Properties properties = new Properties();
      properties.setProperty("netra.outbox.period", outboxPeriod);
      camel = NetraCamel.start(CamelBootstrap.class.getClassLoader(), properties, Map.of(), clock);
      NetraPorts ports = new NetraPorts(personnel, requests, outbox, syncLog, cases, clock);
      Path folder = connectorsDir.map(Path::of).orElse(null);
      registry =
          new ConnectorRegistry(
              camel.context(),
              ports,
              folder,
              CamelBootstrap::secret,
              CamelBootstrap::dataSource,
              List.of(new SimpegJdbc(), new SiasnRest(), new Webhook(), new FileKind()));
      if (folder == null) {
        LOG.info("No connectors folder configured (netra.connectors.dir): no connectors run");
      } else {
        registry
            .reloadAll()
            .forEach(r -> LOG.info("Connector " + r.id() + ": " + r.action() + " " + r.problems()));
      }
      camel.context().addRoutes(new OutboxRelay(outbox, registry));
      LOG.info("Netra CamelContext started");
    } catch (Exception e) {
      throw new IllegalStateException("Netra's CamelContext did not start", e);
    }
  }

  /** Environment variables, system properties, and the server's password aliases. */
  static Optional<String> secret(String source, String name) {
    if (source.equals("alias")) {
      // Payara's MicroProfile Config reads password aliases as a config source.
      return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }
    return Secrets.ENVIRONMENT.resolve(source, name);
  }

  static DataSource dataSource(String jndiName) {
    try {
      return (DataSource) new InitialContext().lookup(jndiName);
    } catch (NamingException | ClassCastException e) {
      throw new IllegalArgumentException(
          "No JDBC resource " + jndiName + " on the server (create it with asadmin)", e);
    }
  }

  @PreDestroy
  void stop() {
    try {
      if (camel != null) {
        camel.close();
        LOG.info("Netra CamelContext stopped");
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Netra's CamelContext did not stop cleanly", e);
    }
  }

  public HealthReport health() {
    NetraCamel c = camel;
    return c == null ? new HealthReport(false, "NOT_STARTED", 0, 0, null) : c.health();
  }

  /** The connector instances; null until started. */
  public ConnectorRegistry connectors() {
    return registry;
  }
}
