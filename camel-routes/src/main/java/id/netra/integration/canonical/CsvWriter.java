package id.netra.integration.canonical;

import java.util.List;

/**
 * The one CSV writer of every export and reply file: UTF-8 with a byte order mark (so that Excel
 * reads the letters right), CRLF line ends, a cell quoted when it holds a comma, a semicolon (the
 * separator of Indonesian Excel), a quote or a line break, and a text a spreadsheet would run as a
 * formula ({@code = + - @}, a TAB or CR first) prefixed with an apostrophe. Numbers are left as
 * they are (a negative count is no formula).
 *
 * <p>Commons CSV (already used to read files) quotes but does not neutralise formulas, so the few
 * lines are Netra's own.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** A whole table: the header, then the rows. */
  public static String table(List<String> header, List<? extends List<?>> rows) {
    StringBuilder b = new StringBuilder("\uFEFF");
    line(b, header);
    rows.forEach(r -> line(b, r));
    return b.toString();
  }

  /** One cell as written. */
  public static String cell(Object v) {
    String s = v == null ? "" : v.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf(';') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void line(StringBuilder b, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(values.get(i)));
    }
    b.append("\r\n");
  }
}
