package id.netra.integration.connector;

import id.netra.integration.canonical.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A table read from a CSV or Excel (XLSX) export: a header row and data rows as maps from header to
 * value. CSV values are text; XLSX numbers stay numbers (a date cell is an Excel serial day number,
 * which date fields understand). Reads XLSX with the JDK alone (it is zipped XML), so no
 * spreadsheet library ships in the EAR.
 */
final class TableFile {

  /** Why a file cannot be read as a table at all: it goes to quarantine with this text. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }

  /** The largest file read, in bytes. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The widest table read: no personnel export has more columns. */
  static final int MAX_COLUMNS = 512;

  /** The longest table read: Excel's own row limit. */
  static final int MAX_ROWS = 1_048_576;

  /** The most cells (rows × columns) held at once: about a gigabyte of heap at worst. */
  static final long MAX_CELLS = 10_000_000;

  private static final CsvReader.Limits LIMITS =
      new CsvReader.Limits(MAX_COLUMNS, MAX_ROWS, MAX_CELLS);

  /** One data row: its number in the file (the header is row 1) and its values by header. */
  record Row(int number, Map<String, Object> values) {}

  final List<String> header;
  final List<Row> rows;

  private TableFile(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  static TableFile read(
      String fileName, byte[] bytes, Charset charset, Character delimiter, String sheet) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return xlsx(bytes, sheet);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return csv(decode(bytes, charset), delimiter);
    }
    throw new Unreadable("Only .csv, .txt and .xlsx files are read, not " + fileName);
  }

  // ---- CSV

  /**
   * The text of a CSV file in the connector's encoding; a byte that is not of it refuses the file
   * with its line (an export saved as Latin-1 while the file says UTF-8), rather than reading
   * U+FFFD into names.
   */
  static String decode(byte[] bytes, Charset charset) {
    try {
      return id.netra.integration.canonical.StrictText.decode(bytes, charset);
    } catch (id.netra.integration.canonical.StrictText.Undecodable e) {
      throw new Unreadable(
          "The file is not valid "
              + charset.name()
              + " (line "
              + e.line()
              + "); save it as "
              + charset.name()
              + " or set the connector's encoding");
    }
  }

  static TableFile csv(String text, Character delimiter) {
    List<List<Object>> cells = new ArrayList<>();
    try {
      CsvReader.read(text, delimiter, LIMITS).forEach(r -> cells.add(new ArrayList<>(r)));
    } catch (CsvReader.Unreadable e) {
      throw new Unreadable(e.getMessage());
    }
    return table(cells);
  }

  // ---- XLSX

  static TableFile xlsx(byte[] bytes, String sheetName) {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      long total = 0;
      while ((e = zip.getNextEntry()) != null) {
        String n = e.getName();
        if (n.equals("xl/workbook.xml")
            || n.equals("xl/_rels/workbook.xml.rels")
            || n.equals("xl/sharedStrings.xml")
            || n.startsWith("xl/worksheets/sheet")) {
          byte[] part = zip.readNBytes(64 * 1024 * 1024);
          total += part.length;
          if (total > 256L * 1024 * 1024) {
            throw new Unreadable("The workbook is too large once unpacked");
          }
          parts.put(n, part);
        }
      }
    } catch (IOException ex) {
      throw new Unreadable("Not a readable XLSX file: " + ex.getMessage());
    }
    if (!parts.containsKey("xl/workbook.xml")) {
      throw new Unreadable("Not an XLSX workbook (no xl/workbook.xml)");
    }
    try {
      String target = sheetTarget(parts, sheetName);
      List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
      byte[] sheet = parts.get("xl/" + target.replaceFirst("^/?xl/", ""));
      if (sheet == null) {
        throw new Unreadable("The workbook has no part " + target);
      }
      return table(sheetRows(sheet, strings));
    } catch (XMLStreamException ex) {
      throw new Unreadable("Not a readable XLSX file: " + ex.getMessage());
    }
  }

  private static String sheetTarget(Map<String, byte[]> parts, String wanted)
      throws XMLStreamException {
    Map<String, String> sheets = new LinkedHashMap<>(); // name -> relationship id
    XMLStreamReader r = reader(parts.get("xl/workbook.xml"));
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
        String rid = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
          if (r.getAttributeLocalName(i).equals("id")) {
            rid = r.getAttributeValue(i);
          }
        }
        sheets.put(r.getAttributeValue(null, "name"), rid);
      }
    }
    if (sheets.isEmpty()) {
      throw new Unreadable("The workbook has no sheets");
    }
    String rid;
    if (wanted == null) {
      rid = sheets.values().iterator().next();
    } else {
      rid = sheets.get(wanted);
      if (rid == null) {
        throw new Unreadable(
            "The workbook has no sheet '" + wanted + "'; it has " + sheets.keySet());
      }
    }
    byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
    if (rels != null) {
      XMLStreamReader rr = reader(rels);
      while (rr.hasNext()) {
        if (rr.next() == XMLStreamConstants.START_ELEMENT
            && rr.getLocalName().equals("Relationship")
            && rid.equals(rr.getAttributeValue(null, "Id"))) {
          return rr.getAttributeValue(null, "Target");
        }
      }
    }
    return "worksheets/sheet1.xml";
  }

  private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    XMLStreamReader r = reader(xml);
    StringBuilder current = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
        current = new StringBuilder();
      } else if (ev == XMLStreamConstants.START_ELEMENT
          && r.getLocalName().equals("t")
          && current != null) {
        current.append(r.getElementText());
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
        out.add(current == null ? "" : current.toString());
        current = null;
      }
    }
    return out;
  }

  private static List<List<Object>> sheetRows(byte[] xml, List<String> strings)
      throws XMLStreamException {
    TreeMap<Integer, TreeMap<Integer, Object>> grid = new TreeMap<>();
    XMLStreamReader r = reader(xml);
    int rowNumber = 0;
    String ref = null;
    String type = null;
    Object value = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "row" -> {
            String n = r.getAttributeValue(null, "r");
            rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n.trim());
            if (rowNumber < 1 || rowNumber > MAX_ROWS) {
              throw new Unreadable("Row " + n + " is beyond the " + MAX_ROWS + " rows read");
            }
          }
          case "c" -> {
            ref = r.getAttributeValue(null, "r");
            type = r.getAttributeValue(null, "t");
            value = null;
          }
          case "v" -> {
            String v = r.getElementText();
            value =
                switch (type == null ? "n" : type) {
                  case "s" -> strings.get(Integer.parseInt(v.trim()));
                  case "b" -> "1".equals(v.trim()) ? "TRUE" : "FALSE";
                  case "n" -> number(v);
                  default -> v;
                };
          }
          case "t" -> {
            if ("inlineStr".equals(type)) {
              value = (value == null ? "" : value.toString()) + r.getElementText();
            }
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
        if (value != null) {
          int column =
              ref == null
                  ? grid.computeIfAbsent(rowNumber, k -> new TreeMap<>()).size()
                  : column(ref);
          if (column < 0 || column >= MAX_COLUMNS) {
            throw new Unreadable("Cell " + ref + " is beyond the " + MAX_COLUMNS + " columns read");
          }
          grid.computeIfAbsent(rowNumber, k -> new TreeMap<>()).put(column, value);
        }
      }
    }
    List<List<Object>> out = new ArrayList<>();
    int width =
        grid.values().stream().mapToInt(m -> m.isEmpty() ? 0 : m.lastKey() + 1).max().orElse(0);
    if ((long) width * grid.size() > MAX_CELLS) {
      throw new Unreadable(
          "The sheet spans "
              + grid.size()
              + " rows × "
              + width
              + " columns, more than "
              + MAX_CELLS
              + " cells; split it");
    }
    int last = grid.isEmpty() ? 0 : grid.lastKey();
    // Rows the sheet leaves out stay one shared empty row (they are skipped as blank), so a far
    // row number costs nothing; only rows with cells take their width.
    for (int i = grid.isEmpty() ? 1 : grid.firstKey(); i <= last; i++) {
      TreeMap<Integer, Object> cells = grid.get(i);
      if (cells == null) {
        out.add(List.of());
        continue;
      }
      List<Object> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        row.add(cells.get(c));
      }
      out.add(row);
    }
    return out;
  }

  private static Object number(String v) {
    try {
      BigDecimal d = new BigDecimal(v.trim());
      return d.stripTrailingZeros().scale() <= 0 ? (Object) d.toBigInteger().toString() : d;
    } catch (NumberFormatException e) {
      return v;
    }
  }

  private static Unreadable tooLarge(long bytes) {
    return new Unreadable(
        "The file has " + bytes + " bytes; at most " + MAX_BYTES + " are read: split it");
  }

  /** A file announced larger than Netra reads, refused before its bytes are loaded. */
  static void requireReadable(Long length) {
    if (length != null && length > MAX_BYTES) {
      throw tooLarge(length);
    }
  }

  /** "C12" to 2. */
  static int column(String ref) {
    int c = 0;
    for (char ch : ref.toCharArray()) {
      if (!Character.isLetter(ch)) {
        break;
      }
      c = c * 26 + (Character.toUpperCase(ch) - 'A' + 1);
    }
    return c - 1;
  }

  private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f.createXMLStreamReader((InputStream) new ByteArrayInputStream(xml));
  }

  // ---- both

  private static TableFile table(List<List<Object>> cells) {
    int h = 0;
    while (h < cells.size() && cells.get(h).stream().allMatch(TableFile::blank)) {
      h++;
    }
    if (h == cells.size()) {
      throw new Unreadable("The file is empty: no header row");
    }
    List<String> header = new ArrayList<>();
    for (Object o : cells.get(h)) {
      header.add(o == null ? "" : o.toString().strip());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = h + 1; i < cells.size(); i++) {
      List<Object> line = cells.get(i);
      if (line.stream().allMatch(TableFile::blank)) {
        continue;
      }
      Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isEmpty()) {
          values.put(header.get(c), c < line.size() ? line.get(c) : null);
        }
      }
      rows.add(new Row(i + 1, values));
    }
    return new TableFile(header, rows);
  }

  private static boolean blank(Object o) {
    return o == null || o.toString().isBlank();
  }
}
