package id.netra.integration.connector;

import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.config.FieldMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A source row (a table's, a file's) as Netra's canonical records, through a field map. */
final class RowMapping {

  private RowMapping() {}

  static PersonnelRecord personnel(FieldMap f, Map<String, Object> row, List<Reason> problems) {
    return new PersonnelRecord(
        f.text("nip", row, problems),
        f.text("type", row, problems),
        f.text("name", row, problems),
        f.text("unitCode", row, problems),
        f.text("unitName", row, problems),
        f.text("superiorNip", row, problems),
        f.text("golongan", row, problems),
        f.text("positionType", row, problems),
        f.text("status", row, problems));
  }

  /** A pending request; an empty id is a problem. */
  static PendingRequest request(
      String source, FieldMap f, Map<String, Object> row, List<Reason> problems) {
    String id = f.text("id", row, problems);
    LocalDate start = f.date("startDate", row, problems);
    LocalDate end = f.date("endDate", row, problems);
    if (id == null) {
      problems.add(
          Reason.of("id", "REQUIRED", "Id permohonan kosong.", "The request id is empty."));
    }
    return new PendingRequest(
        source,
        id,
        f.text("kind", row, problems),
        f.text("leaveType", row, problems),
        f.text("dutyBody", row, problems),
        f.text("nip", row, problems),
        start,
        end);
  }
}
