package id.netra.integration.config;

import id.netra.integration.canonical.Reason;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Where one of Netra's fields comes from in a source row: a column (with an optional date format
 * and code translation) or a fixed value.
 *
 * <p>In a file, either a column name ({@code nip: nip_baru}) or a map: {@code {column: jns_cuti,
 * values: {CT: TAHUNAN, CB: BESAR}, default: TAHUNAN}}, {@code {column: tgl_mulai, format:
 * dd-MM-yyyy}}, {@code {value: LEAVE}}.
 *
 * @param values source codes translated to Netra's names; a code not listed is a fault
 * @param defaultValue taken when the column is empty
 */
public record FieldSource(
    String column,
    String constant,
    DateTimeFormatter format,
    String formatPattern,
    Map<String, String> values,
    String defaultValue) {

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  /** The value as text (trimmed, translated), or null when empty. */
  public String text(String field, Map<String, Object> row, List<Reason> problems) {
    String raw = rawText(row);
    if (raw == null) {
      return defaultValue;
    }
    if (values.isEmpty()) {
      return raw;
    }
    String mapped = values.get(raw);
    if (mapped == null) {
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (e.getKey().equalsIgnoreCase(raw)) {
          mapped = e.getValue();
        }
      }
    }
    if (mapped == null) {
      problems.add(
          Reason.of(
              field,
              "UNMAPPED_VALUE",
              "Nilai '"
                  + raw
                  + "' pada kolom "
                  + column
                  + " tidak ada di pemetaan "
                  + values.keySet()
                  + ".",
              "The value '"
                  + raw
                  + "' of column "
                  + column
                  + " is not in the mapping "
                  + values.keySet()
                  + "."));
    }
    return mapped;
  }

  /** The value as a date: a date column, or text in {@link #format} (ISO by default). */
  public LocalDate date(String field, Map<String, Object> row, List<Reason> problems) {
    Object v = constant != null ? constant : row.get(column);
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof LocalDateTime d) {
      return d.toLocalDate();
    }
    String raw = rawText(row);
    if (raw == null) {
      if (defaultValue != null) {
        return LocalDate.parse(defaultValue);
      }
      return null;
    }
    try {
      return LocalDate.parse(raw, format == null ? DateTimeFormatter.ISO_LOCAL_DATE : format);
    } catch (DateTimeParseException e) {
      if (raw.matches("\\d{5}(\\.\\d+)?")) {
        // A date cell of an Excel sheet: days since 30 December 1899.
        return EXCEL_EPOCH.plusDays((long) Double.parseDouble(raw));
      }
      String pattern = formatPattern == null ? "yyyy-MM-dd" : formatPattern;
      problems.add(
          Reason.of(
              field,
              "DATE_FORMAT",
              "Tanggal '"
                  + raw
                  + "' pada kolom "
                  + column
                  + " tidak sesuai format "
                  + pattern
                  + ".",
              "The date '" + raw + "' in column " + column + " does not match " + pattern + "."));
      return null;
    }
  }

  private String rawText(Map<String, Object> row) {
    Object v = constant != null ? constant : row.get(column);
    if (v == null) {
      return null;
    }
    String s =
        v instanceof byte[] b
            ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
            : v.toString();
    s = s.strip();
    return s.isEmpty() ? null : s;
  }
}
