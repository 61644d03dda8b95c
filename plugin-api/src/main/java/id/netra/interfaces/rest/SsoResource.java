package id.netra.interfaces.rest;

import id.netra.application.NotFound;
import id.netra.infrastructure.security.ConsoleSession;
import id.netra.infrastructure.security.sso.SsoClient;
import id.netra.infrastructure.security.sso.SsoLogins;
import id.netra.infrastructure.security.sso.SsoProvider;
import id.netra.infrastructure.security.sso.SsoRefusal;
import id.netra.interfaces.rest.problem.Problem;
import id.netra.interfaces.rest.security.ClientAddress;
import id.netra.interfaces.rest.security.ConsoleAuthenticationMechanism;
import id.netra.interfaces.rest.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The console's single sign-on: the providers its login page offers, the start of a login (the
 * browser is sent to the provider) and the provider's answer (a session, then back to the console).
 * A refused login goes back to the console's login page with the reason's code, which the page
 * shows in the person's language.
 */
@Path("auth/sso")
@RequestScoped
@Tag(name = "Console")
public class SsoResource {

  static final String FLOW_COOKIE = "NETRA_SSO";
  private static final Logger LOG = Logger.getLogger(SsoResource.class.getName());

  /** A provider as the login page offers it. */
  public record Offered(String id, String label, String login) {}

  @Inject SsoClient sso;
  @Inject SsoLogins logins;
  @Inject ClientAddress addresses;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "netra.sso.redirect-base")
  Optional<String> redirectBase;

  @GET
  @Public
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The single sign-on providers the console offers",
      description =
          "Each with its button's label and the URL that starts a login; empty when none is"
              + " configured (netra.sso.providers). 503 SSO_MISCONFIGURED names a wrong setting.")
  public Response providers() {
    if (sso.misconfigured().isPresent()) {
      return Problem.of(
              Response.Status.SERVICE_UNAVAILABLE,
              "SSO_MISCONFIGURED",
              "SSO mati karena pengaturannya salah: " + sso.misconfigured().get(),
              "Single sign-on is off because a setting is wrong: " + sso.misconfigured().get())
          .toResponse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
    List<Offered> offered =
        sso.providers().stream()
            .map(
                p ->
                    new Offered(
                        p.id(),
                        p.label(),
                        request.getContextPath() + "/api/v1/auth/sso/" + p.id() + "/login"))
            .toList();
    return Response.ok(offered).build();
  }

  @GET
  @Path("{provider}/login")
  @Public
  @Operation(
      summary = "Start a login through a provider",
      description =
          "Sends the browser (303) to the provider with a code request (PKCE S256, state and"
              + " nonce kept in a short-lived HttpOnly cookie).")
  public Response login(@PathParam("provider") String id) {
    SsoProvider p = known(id);
    try {
      Map.Entry<SsoClient.Pending, URI> begun = sso.begin(p, redirectUri(p));
      return Response.seeOther(begun.getValue())
          .header(HttpHeaders.SET_COOKIE, flowCookie(begun.getKey().encode(), 600))
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    } catch (SsoRefusal r) {
      return back(r);
    }
  }

  @GET
  @Path("{provider}/callback")
  @Public
  @Operation(
      summary = "The provider's answer to a login",
      description =
          "Checks the state against the login's cookie, exchanges the code, verifies the ID token"
              + " and opens a console session (the same cookie as a password login), then sends"
              + " the browser to the console; a refusal goes to the console's login page with"
              + " ?sso=<code>.")
  public Response callback(
      @PathParam("provider") String id,
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @CookieParam(FLOW_COOKIE) String flow) {
    SsoProvider p = known(id);
    try {
      SsoClient.Pending pending =
          SsoClient.Pending.decode(flow)
              .filter(f -> f.provider().equals(p.id()) && f.state().equals(state))
              .orElseThrow(
                  () ->
                      new SsoRefusal(
                          "SSO_STATE",
                          "Login SSO ini tidak dimulai dari peramban ini atau sudah kedaluwarsa;"
                              + " silakan coba lagi.",
                          "This single sign-on was not started in this browser or has expired;"
                              + " please try again."));
      if (error != null || code == null) {
        throw new SsoRefusal(
            "SSO_DENIED",
            "Penyedia SSO tidak meloloskan login ini (" + error + ").",
            "The SSO provider did not let this login through (" + error + ").");
      }
      Map<String, Object> claims = sso.finish(p, pending, code, redirectUri(p));
      ConsoleSession.Opened opened =
          logins.login(
              p, p.identify(claims), addresses.of(request), request.getHeader("User-Agent"));
      return Response.seeOther(URI.create(request.getContextPath() + "/console/#/dashboard"))
          .header(HttpHeaders.SET_COOKIE, flowCookie("", 0))
          .header(HttpHeaders.SET_COOKIE, sessionCookie(opened.token()))
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    } catch (SsoRefusal r) {
      return back(r);
    }
  }

  private SsoProvider known(String id) {
    return sso.provider(id).orElseThrow(() -> new NotFound("sso provider", id));
  }

  private Response back(SsoRefusal r) {
    LOG.log(
        r.getCause() == null ? Level.INFO : Level.WARNING,
        "Single sign-on refused: " + r.code() + " " + r.messageEn(),
        r.getCause());
    return Response.seeOther(
            URI.create(request.getContextPath() + "/console/?sso=" + r.code() + "#/login"))
        .header(HttpHeaders.SET_COOKIE, flowCookie("", 0))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private String redirectUri(SsoProvider p) {
    String base =
        redirectBase
            .map(b -> b.replaceAll("/+$", ""))
            .orElseGet(
                () ->
                    (addresses.secure(request) ? "https" : "http")
                        + "://"
                        + request.getHeader("Host")
                        + request.getContextPath());
    return base + "/api/v1/auth/sso/" + p.id() + "/callback";
  }

  /** Lax: the provider's redirect back is a top-level navigation from its own site. */
  private String flowCookie(String value, int maxAge) {
    return FLOW_COOKIE
        + "="
        + value
        + "; Path="
        + request.getContextPath()
        + "/api/v1/auth/sso/; HttpOnly; SameSite=Lax; Max-Age="
        + maxAge
        + (addresses.secure(request) ? "; Secure" : "");
  }

  private String sessionCookie(String token) {
    return ConsoleAuthenticationMechanism.cookie(
        request.getContextPath(), token, addresses.secure(request), false);
  }
}
