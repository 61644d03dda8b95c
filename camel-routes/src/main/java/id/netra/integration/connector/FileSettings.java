package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import id.netra.integration.config.FieldMap;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The settings of a {@code file} instance: exports (CSV or XLSX) dropped in {@code <folder>/in},
 * replies written to {@code <folder>/out}, read files moved to {@code <folder>/done}, bad ones to
 * {@code <folder>/error} with a report.
 *
 * @param poll how often {@code in/} is looked at
 * @param delimiter the CSV delimiter, or null to guess it from the header line
 * @param cases violation reports (a Bawaslu recap) registered as cases, or null
 */
public record FileSettings(
    Path folder,
    Duration poll,
    Charset encoding,
    Character delimiter,
    Section personnel,
    Section requests,
    Section cases) {

  public static final String KIND = "file";

  /**
   * The files of one kind.
   *
   * @param files a glob for the names in {@code in/} (for example {@code pegawai*})
   * @param sheet the XLSX sheet to read; null for the first
   * @param complete personnel only: each file holds every employee, so who is missing becomes
   *     inactive
   * @param source requests only: the name in Netra's request reference ({@code <source>:<id>})
   */
  public record Section(
      String files, String sheet, boolean complete, String source, FieldMap fields) {}

  static FileSettings read(ConfigNode root) {
    String folderText = root.text("folder", true);
    Path folder = null;
    if (folderText != null) {
      folder = Path.of(folderText);
      if (!folder.isAbsolute()) {
        root.problem(
            "folder",
            "Tulis jalur folder lengkap (mulai dari /).",
            "Write the folder's full path (starting with /).");
      }
    }
    Duration poll = root.duration("poll", Duration.ofSeconds(10));
    if (poll == null) {
      root.problem("poll", "Folder harus diperiksa berkala.", "The folder must be polled.");
      poll = Duration.ofSeconds(10);
    }
    Charset encoding = java.nio.charset.StandardCharsets.UTF_8;
    String enc = root.text("encoding", false);
    if (enc != null) {
      try {
        encoding = Charset.forName(enc);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        root.problem(
            "encoding",
            "Pengodean tidak dikenal (misalnya UTF-8 atau windows-1252).",
            "Unknown encoding (for example UTF-8 or windows-1252).");
      }
    }
    Character delimiter = null;
    String d = root.text("delimiter", "auto");
    switch (d) {
      case "auto" -> delimiter = null;
      case ",", ";", "|" -> delimiter = d.charAt(0);
      case "tab", "\\t" -> delimiter = '\t';
      default ->
          root.problem(
              "delimiter",
              "Pemisah: auto, \",\", \";\", \"|\" atau tab.",
              "Delimiter: auto, \",\", \";\", \"|\" or tab.");
    }
    Section personnel = section(root.section("personnel", false), Kind.PERSONNEL);
    Section requests = section(root.section("requests", false), Kind.REQUESTS);
    Section cases = section(root.section("cases", false), Kind.CASES);
    if (personnel == null && requests == null && cases == null) {
      root.problem(
          null,
          "Konektor perlu paling sedikit bagian personnel, requests atau cases.",
          "A connector needs at least a personnel, a requests or a cases section.");
    }
    java.util.Map<String, Section> sections = new java.util.LinkedHashMap<>();
    sections.put("personnel", personnel);
    sections.put("requests", requests);
    sections.put("cases", cases);
    java.util.Map<String, String> patterns = new java.util.HashMap<>();
    sections.forEach(
        (name, section) -> {
          if (section != null && section.files() != null) {
            String other = patterns.put(section.files(), name);
            if (other != null) {
              root.problem(
                  name + ".files",
                  "Pola nama berkas " + other + " dan " + name + " harus berbeda.",
                  "The " + other + " and " + name + " file patterns must differ.");
            }
          }
        });
    return new FileSettings(folder, poll, encoding, delimiter, personnel, requests, cases);
  }

  private enum Kind {
    PERSONNEL,
    REQUESTS,
    CASES
  }

  private static Section section(ConfigNode node, Kind kind) {
    if (node == null) {
      return null;
    }
    boolean personnel = kind == Kind.PERSONNEL;
    switch (kind) {
      case PERSONNEL -> node.onlyKeys("files", "sheet", "complete", "fields");
      case REQUESTS -> node.onlyKeys("files", "sheet", "source", "fields");
      case CASES -> node.onlyKeys("files", "sheet", "fields");
    }
    String files = node.text("files", true);
    if (files != null && !files.matches("[A-Za-z0-9_.*?-]+")) {
      node.problem(
          "files",
          "Pola nama berkas: huruf, angka, * dan ? (misalnya pegawai*).",
          "A file pattern is letters, digits, * and ? (for example pegawai*).");
    }
    String source = kind == Kind.REQUESTS ? node.text("source", "berkas") : null;
    if (source != null && !source.matches("[a-z0-9][a-z0-9_-]{0,30}")) {
      node.problem(
          "source",
          "Nama sumber: huruf kecil, angka, _ atau - (sampai 31 karakter).",
          "A source name is lower-case letters, digits, _ or - (up to 31 characters).");
    }
    FieldMap fields =
        switch (kind) {
          case PERSONNEL ->
              FieldMap.read(
                  node,
                  "fields",
                  SimpegJdbcSettings.PERSONNEL_FIELDS,
                  Set.of("nip", "type", "name"),
                  Set.of());
          case REQUESTS ->
              FieldMap.read(
                  node,
                  "fields",
                  SimpegJdbcSettings.REQUEST_FIELDS,
                  Set.of("id", "nip", "kind", "startDate", "endDate"),
                  Set.of("startDate", "endDate"));
          case CASES ->
              FieldMap.read(
                  node,
                  "fields",
                  RowMapping.CASE_FIELDS,
                  RowMapping.CASE_REQUIRED,
                  Set.of("eventDate", "knownDate"));
        };
    return new Section(
        files,
        node.text("sheet", false),
        personnel && node.bool("complete", false),
        source,
        fields);
  }
}
