package id.netra.infrastructure.jobs;

import id.netra.application.AuditSealer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of a second, on every instance: chains the audit records committed since. The
 * instances take turns through the chain head's row lock, so the chain has one writer at a time and
 * no business transaction waits for it. A failure (the database away) is logged once until it
 * recovers; the records stay pending and are chained on a later round.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AuditSealing {

  private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

  static final long PERIOD_MS = 250;

  @Inject AuditSealer sealer;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> job;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    job = scheduler.scheduleWithFixedDelay(this::round, 1_000, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }

  private void round() {
    try {
      sealer.sealCommitted();
      if (failing) {
        LOG.info("Audit sealing works again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "Audit sealing failed; the records stay pending and are retried", e);
        failing = true;
      }
    }
  }
}
