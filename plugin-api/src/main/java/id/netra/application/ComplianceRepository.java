package id.netra.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The counts behind the compliance dashboard, read straight from the tables. */
public interface ComplianceRepository {

  /** One unit: its active employees, and how many of them signed, passed, did both. */
  record UnitCounts(
      String unitCode, String unitName, long employees, long signed, long trained, long both) {}

  /**
   * @param trainingCode the module code the election's policy requires
   * @param day the day counted: training passed by then and still valid on it
   */
  List<UnitCounts> units(String agency, long electionId, String trainingCode, LocalDate day);

  /** When the agency's active employees signed for the election. */
  List<Instant> signatureTimes(String agency, long electionId);

  /** The agency's employees with a valid signature for the election. */
  java.util.Set<String> signedNips(String agency, long electionId);

  /** The latest validity of each employee's passes of the module. */
  java.util.Map<String, LocalDate> trainedUntil(String agency, String trainingCode);

  /** When they passed the training (first valid pass each). */
  List<LocalDate> passDays(String agency, String trainingCode, LocalDate day);
}
