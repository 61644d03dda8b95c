package id.netra.infrastructure.security.sso;

import id.netra.infrastructure.security.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One OpenID Connect provider the console logs in through, as configured under {@code
 * netra.sso.<id>.*}, and the rule that turns its claims into a console account's name, agency and
 * roles.
 *
 * <p>A provider of one agency ({@code agency} set) gives every person that agency and never reads
 * an agency claim; a shared provider (BKN's) must name the agency in {@code agency-claim}, and only
 * the values listed in {@code central-agencies} make a central account. Roles come from {@code
 * roles-claim} through {@code role-map}; values not mapped are ignored, and a person with no Netra
 * role is refused.
 *
 * @param id the name in URLs and in account names ({@code <user>@<id>})
 * @param label what the console's login button says
 * @param issuer the issuer URL; its {@code /.well-known/openid-configuration} is read
 * @param clientSecret from {@code client-secret} or the password alias {@code
 *     netra-sso-<id>-client-secret}
 */
public record SsoProvider(
    String id,
    String label,
    URI issuer,
    String clientId,
    String clientSecret,
    String scopes,
    String agency,
    String agencyClaim,
    Set<String> centralAgencies,
    String rolesClaim,
    Map<String, String> roleMap,
    String usernameClaim) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  /** Who the claims of an ID token stand for. */
  public record Identity(
      String subject, String username, String displayName, String agency, Set<String> roles) {}

  /** The default mapping: Netra's role names, bare or with the prefix {@code netra-}. */
  static Map<String, String> defaultRoleMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String r : List.of(Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR)) {
      m.put(r, r);
      m.put("netra-" + r, r);
    }
    return m;
  }

  /**
   * The providers named in {@code netra.sso.providers}, read through {@code setting} (a
   * MicroProfile Config lookup).
   *
   * @throws IllegalArgumentException naming the setting that is missing or wrong
   */
  public static List<SsoProvider> fromSettings(Function<String, Optional<String>> setting) {
    List<SsoProvider> providers = new ArrayList<>();
    for (String raw : setting.apply("netra.sso.providers").orElse("").split(",")) {
      String id = raw.strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "netra.sso.providers: '" + raw.strip() + "' is not an id ([a-z0-9-], up to 32)");
      }
      providers.add(of(id, k -> setting.apply("netra.sso." + id + "." + k)));
    }
    return providers;
  }

  private static SsoProvider of(String id, Function<String, Optional<String>> s) {
    String prefix = "netra.sso." + id + ".";
    String issuer =
        s.apply("issuer")
            .orElseThrow(() -> new IllegalArgumentException(prefix + "issuer is not set"));
    String clientId =
        s.apply("client-id")
            .orElseThrow(() -> new IllegalArgumentException(prefix + "client-id is not set"));
    Map<String, String> roleMap =
        s.apply("role-map").map(SsoProvider::parseRoleMap).orElseGet(SsoProvider::defaultRoleMap);
    for (Map.Entry<String, String> e : roleMap.entrySet()) {
      if (!Set.of(Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR).contains(e.getValue())) {
        throw new IllegalArgumentException(
            prefix + "role-map: '" + e.getValue() + "' is not admin, officer, ppk or auditor");
      }
    }
    URI uri = URI.create(issuer.strip().replaceAll("/+$", ""));
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException(prefix + "issuer must be an http(s) URL");
    }
    return new SsoProvider(
        id,
        s.apply("label").orElse(id),
        uri,
        clientId.strip(),
        s.apply("client-secret").orElse(""),
        s.apply("scopes").orElse("openid profile email"),
        s.apply("agency").map(String::strip).filter(a -> !a.isEmpty()).orElse(null),
        s.apply("agency-claim").orElse("netra_agency"),
        new TreeSet<>(split(s.apply("central-agencies").orElse(""))),
        s.apply("roles-claim").orElse("netra_roles"),
        roleMap,
        s.apply("username-claim").orElse("preferred_username"));
  }

  private static Map<String, String> parseRoleMap(String raw) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : split(raw)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "role-map: '" + pair + "' is not claim-value=netra-role");
      }
      m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
    }
    return m;
  }

  private static List<String> split(String raw) {
    return java.util.Arrays.stream(raw.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /**
   * Who the (already verified) claims stand for.
   *
   * @throws SsoRefusal without a subject, without a Netra role, or without an agency where the
   *     provider is shared
   */
  public Identity identify(Map<String, Object> claims) {
    String subject = text(claims.get("sub"));
    if (subject == null) {
      throw SsoRefusal.token("no subject (sub)", null);
    }
    Set<String> roles = new TreeSet<>();
    for (String value : values(claim(claims, rolesClaim))) {
      String role = roleMap.get(value);
      if (role != null) {
        roles.add(role);
      }
    }
    if (roles.isEmpty()) {
      throw SsoRefusal.noRole(label);
    }
    String agencyCode = agency;
    if (agencyCode == null) {
      String claimed = text(claim(claims, agencyClaim));
      if (claimed == null) {
        throw SsoRefusal.noAgency(agencyClaim);
      }
      agencyCode = centralAgencies.contains(claimed) ? null : claimed;
    }
    String name = Optional.ofNullable(text(claim(claims, usernameClaim))).orElse(subject);
    String username = (name.toLowerCase(Locale.ROOT) + "@" + id);
    if (username.length() > 100) {
      username = username.substring(0, 99 - id.length()) + "…@" + id;
    }
    String display = Optional.ofNullable(text(claims.get("name"))).orElse(name);
    return new Identity(subject, username, display, agencyCode, roles);
  }

  /** A claim by its name, or by a dotted path into nested objects ({@code realm_access.roles}). */
  static Object claim(Map<String, Object> claims, String path) {
    if (claims.containsKey(path)) {
      return claims.get(path);
    }
    Object at = claims;
    for (String part : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> m)) {
        return null;
      }
      at = m.get(part);
    }
    return at;
  }

  private static Collection<String> values(Object claim) {
    if (claim instanceof Collection<?> c) {
      return c.stream().map(SsoProvider::text).filter(v -> v != null).toList();
    }
    String one = text(claim);
    return one == null ? List.of() : split(one.replace(' ', ','));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() || s.length() > 255 ? null : s;
  }

  @Override
  public String toString() {
    return "SsoProvider[" + id + ", " + issuer + "]"; // never the secret
  }
}
