package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings of a {@code siasn-rest} instance: BKN's SIASN web service (or one built like it)
 * with its two tokens.
 *
 * @param baseUrl the API's base, for example {@code https://apimws.bkn.go.id:8243/apisiasn/1.0/}
 * @param personnel the refresh of Netra's employees from {@code pns/data-utama}, or null
 * @param regulation the {@code nomorPp} written with sanctions, for example {@code 94/2021}
 */
public record SiasnRestSettings(
    String baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Token gateway,
    Token sso,
    Duration refreshBefore,
    Personnel personnel,
    String regulation) {

  public static final String KIND = "siasn-rest";

  private static final Pattern AGENCY_CODE = Pattern.compile("\\S{1,32}");

  /** SIASN's kedudukan hukum codes that mean the employee no longer serves. */
  static final List<String> DEFAULT_INACTIVE =
      List.of("52", "66", "67", "68", "69", "70", "77", "88", "89", "90", "98", "99");

  /**
   * A token endpoint: the gateway's (client credentials, {@code clientId}/{@code clientSecret} as
   * HTTP Basic) or the SSO's (password grant with {@code clientId}, {@code username}, {@code
   * password}).
   */
  public record Token(
      String url, String clientId, String clientSecret, String username, String password) {}

  /**
   * @param schedule how often every active employee of the agency is refreshed; null: on demand
   * @param inactive the {@code kedudukanPnsId} codes read as INACTIVE
   * @param agencies SIASN's {@code instansiKerjaId} of each Netra agency (id to agency code); when
   *     given, an employee whom SIASN shows at another agency's instansi is transferred there, and
   *     one at an instansi not listed is left as they are and reported; empty: SIASN's instansi is
   *     not looked at
   */
  public record Personnel(Duration schedule, Set<String> inactive, Map<String, String> agencies) {

    public Personnel {
      agencies = Map.copyOf(agencies);
    }

    /** The Netra agency of SIASN's instansi, through the map; null when it does not list it. */
    public String agencyOf(String instansi) {
      return instansi == null ? null : agencies.get(instansi);
    }

    /** Whether SIASN names an instansi the map was meant to list and does not. */
    public boolean unmapped(String instansi) {
      return !agencies.isEmpty() && instansi != null && !agencies.containsKey(instansi);
    }
  }

  /** The personnel section, or its defaults when the file has none (no schedule, no map). */
  Personnel personnelOrDefault() {
    return personnel != null
        ? personnel
        : new Personnel(null, Set.copyOf(DEFAULT_INACTIVE), Map.of());
  }

  static SiasnRestSettings read(ConfigNode root) {
    ConfigNode api = root.section("api", true);
    String baseUrl = null;
    Duration connect = Duration.ofSeconds(10);
    Duration read = Duration.ofSeconds(30);
    if (api != null) {
      api.onlyKeys("baseUrl", "connectTimeout", "readTimeout");
      baseUrl = HttpSettings.url(api, "baseUrl", false);
      if (baseUrl != null && !baseUrl.endsWith("/")) {
        baseUrl = baseUrl + "/";
      }
      connect = api.duration("connectTimeout", connect);
      read = api.duration("readTimeout", read);
    }
    ConnectorTokens tokens = readTokens(root.section("tokens", true));
    Personnel personnel = null;
    ConfigNode p = root.section("personnel", false);
    if (p != null) {
      p.onlyKeys("schedule", "inactive", "agencies");
      Set<String> inactive = new LinkedHashSet<>(DEFAULT_INACTIVE);
      Object raw = p.raw("inactive");
      if (raw instanceof List<?> list) {
        inactive.clear();
        list.forEach(v -> inactive.add(String.valueOf(v)));
      } else if (raw != null) {
        p.problem(
            "inactive",
            "Harus berupa daftar kode kedudukan hukum SIASN, misalnya [\"66\", \"99\"].",
            "Must be a list of SIASN kedudukan hukum codes, for example [\"66\", \"99\"].");
      }
      Map<String, String> agencies = new LinkedHashMap<>();
      p.textMap("agencies")
          .forEach(
              (instansi, agency) -> {
                if (agency != null && AGENCY_CODE.matcher(agency).matches()) {
                  agencies.put(instansi, agency);
                } else {
                  p.problem(
                      "agencies",
                      "Kode instansi Netra untuk instansiKerjaId "
                          + instansi
                          + " tidak sah: 1 sampai 32 karakter tanpa spasi.",
                      "The Netra agency code for instansiKerjaId "
                          + instansi
                          + " is not valid: 1 to 32 characters without spaces.");
                }
              });
      personnel = new Personnel(p.duration("schedule", null), Set.copyOf(inactive), agencies);
    }
    String regulation = "94/2021";
    ConfigNode s = root.section("sanctions", false);
    if (s != null) {
      s.onlyKeys("regulation");
      regulation = s.text("regulation", regulation);
    }
    return new SiasnRestSettings(
        baseUrl,
        connect,
        read,
        tokens.gateway,
        tokens.sso,
        tokens.refreshBefore,
        personnel,
        regulation);
  }

  private record ConnectorTokens(Token gateway, Token sso, Duration refreshBefore) {}

  private static ConnectorTokens readTokens(ConfigNode t) {
    if (t == null) {
      return new ConnectorTokens(null, null, Duration.ofMinutes(1));
    }
    t.onlyKeys("gateway", "sso", "refreshBefore");
    Token gateway = null;
    ConfigNode g = t.section("gateway", true);
    if (g != null) {
      g.onlyKeys("url", "clientId", "clientSecret");
      gateway =
          new Token(
              HttpSettings.url(g, "url", false),
              g.text("clientId", true),
              g.text("clientSecret", true),
              null,
              null);
    }
    Token sso = null;
    ConfigNode s = t.section("sso", true);
    if (s != null) {
      s.onlyKeys("url", "clientId", "username", "password");
      sso =
          new Token(
              HttpSettings.url(s, "url", false),
              s.text("clientId", true),
              null,
              s.text("username", true),
              s.text("password", true));
    }
    return new ConnectorTokens(gateway, sso, t.duration("refreshBefore", Duration.ofMinutes(1)));
  }
}
