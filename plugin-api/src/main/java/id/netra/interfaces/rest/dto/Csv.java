package id.netra.interfaces.rest.dto;

import id.netra.domain.shared.DomainValidationException;
import id.netra.integration.canonical.CsvReader;
import id.netra.integration.canonical.CsvWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSV at the API's edge: imports read and exports written as spreadsheets open them. */
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

  /**
   * The rows as maps from lower-cased header names to values, read by Netra's one CSV reader
   * ({@link CsvReader}: commas or semicolons, quotes, a byte order mark, values trimmed).
   *
   * @throws DomainValidationException {@code BODY_REQUIRED} for an empty body, {@code
   *     CSV_UNREADABLE} for one that is not CSV or holds more than a spreadsheet does
   */
  public static List<Map<String, String>> read(String text) {
    if (text == null || text.isBlank()) {
      throw DomainValidationException.of(
          null, "BODY_REQUIRED", "Berkas CSV kosong.", "The CSV file is empty.");
    }
    List<List<String>> records;
    try {
      records = CsvReader.read(text, null, CsvReader.Limits.DEFAULT);
    } catch (CsvReader.Unreadable e) {
      throw DomainValidationException.of(
          null,
          "CSV_UNREADABLE",
          "Berkas CSV tidak dapat dibaca: " + e.getMessage(),
          "The CSV file cannot be read: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw DomainValidationException.of(
          null, "BODY_REQUIRED", "Berkas CSV kosong.", "The CSV file is empty.");
    }
    List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
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
}
