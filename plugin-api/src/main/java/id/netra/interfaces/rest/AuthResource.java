package id.netra.interfaces.rest;

import id.netra.domain.shared.Times;
import id.netra.infrastructure.security.AccountService;
import id.netra.infrastructure.security.ConsoleSession;
import id.netra.infrastructure.security.LoginOutcome;
import id.netra.infrastructure.security.LoginService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.problem.Problem;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.ClientAddress;
import id.netra.interfaces.rest.security.ConsoleAuthenticationMechanism;
import id.netra.interfaces.rest.security.CurrentCaller;
import id.netra.interfaces.rest.security.ForEveryLogin;
import id.netra.interfaces.rest.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Logins of console accounts: a browser's session (an HttpOnly, SameSite cookie and a CSRF token
 * for changes), a script's short-lived bearer token, the logout, and the holder's password change.
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Console")
public class AuthResource {

  /** A username and password. */
  public record Credentials(String username, String password) {}

  /**
   * A browser's login: who it is, and the CSRF token every change must carry in {@code
   * X-CSRF-Token}.
   */
  public record LoggedIn(
      String username,
      String agency,
      List<String> roles,
      String csrfToken,
      Instant expiresAt,
      boolean mustChangePassword) {}

  /** A script's bearer token (RFC 6750), valid for {@code expiresIn} seconds. */
  public record Token(String accessToken, String tokenType, long expiresIn) {}

  /** The holder's password change. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

  @Inject Clock clock;
  @Inject LoginService logins;
  @Inject AccountService accounts;
  @Inject ClientAddress addresses;
  @Inject CurrentCaller caller;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @POST
  @Path("login")
  @Public
  @Operation(
      summary = "Log in to the console",
      description =
          "One password check, then a session cookie (HttpOnly, SameSite=Strict, Secure over"
              + " TLS); 401 LOGIN_FAILED, 429 LOGIN_LOCKED with Retry-After after repeated wrong"
              + " passwords (per account and per address), 503 LOGIN_BUSY when too many checks"
              + " run at once.")
  public Response login(Credentials body) {
    Inputs.requireBody(body);
    LoginOutcome outcome =
        logins.login(
            body.username(),
            body.password(),
            addresses.of(request),
            request.getHeader("User-Agent"),
            ConsoleSession.Kind.COOKIE);
    if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
      return refused((LoginOutcome.Refused) outcome);
    }
    ConsoleSession s = in.session();
    var a = s.account();
    return Response.ok(
            new LoggedIn(
                a.username(),
                a.agencyCode(),
                List.copyOf(a.roles()),
                s.csrfToken(),
                s.expiresAt(),
                a.mustChangePassword()))
        .header(HttpHeaders.SET_COOKIE, cookie(in.token(), false))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @POST
  @Path("token")
  @Public
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "A bearer token for scripts",
      description =
          "Credentials as HTTP Basic (curl -u) or as a JSON body; answers the token (JSON, or the"
              + " bare token for Accept: text/plain), to send as Authorization: Bearer until it"
              + " expires (netra.session.token-lifetime). Throttled as the login is.")
  public Response token(String raw) {
    Credentials credentials =
        basic()
            .orElseGet(
                () -> raw == null || raw.isBlank() ? null : JSON.fromJson(raw, Credentials.class));
    Inputs.requireBody(credentials);
    LoginOutcome outcome =
        logins.login(
            credentials.username(),
            credentials.password(),
            addresses.of(request),
            request.getHeader("User-Agent"),
            ConsoleSession.Kind.TOKEN);
    if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
      return refused((LoginOutcome.Refused) outcome);
    }
    long seconds = Duration.between(Times.now(clock), in.session().expiresAt()).toSeconds();
    boolean plain =
        headers.getAcceptableMediaTypes().stream()
            .findFirst()
            .filter(m -> m.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !m.isWildcardType())
            .isPresent();
    return Response.ok(plain ? in.token() : new Token(in.token(), "Bearer", seconds))
        .type(plain ? MediaType.TEXT_PLAIN_TYPE : MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @POST
  @Path("logout")
  @ForEveryLogin
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(summary = "End this session or token; the cookie is cleared")
  public Response logout() {
    LoginService.ActiveSession s = session();
    if (s != null) {
      logins.logout(s.tokenHash());
    }
    return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", true)).build();
  }

  @POST
  @Path("password")
  @ForEveryLogin
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Change one's own password",
      description =
          "The current password is checked as at login (a wrong one counts towards the lock);"
              + " the new one against the password policy. Other sessions of the account end.")
  public Response changePassword(PasswordChange body) {
    Inputs.requireBody(body);
    LoginService.ActiveSession s = session();
    if (s == null) {
      return Problem.of(
              Response.Status.FORBIDDEN,
              "ACCOUNT_SESSION_ONLY",
              "Kata sandi diganti dari sesi akun konsol.",
              "A password is changed from a console account's session.")
          .toResponse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
    try {
      accounts.changeOwnPassword(
          s, body.currentPassword(), body.newPassword(), addresses.of(request));
    } catch (AccountService.LoginRefused e) {
      return refused(e.refusal());
    }
    return Response.noContent().build();
  }

  private LoginService.ActiveSession session() {
    return request.getAttribute(ConsoleAuthenticationMechanism.SESSION_ATTRIBUTE)
            instanceof LoginService.ActiveSession s
        ? s
        : null;
  }

  private java.util.Optional<Credentials> basic() {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return java.util.Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.of(new Credentials("", ""));
    }
    int colon = decoded.indexOf(':');
    return java.util.Optional.of(
        colon < 0
            ? new Credentials(decoded, "")
            : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private String cookie(String value, boolean clear) {
    return ConsoleAuthenticationMechanism.cookie(
        request.getContextPath(), value, addresses.secure(request), clear);
  }

  private Response refused(LoginOutcome.Refused r) {
    Response problem =
        Problem.of(
                Response.Status.fromStatusCode(r.status()), r.code(), r.messageId(), r.messageEn())
            .toResponse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    if (r.retryAfter() == null) {
      return problem;
    }
    long seconds = Math.max(1, Duration.between(Times.now(clock), r.retryAfter()).toSeconds() + 1);
    return Response.fromResponse(problem).header("Retry-After", seconds).build();
  }
}
