package id.netra.integration.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a connector file with the path it sits at. Reading a value that is missing or of the
 * wrong shape records a problem and answers null, so that one read of a file reports every fault.
 */
public final class ConfigNode {

  private static final Pattern SECRET = Pattern.compile("\\$\\{(env|sys|alias):([A-Za-z0-9_.-]+)}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final String path;
  private final Map<String, Object> values;
  private final List<ConfigProblem> problems;
  private final Secrets secrets;

  ConfigNode(
      String path, Map<String, Object> values, List<ConfigProblem> problems, Secrets secrets) {
    this.path = path;
    this.values = values;
    this.problems = problems;
    this.secrets = secrets;
  }

  public String path() {
    return path;
  }

  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public void problem(String key, String messageId, String messageEn) {
    problems.add(new ConfigProblem(key == null ? path : path(key), messageId, messageEn));
  }

  /** Reports keys this section does not know (typing mistakes should not pass silently). */
  public void onlyKeys(String... allowed) {
    Set<String> known = Set.of(allowed);
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        problem(
            key,
            "Kunci tidak dikenal; yang dikenal: " + String.join(", ", allowed) + ".",
            "Unknown key; known keys: " + String.join(", ", allowed) + ".");
      }
    }
  }

  /** A text value with secret references resolved, or null (a problem if required). */
  public String text(String key, boolean required) {
    Object v = values.get(key);
    if (v == null || (v instanceof String s && s.isBlank())) {
      if (required) {
        problem(key, "Wajib diisi.", "Required.");
      }
      return null;
    }
    if (v instanceof Map || v instanceof List) {
      problem(
          key, "Harus berupa teks, bukan daftar atau peta.", "Must be text, not a list or map.");
      return null;
    }
    return resolveSecrets(key, String.valueOf(v).strip());
  }

  public String text(String key, String defaultValue) {
    String v = text(key, false);
    return v == null ? defaultValue : v;
  }

  public boolean bool(String key, boolean defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    problem(key, "Harus true atau false.", "Must be true or false.");
    return defaultValue;
  }

  public int integer(String key, int defaultValue, int min, int max) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Integer i && i >= min && i <= max) {
      return i;
    }
    problem(
        key,
        "Harus bilangan bulat " + min + " sampai " + max + ".",
        "Must be a whole number from " + min + " to " + max + ".");
    return defaultValue;
  }

  /**
   * A duration such as {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO {@code PT30S};
   * {@code off} answers null (nothing scheduled).
   */
  public Duration duration(String key, Duration defaultValue) {
    if (Boolean.FALSE.equals(values.get(key))) {
      return null; // YAML 1.1 reads a bare off as false
    }
    String raw = text(key, false);
    if (raw == null) {
      return defaultValue;
    }
    if (raw.equalsIgnoreCase("off")) {
      return null;
    }
    Matcher m = DURATION.matcher(raw.toLowerCase());
    try {
      Duration d;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d =
            switch (m.group(2)) {
              case "ms" -> Duration.ofMillis(n);
              case "s" -> Duration.ofSeconds(n);
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofDays(n);
            };
      } else {
        d = Duration.parse(raw.toUpperCase());
      }
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // reported below
    }
    problem(
        key,
        "Durasi tidak dikenal; tulis misalnya 30s, 5m, 1h atau off.",
        "Not a duration; write for example 30s, 5m, 1h or off.");
    return defaultValue;
  }

  /** A nested section, or null (a problem if required). */
  @SuppressWarnings("unchecked")
  public ConfigNode section(String key, boolean required) {
    Object v = values.get(key);
    if (v == null) {
      if (required) {
        problem(key, "Bagian ini wajib ada.", "This section is required.");
      }
      return null;
    }
    if (!(v instanceof Map)) {
      problem(key, "Harus berupa peta kunci: nilai.", "Must be a map of key: value.");
      return null;
    }
    return new ConfigNode(path(key), stringKeys((Map<Object, Object>) v), problems, secrets);
  }

  /** A list of sections. */
  @SuppressWarnings("unchecked")
  public List<ConfigNode> sections(String key, boolean required) {
    Object v = values.get(key);
    List<ConfigNode> out = new ArrayList<>();
    if (v == null || (v instanceof List<?> l && l.isEmpty())) {
      if (required) {
        problem(key, "Daftar ini wajib berisi paling sedikit satu.", "This list needs one entry.");
      }
      return out;
    }
    if (!(v instanceof List<?> list)) {
      problem(key, "Harus berupa daftar.", "Must be a list.");
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof Map) {
        out.add(
            new ConfigNode(
                path(key) + "[" + i + "]",
                stringKeys((Map<Object, Object>) item),
                problems,
                secrets));
      } else {
        problems.add(
            new ConfigProblem(
                path(key) + "[" + i + "]",
                "Harus berupa peta kunci: nilai.",
                "Must be a map of key: value."));
      }
    }
    return out;
  }

  /** A map of plain values (for example source codes to Netra's names). */
  @SuppressWarnings("unchecked")
  public Map<String, String> textMap(String key) {
    Object v = values.get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof Map)) {
      problem(key, "Harus berupa peta kunci: nilai.", "Must be a map of key: value.");
      return out;
    }
    ((Map<Object, Object>) v)
        .forEach((k, val) -> out.put(String.valueOf(k), val == null ? null : String.valueOf(val)));
    return out;
  }

  /** The raw value: text, a map or a list. */
  public Object raw(String key) {
    return values.get(key);
  }

  private String resolveSecrets(String key, String text) {
    Matcher m = SECRET.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = secrets.resolve(m.group(1), m.group(2)).orElse(null);
      if (value == null) {
        problem(
            key,
            "Rahasia " + m.group() + " tidak ditemukan di server.",
            "The secret " + m.group() + " is not set on the server.");
        value = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static Map<String, Object> stringKeys(Map<Object, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
