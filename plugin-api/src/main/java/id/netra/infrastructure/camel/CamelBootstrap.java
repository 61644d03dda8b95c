package id.netra.infrastructure.camel;

import id.netra.integration.HealthReport;
import id.netra.integration.NetraCamel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CamelContext lives as long as the application: started after the schema is migrated, stopped
 * when the application is undeployed or the server stops.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  private volatile NetraCamel camel;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    try {
      camel = NetraCamel.start(CamelBootstrap.class.getClassLoader(), new Properties(), Map.of());
      LOG.info("Netra CamelContext started");
    } catch (Exception e) {
      throw new IllegalStateException("Netra's CamelContext did not start", e);
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
}
