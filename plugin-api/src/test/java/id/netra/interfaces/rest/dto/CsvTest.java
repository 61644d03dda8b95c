package id.netra.interfaces.rest.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netra.domain.shared.DomainValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void writtenTablesOpenInASpreadsheetAsTheyWereAndNeverRunAFormula() {
    String csv =
        Csv.write(
            List.of("unit", "note", "count"),
            List.of(
                Arrays.asList("Dinas \"A\", Sekretariat", "baris 1\nbaris 2", 3),
                Arrays.asList("=HYPERLINK(\"x\")", null, -2)));
    assertEquals(
        "\uFEFFunit,note,count\r\n"
            + "\"Dinas \"\"A\"\", Sekretariat\",\"baris 1\nbaris 2\",3\r\n"
            + "\"'=HYPERLINK(\"\"x\"\")\",,-2\r\n",
        csv);
  }

  @Test
  void whatIsWrittenReadsBack() {
    String csv =
        Csv.write(
            List.of("nip", "name"),
            List.of(
                Arrays.asList("198503122010012004", "Ani; Rahmawati"),
                Arrays.asList("199303052022012014", "Fitri \"Ti\" Septiani")));
    List<Map<String, String>> rows = Csv.read(csv);
    assertEquals(2, rows.size());
    assertEquals("Ani; Rahmawati", rows.get(0).get("name"));
    assertEquals("Fitri \"Ti\" Septiani", rows.get(1).get("name"));
    assertEquals("199303052022012014", rows.get(1).get("nip"));
  }

  @Test
  void aSemicolonImportIsReadAndAnUnreadableOneRefusedWithACode() {
    List<Map<String, String>> rows =
        Csv.read("\uFEFFNIP;Name\r\n198503122010012004; Ani Rahmawati \r\n \r\n");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Ani Rahmawati", rows.get(0).get("name"));
    DomainValidationException e =
        assertThrows(DomainValidationException.class, () -> Csv.read("nip,name\n\"open,1\n"));
    assertEquals("CSV_UNREADABLE", e.violations().get(0).code());
    assertEquals(
        "BODY_REQUIRED",
        assertThrows(DomainValidationException.class, () -> Csv.read("  "))
            .violations()
            .get(0)
            .code());
  }
}
