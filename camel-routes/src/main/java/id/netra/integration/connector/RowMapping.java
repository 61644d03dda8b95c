package id.netra.integration.connector;

import id.netra.integration.canonical.CaseReport;
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

  /** What a case intake file may map, and what it must. */
  static final java.util.Set<String> CASE_FIELDS =
      java.util.Set.of(
          "reference",
          "nip",
          "violation",
          "source",
          "reporter",
          "eventDate",
          "knownDate",
          "evidence",
          "description");

  static final java.util.Set<String> CASE_REQUIRED =
      java.util.Set.of("reference", "nip", "violation", "eventDate");

  static CaseReport caseReport(FieldMap f, Map<String, Object> row, List<Reason> problems) {
    String reference = f.text("reference", row, problems);
    String nip = f.text("nip", row, problems);
    String violation = f.text("violation", row, problems);
    LocalDate event = f.date("eventDate", row, problems);
    for (String[] required :
        new String[][] {
          {"reference", reference, "Nomor rujukan kosong.", "The reference is empty."},
          {"nip", nip, "NIP terlapor kosong.", "The reported employee's NIP is empty."},
          {"violation", violation, "Jenis pelanggaran kosong.", "The violation type is empty."}
        }) {
      String field = required[0];
      if ((required[1] == null || required[1].isBlank())
          && problems.stream().noneMatch(p -> field.equals(p.field()))) {
        problems.add(Reason.of(required[0], "REQUIRED", required[2], required[3]));
      }
    }
    if (event == null && problems.stream().noneMatch(p -> "eventDate".equals(p.field()))) {
      problems.add(
          Reason.of(
              "eventDate",
              "REQUIRED",
              "Tanggal kejadian kosong.",
              "The date of the event is empty."));
    }
    String source = f.text("source", row, problems);
    return new CaseReport(
        reference,
        nip,
        violation,
        source == null || source.isBlank() ? "BAWASLU_FINDING" : source,
        f.text("reporter", row, problems),
        event,
        f.date("knownDate", row, problems),
        f.text("evidence", row, problems),
        f.text("description", row, problems));
  }
}
