package id.netra.integration.port;

import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.RecordResult;

/** Registers violation reports a source sends (a Bawaslu recap dropped as a file). */
public interface CasePort {

  /**
   * Registers the report as a case in its own transaction: CREATED (detail: the case id), or
   * UNCHANGED when its reference is registered already.
   *
   * @param dryRun check only: nothing is stored
   */
  RecordResult report(ConnectorRef connector, CaseReport report, boolean dryRun);
}
