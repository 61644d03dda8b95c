package id.netra.integration.port;

import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.RecordResult;
import java.util.List;
import java.util.Set;

/** Keeps Netra's employees in step with a connector's source. */
public interface PersonnelPort {

  /**
   * Creates or updates one employee, in a transaction of its own.
   *
   * @param dryRun work out what would change and change nothing
   */
  RecordResult upsert(ConnectorRef connector, PersonnelRecord record, boolean dryRun);

  /** The NIPs of the connector's agency's active employees, for a refresh from the source. */
  List<String> activeNips(ConnectorRef connector);

  /**
   * Marks inactive every active employee of the connector's agency whose NIP is not in {@code
   * present} (never deletes), each in its own transaction.
   */
  List<RecordResult> deactivateMissing(ConnectorRef connector, Set<String> present, boolean dryRun);
}
