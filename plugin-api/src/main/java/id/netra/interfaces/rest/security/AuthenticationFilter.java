package id.netra.interfaces.rest.security;

import id.netra.application.Actor;
import id.netra.infrastructure.security.AccessService;
import id.netra.infrastructure.security.ConsoleSession;
import id.netra.infrastructure.security.LoginService;
import id.netra.infrastructure.security.PortalService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds the caller (API key in {@code X-API-Key}; an account's session or token, as {@link
 * ConsoleAuthenticationMechanism} found it; an employee by their portal's bearer token) and checks
 * the method's {@code @Allowed}. A method with neither {@code @Allowed} nor {@code @Public} is
 * closed to everyone. A change through a cookie session must carry the session's CSRF token in
 * {@code X-CSRF-Token}; an account whose password an administrator set may only change it. HTTP
 * Basic is taken nowhere but at {@code POST /auth/token}, and no answer asks a browser for it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context ResourceInfo resourceInfo;
  @Context HttpServletRequest servletRequest;
  @Inject CurrentCaller current;
  @Inject AccessService access;
  @Inject PortalService portals;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null || method.isAnnotationPresent(Public.class)) {
      return;
    }
    Caller caller;
    try {
      caller = authenticate(request);
    } catch (IllegalArgumentException e) {
      caller = null;
    }
    if (caller == null) {
      request.abortWith(unauthorized(request));
      return;
    }
    current.set(caller);
    String refusal = sessionRefusal(request);
    if (refusal != null) {
      request.abortWith(forbidden(request, refusal));
      return;
    }
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resourceInfo.getResourceClass().getAnnotation(Allowed.class);
    }
    if (!caller.authenticated()) {
      request.abortWith(unauthorized(request));
      return;
    }
    if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller.roles()::contains)) {
      request.abortWith(forbidden(request, "FORBIDDEN"));
    }
  }

  /**
   * What a cookie session may not do here: a change without its CSRF token, or anything but the
   * password while an administrator's temporary one is in use.
   */
  private String sessionRefusal(ContainerRequestContext request) {
    if (!(servletRequest.getAttribute(ConsoleAuthenticationMechanism.SESSION_ATTRIBUTE)
        instanceof LoginService.ActiveSession s)) {
      return null;
    }
    if (s.kind() == ConsoleSession.Kind.COOKIE && !SAFE.contains(request.getMethod())) {
      String presented = request.getHeaderString("X-CSRF-Token");
      if (presented == null
          || !MessageDigest.isEqual(
              presented.getBytes(StandardCharsets.UTF_8),
              s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
        return "CSRF_TOKEN";
      }
    }
    if (s.mustChangePassword()
        && !resourceInfo.getResourceMethod().isAnnotationPresent(ForEveryLogin.class)) {
      return "PASSWORD_CHANGE_REQUIRED";
    }
    return null;
  }

  private static Response forbidden(ContainerRequestContext request, String code) {
    String[] texts =
        switch (code) {
          case "CSRF_TOKEN" ->
              new String[] {
                "Perubahan dari sesi konsol memerlukan token CSRF sesi itu (X-CSRF-Token).",
                "A change from a console session needs that session's CSRF token (X-CSRF-Token)."
              };
          case "PASSWORD_CHANGE_REQUIRED" ->
              new String[] {
                "Kata sandi Anda diatur administrator: gantilah dahulu sebelum melanjutkan.",
                "Your password was set by an administrator: change it before anything else."
              };
          default ->
              new String[] {
                "Anda tidak berwenang melakukan tindakan ini.", "You are not allowed to do this."
              };
        };
    return Problem.of(Response.Status.FORBIDDEN, code, texts[0], texts[1])
        .toResponse(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The caller, {@link Caller#ANONYMOUS} when no credentials came, null when they are wrong. */
  private Caller authenticate(ContainerRequestContext request) {
    String key = request.getHeaderString("X-API-Key");
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (key != null) {
      return access
          .authenticateKey(key.trim())
          .map(
              c ->
                  new Caller(
                      new Actor("client:" + c.id() + ":" + c.name(), c.agencyCode(), c.id(), null),
                      Set.of(Role.HR_CLIENT)))
          .orElse(null);
    }
    if (servletRequest.getAttribute(ConsoleAuthenticationMechanism.SESSION_ATTRIBUTE)
        instanceof LoginService.ActiveSession s) {
      return new Caller(s.actor(), s.roles());
    }
    if (servletRequest.getAttribute(ConsoleAuthenticationMechanism.REJECTED) != null) {
      return null;
    }
    if (authorization == null) {
      return Caller.ANONYMOUS;
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return portals
          .authenticate(authorization.substring(7).trim())
          .map(
              claims ->
                  new Caller(
                      new Actor(
                          "employee:" + claims.nip(), claims.agencyCode(), null, claims.nip()),
                      Set.of(Role.EMPLOYEE)))
          .orElse(null);
    }
    return null;
  }

  private static Response unauthorized(ContainerRequestContext request) {
    Response problem =
        Problem.of(
                Response.Status.UNAUTHORIZED,
                "UNAUTHENTICATED",
                "Kredensial tidak ada, salah, atau sudah kedaluwarsa.",
                "Credentials are missing, wrong or expired.")
            .toResponse(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    // A bearer caller (the widget, a script) learns its token no longer holds. Nobody is asked
    // for Basic: a browser that answered such a challenge once would send the password with
    // every request another site makes it send.
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Response.fromResponse(problem)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"netra\", error=\"invalid_token\"")
          .build();
    }
    return problem;
  }
}
