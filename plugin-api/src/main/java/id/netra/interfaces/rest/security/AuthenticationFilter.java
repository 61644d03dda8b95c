package id.netra.interfaces.rest.security;

import id.netra.application.Actor;
import id.netra.infrastructure.security.AccessService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Finds the caller (API key in {@code X-API-Key}, account by HTTP Basic, employee by Bearer token)
 * and checks the method's {@code @Allowed}. A method with neither {@code @Allowed} nor
 * {@code @Public} is closed to everyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resourceInfo;
  @Inject CurrentCaller current;
  @Inject AccessService access;

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
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resourceInfo.getResourceClass().getAnnotation(Allowed.class);
    }
    if (!caller.authenticated()) {
      request.abortWith(unauthorized(request));
      return;
    }
    if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller.roles()::contains)) {
      request.abortWith(
          Problem.of(
                  Response.Status.FORBIDDEN,
                  "FORBIDDEN",
                  "Anda tidak berwenang melakukan tindakan ini.",
                  "You are not allowed to do this.")
              .toResponse(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
    }
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
    if (authorization == null) {
      return Caller.ANONYMOUS;
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return access
          .authenticateAccount(decoded.substring(0, colon), decoded.substring(colon + 1))
          .map(a -> new Caller(Actor.account(a.username(), a.agencyCode()), a.roles()))
          .orElse(null);
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return access
          .authenticateEmployee(authorization.substring(7).trim())
          .flatMap(
              claims ->
                  access
                      .portalOfIssuer(claims.issuer())
                      .map(
                          portal ->
                              new Caller(
                                  new Actor(
                                      "employee:" + claims.nip(),
                                      portal.agencyCode(),
                                      null,
                                      claims.nip()),
                                  Set.of(Role.EMPLOYEE))))
          .orElse(null);
    }
    return null;
  }

  private static Response unauthorized(ContainerRequestContext request) {
    // A bearer caller (the widget) gets a bearer challenge: a Basic one would make a browser ask
    // the employee for a password Netra never gave them.
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    // Netra's own console asks for no challenge: it shows its own login form instead.
    boolean console = request.getHeaderString("X-Netra-Client") != null;
    Response problem =
        Problem.of(
                Response.Status.UNAUTHORIZED,
                "UNAUTHENTICATED",
                "Kredensial tidak ada, salah, atau sudah kedaluwarsa.",
                "Credentials are missing, wrong or expired.")
            .toResponse(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    if (console) {
      return problem;
    }
    return Response.fromResponse(problem)
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            bearer ? "Bearer realm=\"netra\", error=\"invalid_token\"" : "Basic realm=\"netra\"")
        .build();
  }
}
