package id.netra.integration.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
    for (String formula : List.of("=1+1", "+62 811", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd")) {
      assertEquals("'", CsvWriter.cell(formula).replace("\"", "").substring(0, 1), formula);
    }
    assertEquals("-2", CsvWriter.cell(-2), "a number is no formula");
    assertEquals("Kasus 12", CsvWriter.cell("Kasus 12"));
    assertEquals("", CsvWriter.cell(null));
  }

  @Test
  void aCellIsQuotedOnCommaSemicolonQuoteAndBreaks() {
    assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
    assertEquals("\"a;b\"", CsvWriter.cell("a;b"), "Indonesian Excel splits on ;");
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
    assertEquals("\"a\nb\"", CsvWriter.cell("a\nb"));
    assertEquals("\"'=1;2\"", CsvWriter.cell("=1;2"), "both");
  }

  @Test
  void aTableHasABomAndCrlfLines() {
    assertEquals(
        "\uFEFFnip,nama\r\n1987,\"Sari; S.Pd\"\r\n",
        CsvWriter.table(List.of("nip", "nama"), List.of(Arrays.asList("1987", "Sari; S.Pd"))));
  }
}
