package id.netra.interfaces.rest.security;

import id.netra.infrastructure.security.ConsoleSession;
import id.netra.infrastructure.security.LoginService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Netra's Jakarta Security mechanism for console accounts: a request with the session cookie or an
 * account's bearer token ({@code nts_…}) is logged in to the container with the account's name and
 * roles, and the session is left on the request for {@link AuthenticationFilter}; a token that no
 * longer holds is marked so that the filter answers 401. Requests without either (API keys,
 * employees' portal tokens, the widget's files) pass untouched: the filter finds their caller.
 * Passwords are checked only at login ({@code POST /auth/login}, {@code /auth/token}).
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String COOKIE = "NETRA_SESSION";
  public static final String SESSION_ATTRIBUTE =
      ConsoleAuthenticationMechanism.class.getName() + ".session";
  static final String REJECTED = ConsoleAuthenticationMechanism.class.getName() + ".rejected";

  @Inject LoginService logins;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String token = bearer(request).orElseGet(() -> cookie(request));
    if (token == null) {
      return context.doNothing();
    }
    Optional<LoginService.ActiveSession> session = logins.resolve(token);
    if (session.isEmpty()) {
      request.setAttribute(REJECTED, Boolean.TRUE);
      return context.doNothing();
    }
    request.setAttribute(SESSION_ATTRIBUTE, session.get());
    return context.notifyContainerAboutLogin(session.get().username(), session.get().roles());
  }

  /**
   * The session cookie's header value: HttpOnly, SameSite=Strict, for the API's path only, Secure
   * over TLS; {@code clear} makes it end now.
   */
  public static String cookie(String contextPath, String value, boolean secure, boolean clear) {
    return COOKIE
        + "="
        + value
        + "; Path="
        + contextPath
        + "/api/; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "")
        + (clear ? "; Max-Age=0" : "");
  }

  private static Optional<String> bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && authorization.substring(7).trim().startsWith(ConsoleSession.TOKEN_PREFIX)) {
      return Optional.of(authorization.substring(7).trim());
    }
    return Optional.empty();
  }

  private static String cookie(HttpServletRequest request) {
    if (request.getCookies() == null || request.getHeader("Authorization") != null) {
      return null;
    }
    for (Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }
}
