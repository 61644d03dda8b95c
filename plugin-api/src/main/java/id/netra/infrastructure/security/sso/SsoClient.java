package id.netra.infrastructure.security.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import id.netra.domain.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect authorization code flow with PKCE against the configured providers: their
 * metadata read from discovery, the request sent to the provider, the code exchanged for tokens,
 * and the ID token verified by Nimbus JOSE+JWT against the provider's published keys (signature,
 * issuer, audience, expiry, nonce). The flow itself is a few HTTP calls; the key handling is the
 * library's, which caches the key set and follows the provider's key rotation.
 */
@ApplicationScoped
public class SsoClient {

  @Inject Clock clock;

  private static final Logger LOG = Logger.getLogger(SsoClient.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration METADATA_KEPT = Duration.ofHours(1);
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  /** What one login carries from the request to the callback (in a short-lived cookie). */
  public record Pending(String provider, String state, String nonce, String verifier) {

    static Pending start(String provider) {
      return new Pending(provider, random(24), random(24), random(48));
    }

    String challenge() {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The cookie's value. */
    public String encode() {
      return String.join(".", provider, state, nonce, verifier);
    }

    /** A cookie's value read back, if it is one. */
    public static Optional<Pending> decode(String value) {
      String[] parts = value == null ? new String[0] : value.split("\\.");
      if (parts.length != 4 || value.length() > 300) {
        return Optional.empty();
      }
      return Optional.of(new Pending(parts[0], parts[1], parts[2], parts[3]));
    }
  }

  private record Metadata(
      URI authorization,
      URI token,
      URI endSession,
      JWSVerificationKeySelector<SecurityContext> keys,
      Instant readAt) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Metadata> metadata = new ConcurrentHashMap<>();
  private volatile List<SsoProvider> providers = List.of();
  private volatile String misconfigured;

  @PostConstruct
  void load() {
    var config = ConfigProvider.getConfig();
    try {
      providers =
          SsoProvider.fromSettings(
              key ->
                  config
                      .getOptionalValue(key, String.class)
                      // a secret as the password alias setup-domain.sh makes of NETRA_SECRET_…
                      .or(
                          () ->
                              key.endsWith(".client-secret")
                                  ? config.getOptionalValue(key.replace('.', '-'), String.class)
                                  : Optional.empty()));
      misconfigured = null;
    } catch (IllegalArgumentException e) {
      providers = List.of();
      misconfigured = e.getMessage();
      LOG.log(Level.SEVERE, "Single sign-on is off: {0}", e.getMessage());
    }
  }

  /** The providers configured, in their order; empty when none (or the settings are wrong). */
  public List<SsoProvider> providers() {
    return providers;
  }

  /** What is wrong with the settings, if single sign-on is off because of them. */
  public Optional<String> misconfigured() {
    return Optional.ofNullable(misconfigured);
  }

  public Optional<SsoProvider> provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** A new login's state and where to send the browser for it. */
  public Map.Entry<Pending, URI> begin(SsoProvider p, String redirectUri) {
    Pending pending = Pending.start(p.id());
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("client_id", p.clientId());
    q.put("redirect_uri", redirectUri);
    q.put("scope", p.scopes().contains("openid") ? p.scopes() : "openid " + p.scopes());
    q.put("state", pending.state());
    q.put("nonce", pending.nonce());
    q.put("code_challenge", pending.challenge());
    q.put("code_challenge_method", "S256");
    URI authorization = metadata(p).authorization();
    String sep = authorization.getRawQuery() == null ? "?" : "&";
    return Map.entry(pending, URI.create(authorization + sep + form(q)));
  }

  /**
   * Exchanges the code and verifies the ID token.
   *
   * @return the verified ID token's claims
   * @throws SsoRefusal when the provider cannot be reached or its answer does not hold
   */
  public Map<String, Object> finish(
      SsoProvider p, Pending pending, String code, String redirectUri) {
    Metadata m = metadata(p);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    body.put("code_verifier", pending.verifier());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(m.token())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (p.clientSecret().isEmpty()) {
      body.put("client_id", p.clientId());
    } else {
      String basic = encode(p.clientId()) + ":" + encode(p.clientSecret());
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    JsonObject answer =
        send(p, request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
    String idToken = answer.getString("id_token", null);
    if (idToken == null) {
      throw SsoRefusal.token(
          "no id_token ("
              + answer.getString("error", "")
              + " "
              + answer.getString("error_description", "")
              + ")",
          null);
    }
    JWTClaimsSet claims;
    try {
      claims = verifier(m, p, pending.nonce()).process(idToken, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw SsoRefusal.token(e.getMessage(), e);
    }
    List<String> audience = claims.getAudience();
    if (audience.size() > 1 && !p.clientId().equals(claims.getClaim("azp"))) {
      throw SsoRefusal.token("azp is not " + p.clientId(), null);
    }
    return claims.getClaims();
  }

  /** The provider's logout page, where it publishes one. */
  public Optional<URI> endSession(SsoProvider p) {
    try {
      return Optional.ofNullable(metadata(p).endSession());
    } catch (SsoRefusal e) {
      return Optional.empty();
    }
  }

  private DefaultJWTProcessor<SecurityContext> verifier(Metadata m, SsoProvider p, String nonce) {
    // the provider's keys are shared (and cached); the claims verifier carries this login's nonce
    DefaultJWTProcessor<SecurityContext> one = new DefaultJWTProcessor<>();
    one.setJWSKeySelector(m.keys());
    one.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            p.clientId(),
            new JWTClaimsSet.Builder().issuer(p.issuer().toString()).claim("nonce", nonce).build(),
            Set.of("sub", "iat", "exp")));
    return one;
  }

  private Metadata metadata(SsoProvider p) {
    Metadata known = metadata.get(p.id());
    if (known != null && known.readAt().plus(METADATA_KEPT).isAfter(Times.now(clock))) {
      return known;
    }
    URI discovery = URI.create(p.issuer() + "/.well-known/openid-configuration");
    JsonObject d =
        send(
            p,
            HttpRequest.newBuilder(discovery)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build());
    String issuer = d.getString("issuer", "");
    if (!issuer.replaceAll("/+$", "").equals(p.issuer().toString())) {
      throw SsoRefusal.token("discovery names issuer " + issuer + ", not " + p.issuer(), null);
    }
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(
                  URI.create(d.getString("jwks_uri")).toURL(),
                  new DefaultResourceRetriever(5_000, 5_000, 256 * 1024))
              .retrying(true)
              .build();
      String end = d.getString("end_session_endpoint", null);
      Metadata m =
          new Metadata(
              URI.create(d.getString("authorization_endpoint")),
              URI.create(d.getString("token_endpoint")),
              end == null ? null : URI.create(end),
              new JWSVerificationKeySelector<>(ALGORITHMS, keys),
              Times.now(clock));
      metadata.put(p.id(), m);
      return m;
    } catch (IOException | RuntimeException e) {
      throw SsoRefusal.token("discovery document incomplete: " + e.getMessage(), e);
    }
  }

  private JsonObject send(SsoProvider p, HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw SsoRefusal.unreachable(p.label(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SsoRefusal.unreachable(p.label(), e);
    }
    if (response.statusCode() >= 500) {
      throw SsoRefusal.unreachable(p.label(), null);
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw SsoRefusal.token(
          request.uri().getPath() + " answered " + response.statusCode() + " without JSON", e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
