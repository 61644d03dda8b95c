package id.netra.interfaces.health;

import id.netra.application.AuditService;
import id.netra.domain.audit.AuditRepository.Backlog;
import id.netra.domain.shared.Times;
import id.netra.infrastructure.NetraInstance;
import id.netra.infrastructure.camel.CamelBootstrap;
import id.netra.infrastructure.persistence.SchemaMigrator;
import id.netra.integration.HealthReport;
import id.netra.integration.connector.ConnectorRegistry;
import id.netra.integration.connector.ConnectorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** What must hold for this instance to take requests; each a check of its own. */
@ApplicationScoped
public class ReadinessChecks {

  /** Audit records waiting longer than this mean the sealer is not keeping up (or stopped). */
  static final Duration SEALER_LAG = Duration.ofMinutes(1);

  /** Where Payara binds its Hazelcast instance (the default of set-hazelcast-configuration). */
  static final String HAZELCAST_JNDI = "payara/Hazelcast";

  @Inject Clock clock;
  @Inject SchemaMigrator schema;
  @Inject CamelBootstrap camel;
  @Inject AuditService audit;
  @Inject NetraInstance instance;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      boolean up;
      String why = "";
      // Looked up when asked: Payara builds the checks before the module's naming is ready.
      try (Connection c =
          ((DataSource) new InitialContext().lookup("jdbc/netra")).getConnection()) {
        up = c.isValid(2);
      } catch (Exception e) {
        up = false;
        why = e.getClass().getSimpleName();
      }
      return HealthCheckResponse.named("database")
          .status(up)
          .withData("schemaVersion", String.valueOf(schema.schemaVersion()))
          .withData("instance", instance.name())
          .withData("error", why)
          .build();
    };
  }

  @Produces
  @Readiness
  HealthCheck integration() {
    return () -> {
      HealthReport h = camel.health();
      return HealthCheckResponse.named("camel")
          .status(h.up())
          .withData("context", h.contextStatus())
          .withData("routes", h.routes())
          .withData("routesStarted", h.routesStarted())
          .build();
    };
  }

  /**
   * Every connector whose file enables it must have its routes running, unless an administrator
   * stopped or suspended it: only a connector that should run and does not ({@code FAILED}) makes
   * the instance unready; the others are listed with their state.
   */
  @Produces
  @Readiness
  HealthCheck connectors() {
    return () -> {
      ConnectorRegistry registry = camel.connectors();
      var b = HealthCheckResponse.named("connectors");
      boolean up = registry != null;
      if (registry != null) {
        for (ConnectorView v : registry.views()) {
          b.withData(v.id(), v.enabled() ? v.state() : "DISABLED");
          up &= !"FAILED".equals(v.state());
        }
      }
      return b.status(up).build();
    };
  }

  /**
   * Payara's Hazelcast, which its EJB timers, clustered singletons and caches run on: when it is
   * enabled, it must be running. Read through its JNDI name without a compile-time dependency.
   */
  @Produces
  @Readiness
  HealthCheck cluster() {
    return () -> {
      var b = HealthCheckResponse.named("cluster");
      Object hazelcast;
      try {
        hazelcast = new InitialContext().lookup(HAZELCAST_JNDI);
      } catch (Exception notBound) {
        return b.up().withData("hazelcast", "DISABLED").build();
      }
      try {
        Object lifecycle = hazelcast.getClass().getMethod("getLifecycleService").invoke(hazelcast);
        boolean running = (Boolean) lifecycle.getClass().getMethod("isRunning").invoke(lifecycle);
        return b.status(running).withData("hazelcast", running ? "RUNNING" : "STOPPED").build();
      } catch (ReflectiveOperationException | RuntimeException e) {
        return b.down().withData("hazelcast", "UNREADABLE").build();
      }
    };
  }

  /** Committed audit records are chained within seconds; a minute behind is a fault. */
  @Produces
  @Readiness
  HealthCheck auditSealer() {
    return () -> {
      var b = HealthCheckResponse.named("audit-sealer");
      try {
        Backlog backlog = audit.backlog();
        boolean behind =
            backlog.oldest() != null
                && backlog.oldest().plus(SEALER_LAG).isBefore(Times.now(clock));
        return b.status(!behind)
            .withData("pending", backlog.pending())
            .withData("oldest", String.valueOf(backlog.oldest()))
            .build();
      } catch (RuntimeException e) {
        return b.down().withData("error", e.getClass().getSimpleName()).build();
      }
    };
  }
}
