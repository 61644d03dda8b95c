package id.netra.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Whether this JVM can still work, or should be restarted: heap left, no deadlocked threads. */
@ApplicationScoped
public class LivenessChecks {

  /** Heap in use after the last collection above this share of the maximum: not alive. */
  static final double HEAP_LIMIT = 0.95;

  @Produces
  @Liveness
  HealthCheck heap() {
    return () -> {
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      long afterGc = heapAfterLastCollection();
      long used = afterGc >= 0 ? afterGc : heap.getUsed();
      long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
      return HealthCheckResponse.named("heap")
          .status(used <= HEAP_LIMIT * max)
          .withData("usedAfterGcBytes", used)
          .withData("maxBytes", max)
          .build();
    };
  }

  @Produces
  @Liveness
  HealthCheck threads() {
    return () -> {
      long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
      return HealthCheckResponse.named("threads")
          .status(deadlocked == null)
          .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
          .build();
    };
  }

  /** The old generation's use after its last collection, or -1 where the JVM does not say. */
  private static long heapAfterLastCollection() {
    long total = -1;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getCollectionUsage();
      if (u != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        total = Math.max(total, 0) + u.getUsed();
      }
    }
    return total;
  }
}
