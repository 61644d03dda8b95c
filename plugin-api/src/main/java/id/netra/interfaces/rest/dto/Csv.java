package id.netra.interfaces.rest.dto;

import id.netra.domain.shared.DomainValidationException;
import id.netra.integration.canonical.CsvWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV as HR exports write it: a header row, comma or semicolon separated (the first line
 * decides), double-quoted fields with doubled quotes inside, CRLF or LF line ends, a UTF-8 BOM.
 */
public final class Csv {

  private Csv() {}

  /** A record type's component names: the CSV header that matches the JSON of the same rows. */
  public static List<String> columns(Class<? extends Record> type) {
    return java.util.Arrays.stream(type.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .toList();
  }

  /** A record's values, in the order of {@link #columns}. */
  public static List<Object> cells(Record row) {
    List<Object> out = new java.util.ArrayList<>();
    for (var c : row.getClass().getRecordComponents()) {
      try {
        out.add(c.getAccessor().invoke(row));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + row, e);
      }
    }
    return out;
  }

  /** Writes a table as CSV for spreadsheets, through Netra's one writer ({@link CsvWriter}). */
  public static String write(List<String> header, List<List<Object>> rows) {
    return CsvWriter.table(header, rows);
  }

  /** A table as a CSV download named {@code filename}. */
  public static jakarta.ws.rs.core.Response attachment(
      String filename, List<String> header, List<List<Object>> rows) {
    return jakarta.ws.rs.core.Response.ok(write(header, rows), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  /** The rows as maps from lower-cased header names to values. */
  public static List<Map<String, String>> read(String text) {
    if (text == null || text.isBlank()) {
      throw DomainValidationException.of(
          null, "BODY_REQUIRED", "Berkas CSV kosong.", "The CSV file is empty.");
    }
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstLineEnd = s.indexOf('\n');
    String firstLine = firstLineEnd < 0 ? s : s.substring(0, firstLineEnd);
    char sep =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    List<List<String>> records = parse(s, sep);
    if (records.isEmpty()) {
      throw DomainValidationException.of(
          null, "BODY_REQUIRED", "Berkas CSV kosong.", "The CSV file is empty.");
    }
    List<String> header =
        records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> r = records.get(i);
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size() && c < r.size(); c++) {
        row.put(header.get(c), r.get(c));
      }
      out.add(row);
    }
    return out;
  }

  static List<List<String>> parse(String s, char sep) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == sep) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
