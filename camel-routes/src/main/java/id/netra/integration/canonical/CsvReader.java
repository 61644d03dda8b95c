package id.netra.integration.canonical;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Netra's one CSV reader (commons-csv), for what HR offices export: a header row, separated by
 * commas, semicolons (Indonesian Excel), tabs or pipes, double-quoted fields with doubled quotes,
 * CRLF or LF, Excel's UTF-8 byte order mark; values trimmed, empty lines skipped. It reads within
 * {@link Limits}, so a file can never hold more rows or cells in memory than they allow. Its
 * counterpart is {@link CsvWriter}.
 */
public final class CsvReader {

  /** How much one file may hold. */
  public record Limits(int maxColumns, int maxRows, long maxCells) {

    /** A spreadsheet's own limits: 1,048,576 rows; 512 columns; 10,000,000 cells in all. */
    public static final Limits DEFAULT = new Limits(512, 1_048_576, 10_000_000);
  }

  /**
   * The text is not CSV, or holds more than the limits allow; the message says which, in English.
   */
  public static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }

  private CsvReader() {}

  /**
   * Every record, the header first, as it stands in the text.
   *
   * @param delimiter the separator, or null: guessed from the header line
   * @throws Unreadable naming the row and the limit it breaks, or what the parser found wrong
   */
  public static List<List<String>> read(String text, Character delimiter, Limits limits) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char d = delimiter != null ? delimiter : guessDelimiter(s.lines().findFirst().orElse(""));
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(d).setTrim(true).get();
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = new StringReader(s);
        CSVParser parser = CSVParser.parse(r, format)) {
      long held = 0;
      for (CSVRecord record : parser) {
        if (record.size() > limits.maxColumns()) {
          throw new Unreadable(
              "Row "
                  + (rows.size() + 1)
                  + " has "
                  + record.size()
                  + " columns; at most "
                  + limits.maxColumns()
                  + " are read");
        }
        held += record.size();
        if (rows.size() >= limits.maxRows() || held > limits.maxCells()) {
          throw new Unreadable(
              "The file has more than "
                  + limits.maxRows()
                  + " rows or "
                  + limits.maxCells()
                  + " cells; split it");
        }
        rows.add(record.toList());
      }
    } catch (Unreadable e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("Not a readable CSV file: " + e.getMessage());
    }
    return rows;
  }

  /** Semicolons in Indonesian Excel exports, commas elsewhere, tabs or pipes sometimes. */
  public static char guessDelimiter(String headerLine) {
    char best = ',';
    long most = headerLine.chars().filter(c -> c == ',').count();
    for (char c : new char[] {';', '\t', '|'}) {
      long n = headerLine.chars().filter(x -> x == c).count();
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }
}
