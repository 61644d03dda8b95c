package id.netra.integration.config;

import id.netra.integration.canonical.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads connector files: the keys every kind shares ({@code id}, {@code kind}, {@code agency},
 * {@code enabled}, {@code description}, {@code delivery}), then the kind's own.
 */
public final class ConnectorFiles {

  /** Settings readers by kind name. A reader records its problems on the node it is given. */
  public interface KindReader {
    /** The top-level keys the kind adds to the shared ones. */
    List<String> keys();

    Object read(ConfigNode root);
  }

  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final List<String> SHARED_KEYS =
      List.of("id", "kind", "agency", "enabled", "description", "delivery");

  private ConnectorFiles() {}

  /** The connector files of a folder: {@code *.yaml} and {@code *.yml}, by name. */
  public static List<Path> list(Path folder) throws IOException {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml"))
          .sorted()
          .toList();
    }
  }

  /** The instance id a file is for: its name without the extension. */
  public static String idOf(Path file) {
    return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
  }

  public static ConnectorConfig read(Path file, Secrets secrets, Function<String, KindReader> kinds)
      throws ConnectorConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConnectorConfigException(
          file.getFileName().toString(),
          List.of(
              new ConfigProblem(
                  "",
                  "Berkas tidak dapat dibaca: " + e.getMessage(),
                  "Cannot read the file: " + e)));
    }
    return parse(file.getFileName().toString(), bytes, secrets, kinds);
  }

  @SuppressWarnings("unchecked")
  public static ConnectorConfig parse(
      String fileName, byte[] bytes, Secrets secrets, Function<String, KindReader> kinds) {
    List<ConfigProblem> problems = new ArrayList<>();
    Object doc;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      doc = new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      String where = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
      throw new ConnectorConfigException(
          fileName,
          List.of(
              new ConfigProblem("", "Bukan YAML yang sah: " + where, "Not valid YAML: " + where)));
    }
    if (!(doc instanceof Map)) {
      throw new ConnectorConfigException(
          fileName,
          List.of(
              new ConfigProblem(
                  "",
                  "Berkas harus berisi peta kunci: nilai (id, kind, agency, …).",
                  "The file must hold a map of key: value (id, kind, agency, …).")));
    }
    ConfigNode root =
        new ConfigNode("", ConfigNode.stringKeys((Map<Object, Object>) doc), problems, secrets);
    String id = root.text("id", true);
    String expected = fileName.replaceFirst("\\.ya?ml$", "");
    if (id != null && !ID.matcher(id).matches()) {
      root.problem(
          "id",
          "Id hanya huruf kecil, angka dan tanda minus (2-63 karakter).",
          "An id is lower-case letters, digits and dashes (2-63 characters).");
    } else if (id != null && !id.equals(expected)) {
      root.problem(
          "id",
          "Id harus sama dengan nama berkas (" + expected + ").",
          "The id must equal the file's name (" + expected + ").");
    }
    String kind = root.text("kind", true);
    KindReader reader = kind == null ? null : kinds.apply(kind);
    if (kind != null && reader == null) {
      root.problem("kind", "Jenis konektor tidak dikenal.", "Unknown connector kind.");
    }
    String agency = root.text("agency", true);
    boolean enabled = root.bool("enabled", true);
    String description = root.text("description", "");
    RetryPolicy retry = readRetry(root.section("delivery", false));
    Object settings = null;
    if (reader != null) {
      List<String> keys = new ArrayList<>(SHARED_KEYS);
      keys.addAll(reader.keys());
      root.onlyKeys(keys.toArray(String[]::new));
      settings = reader.read(root);
    }
    if (!problems.isEmpty()) {
      throw new ConnectorConfigException(fileName, problems);
    }
    return new ConnectorConfig(
        id, kind, agency, enabled, description, fileName, sha256(bytes), retry, settings);
  }

  private static RetryPolicy readRetry(ConfigNode delivery) {
    if (delivery == null) {
      return RetryPolicy.DEFAULT;
    }
    delivery.onlyKeys("maxAttempts", "backoff", "maxBackoff");
    int max = delivery.integer("maxAttempts", RetryPolicy.DEFAULT.maxAttempts(), 1, 100);
    Duration backoff = delivery.duration("backoff", RetryPolicy.DEFAULT.backoff());
    Duration maxBackoff = delivery.duration("maxBackoff", RetryPolicy.DEFAULT.maxBackoff());
    if (backoff == null || maxBackoff == null || maxBackoff.compareTo(backoff) < 0) {
      delivery.problem(
          "maxBackoff",
          "maxBackoff harus ada dan tidak lebih kecil dari backoff.",
          "maxBackoff must be set and not smaller than backoff.");
      return RetryPolicy.DEFAULT;
    }
    return new RetryPolicy(max, backoff, maxBackoff);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
