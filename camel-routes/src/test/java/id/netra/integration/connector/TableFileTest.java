package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile tables are refused with a reason, never expanded into memory. */
class TableFileTest {

  static byte[] workbook(String sheetData) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write(
          ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  + "<sheets><sheet name=\"Pegawai\" sheetId=\"1\"/></sheets></workbook>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  + "<sheetData>"
                  + sheetData
                  + "</sheetData></worksheet>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static String cell(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  @Test
  void aSheetNamingAFarCellIsRefusedNotExpanded() throws IOException {
    byte[] bomb =
        workbook("<row r=\"1\">" + cell("A1", "nip") + cell("XFD1048576", "x") + "</row>");
    assertTrue(bomb.length < 2000, "a small file");
    TableFile.Unreadable e =
        assertThrows(
            TableFile.Unreadable.class, () -> TableFile.read("p.xlsx", bomb, null, null, null));
    assertTrue(e.getMessage().contains("XFD1048576"), e.getMessage());
  }

  @Test
  void aFarButNarrowRowCostsNothingAndIsRead() throws IOException {
    byte[] sparse =
        workbook(
            "<row r=\"1\">"
                + cell("A1", "nip")
                + cell("B1", "nama")
                + "</row><row r=\"1000000\">"
                + cell("A1000000", "198503122010012004")
                + cell("B1000000", "Sari")
                + "</row>");
    TableFile t = TableFile.read("p.xlsx", sparse, null, null, null);
    assertEquals(1, t.rows.size());
    assertEquals(1_000_000, t.rows.get(0).number());
    assertEquals("Sari", t.rows.get(0).values().get("nama"));
  }

  @Test
  void aCsvTooWideOrAFileTooLargeIsRefusedWithTheReason() {
    String wide = "a" + ",a".repeat(TableFile.MAX_COLUMNS) + "\n";
    TableFile.Unreadable e =
        assertThrows(
            TableFile.Unreadable.class,
            () ->
                TableFile.read(
                    "p.csv",
                    wide.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8,
                    ',',
                    null));
    assertTrue(e.getMessage().contains("columns"), e.getMessage());
    TableFile.Unreadable big =
        assertThrows(
            TableFile.Unreadable.class, () -> TableFile.requireReadable(TableFile.MAX_BYTES + 1));
    assertTrue(big.getMessage().contains("split it"), big.getMessage());
  }

  @Test
  void aCsvNotInItsEncodingIsRefusedWithTheLine() {
    byte[] latin1 =
        "nip;nama\n198503122010012004;Siti\n199001012015031001;Mu\u00f1oz\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    TableFile.Unreadable e =
        assertThrows(
            TableFile.Unreadable.class,
            () -> TableFile.read("p.csv", latin1, StandardCharsets.UTF_8, null, null));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    TableFile read = TableFile.read("p.csv", latin1, StandardCharsets.ISO_8859_1, null, null);
    assertEquals(
        "Mu\u00f1oz", read.rows.get(1).values().get("nama"), "read in the configured encoding");
  }
}
