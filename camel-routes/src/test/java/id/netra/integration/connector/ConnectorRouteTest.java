package id.netra.integration.connector;

import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.camel.test.junit5.CamelTestSupport;

/** What the connector route tests share: a relay that looks at the outbox often, and waiting. */
abstract class ConnectorRouteTest extends CamelTestSupport {

  @Override
  protected Properties useOverridePropertiesWithPropertiesComponent() {
    Properties p = new Properties();
    p.setProperty("netra.outbox.period", "100");
    p.setProperty("netra.outbox.delay", "0");
    return p;
  }

  static List<RecordResult> failed(RunReport report) {
    return report.items().stream().filter(r -> r.outcome() == SyncOutcome.FAILED).toList();
  }

  /** Waits up to 20 s for the condition. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    Instant until = Instant.now().plusSeconds(20);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("condition not met in 20 s");
      }
      Thread.sleep(50);
    }
  }
}
