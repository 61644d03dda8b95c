package id.netra.integration.port;

import id.netra.integration.canonical.RunReport;
import java.util.Optional;

/** Where runs are reported and incremental pulls keep their change markers. */
public interface SyncLog {

  Optional<String> marker(String connectorId, String name);

  /**
   * Stores the report and, unless it is a dry run or {@code marker} is null, the new change marker,
   * in one transaction.
   *
   * @return the stored run's id
   */
  long finish(RunReport report, String markerName, String marker);
}
