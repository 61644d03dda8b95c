package id.netra.integration.config;

import id.netra.integration.canonical.Reason;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a source's columns map to Netra's fields, as written under {@code fields:} in a connector
 * file. Column names match without regard to case (drivers differ in how they report them).
 */
public final class FieldMap {

  private final Map<String, FieldSource> fields;

  private FieldMap(Map<String, FieldSource> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Reads the {@code fields} section.
   *
   * @param known Netra's field names this section may map
   * @param required the ones it must map
   * @param dates the ones that are dates
   */
  @SuppressWarnings("unchecked")
  public static FieldMap read(
      ConfigNode parent, String key, Set<String> known, Set<String> required, Set<String> dates) {
    ConfigNode node = parent.section(key, true);
    Map<String, FieldSource> out = new LinkedHashMap<>();
    if (node == null) {
      return new FieldMap(out);
    }
    node.onlyKeys(known.toArray(String[]::new));
    for (String field : required) {
      if (!node.has(field)) {
        node.problem(
            field,
            "Kolom sumber untuk " + field + " wajib dipetakan.",
            "A source column for " + field + " must be mapped.");
      }
    }
    for (String field : node.keys()) {
      if (!known.contains(field)) {
        continue;
      }
      Object raw = node.raw(field);
      if (raw instanceof Map) {
        ConfigNode spec = node.section(field, true);
        spec.onlyKeys("column", "value", "format", "values", "default");
        String column = spec.text("column", false);
        String constant = spec.text("value", false);
        if ((column == null) == (constant == null)) {
          spec.problem(
              null,
              "Tulis tepat satu dari column (kolom sumber) atau value (nilai tetap).",
              "Give exactly one of column (a source column) or value (a fixed value).");
        }
        String pattern = spec.text("format", false);
        DateTimeFormatter format = null;
        if (pattern != null) {
          if (!dates.contains(field)) {
            spec.problem(
                "format", "Format hanya untuk tanggal.", "A format applies to dates only.");
          }
          try {
            format =
                DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
                    .withResolverStyle(ResolverStyle.STRICT);
          } catch (IllegalArgumentException e) {
            spec.problem(
                "format",
                "Pola tanggal tidak sah (contoh: dd-MM-yyyy).",
                "Not a valid date pattern (for example dd-MM-yyyy).");
          }
        }
        out.put(
            field,
            new FieldSource(
                column,
                constant,
                format,
                pattern,
                spec.textMap("values"),
                spec.text("default", false)));
      } else {
        String column = node.text(field, true);
        if (column != null) {
          out.put(field, new FieldSource(column, null, null, null, Map.of(), null));
        }
      }
    }
    return new FieldMap(out);
  }

  /** A map of fixed sources, for tests and built-in mappings. */
  public static FieldMap ofColumns(Map<String, String> columns) {
    Map<String, FieldSource> out = new LinkedHashMap<>();
    columns.forEach((f, c) -> out.put(f, new FieldSource(c, null, null, null, Map.of(), null)));
    return new FieldMap(out);
  }

  /** The source columns, for documentation and tests. */
  public Map<String, FieldSource> fields() {
    return fields;
  }

  /** A row with its column names matched case-insensitively. */
  public static Map<String, Object> caseInsensitive(Map<String, Object> row) {
    Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    out.putAll(row);
    return out;
  }

  public String text(String field, Map<String, Object> row, List<Reason> problems) {
    FieldSource s = fields.get(field);
    return s == null ? null : s.text(field, row, problems);
  }

  public LocalDate date(String field, Map<String, Object> row, List<Reason> problems) {
    FieldSource s = fields.get(field);
    return s == null ? null : s.date(field, row, problems);
  }
}
