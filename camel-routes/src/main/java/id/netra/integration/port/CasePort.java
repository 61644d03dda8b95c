package id.netra.integration.port;

import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.RecordResult;

/**
 * Registers violation reports a source sends (a Bawaslu recap dropped as a file), and opens a
 * case's documents for the records that take them.
 */
public interface CasePort {

  /**
   * Registers the report as a case in its own transaction: CREATED (detail: the case id), or
   * UNCHANGED when its reference is registered already.
   *
   * @param dryRun check only: nothing is stored
   */
  RecordResult report(ConnectorRef connector, CaseReport report, boolean dryRun);

  /** A document's name, media type and bytes. */
  record CaseFile(String fileName, String mediaType, String sha256, byte[] content) {}

  /**
   * Opens a case document (a decree to upload to SIASN), or empty when Netra has none by that id.
   */
  java.util.Optional<CaseFile> document(long documentId);
}
