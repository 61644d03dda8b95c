package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrator's SQL with named parameters written {@code :?name} (camel-jdbc's syntax); only
 * the parameters Netra provides for that statement may appear.
 */
public record Statement(String sql, Set<String> parameters) {

  private static final Pattern PARAMETER = Pattern.compile(":\\?([A-Za-z][A-Za-z0-9_]*)");

  /** Reads a statement and reports parameters that Netra does not provide there. */
  public static Statement read(ConfigNode node, String key, boolean required, Set<String> allowed) {
    String sql = node.text(key, required);
    if (sql == null) {
      return null;
    }
    Set<String> used = parametersOf(sql);
    for (String p : used) {
      if (!allowed.contains(p)) {
        node.problem(
            key,
            "Parameter :?"
                + p
                + " tidak tersedia di sini; yang tersedia: "
                + display(allowed)
                + ".",
            "Parameter :?" + p + " is not available here; available: " + display(allowed) + ".");
      }
    }
    return new Statement(sql, used);
  }

  static Set<String> parametersOf(String sql) {
    return new LinkedHashSet<>(occurrences(sql));
  }

  /**
   * The parameters in the order they occur, once per occurrence, for binding {@link #positional}.
   */
  java.util.List<String> occurrences() {
    return occurrences(sql);
  }

  private static java.util.List<String> occurrences(String sql) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Matcher m = PARAMETER.matcher(sql);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The SQL with each {@code :?name} turned into a JDBC {@code ?}, for a test preparation. */
  String positional() {
    return PARAMETER.matcher(sql).replaceAll("?");
  }

  private static String display(Set<String> allowed) {
    return allowed.isEmpty() ? "-" : ":?" + String.join(", :?", new java.util.TreeSet<>(allowed));
  }
}
