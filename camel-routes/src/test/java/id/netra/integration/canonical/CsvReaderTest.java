package id.netra.integration.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void anIndonesianExcelExportReadsAsItWasWritten() {
    String text =
        "\uFEFFnip;nama;unit\r\n"
            + "198503122010012004; Ani Rahmawati ;\"Dinas \"\"A\"\"; Sekretariat\"\r\n"
            + "\r\n"
            + "199303052022012014;\"Fitri\nSeptiani\";\r\n";
    List<List<String>> rows = CsvReader.read(text, null, CsvReader.Limits.DEFAULT);
    assertEquals(List.of("nip", "nama", "unit"), rows.get(0), "the byte order mark is dropped");
    assertEquals(
        List.of("198503122010012004", "Ani Rahmawati", "Dinas \"A\"; Sekretariat"), rows.get(1));
    assertEquals(List.of("199303052022012014", "Fitri\nSeptiani", ""), rows.get(2));
    assertEquals(3, rows.size(), "the empty line is skipped");
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBack() {
    String written =
        CsvWriter.table(
            List.of("a", "b"), List.of(Arrays.asList("x, y", "baris 1\nbaris 2"), List.of(1, 2)));
    List<List<String>> rows = CsvReader.read(written, null, CsvReader.Limits.DEFAULT);
    assertEquals(List.of("x, y", "baris 1\nbaris 2"), rows.get(1));
    assertEquals(List.of("1", "2"), rows.get(2));
  }

  @Test
  void theDelimiterIsTheHeadersMostFrequentOrTheOneNamed() {
    assertEquals(';', CsvReader.guessDelimiter("a;b;c,d"));
    assertEquals('\t', CsvReader.guessDelimiter("a\tb\tc"));
    assertEquals(',', CsvReader.guessDelimiter("single"));
    assertEquals(
        List.of("a;b", "c"), CsvReader.read("a;b|c\n", '|', CsvReader.Limits.DEFAULT).get(0));
  }

  @Test
  void aFileOverTheLimitsOrNotCsvIsRefusedWithWhy() {
    CsvReader.Limits small = new CsvReader.Limits(3, 2, 100);
    CsvReader.Unreadable wide =
        assertThrows(CsvReader.Unreadable.class, () -> CsvReader.read("a,b,c,d\n", null, small));
    assertTrue(wide.getMessage().contains("Row 1 has 4 columns"), wide.getMessage());
    CsvReader.Unreadable tall =
        assertThrows(CsvReader.Unreadable.class, () -> CsvReader.read("a\n1\n2\n", null, small));
    assertTrue(tall.getMessage().contains("more than 2 rows"), tall.getMessage());
    CsvReader.Unreadable open =
        assertThrows(
            CsvReader.Unreadable.class,
            () -> CsvReader.read("a,b\n\"never closed,1\n", null, CsvReader.Limits.DEFAULT));
    assertTrue(open.getMessage().startsWith("Not a readable CSV file"), open.getMessage());
  }
}
