package id.netra.interfaces.rest.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the widget, embedded in an HR portal on another origin, call the employee's own endpoints
 * ({@code /me/…}): only from the origins configured in {@code netra.cors.allowed-origins} (comma
 * separated, for example {@code https://simpeg.example.go.id}); nothing else of the API is open to
 * other origins. Credentials travel as a bearer token, never as cookies.
 */
@Provider
@PreMatching
@Priority(100)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOW_HEADERS =
      "Authorization, Content-Type, Accept, Accept-Language, X-Request-Id";

  @Inject
  @ConfigProperty(name = "netra.cors.allowed-origins")
  Optional<String> configured;

  private Set<String> origins() {
    return configured
        .map(
            s ->
                Arrays.stream(s.split(","))
                    .map(String::strip)
                    .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                    .filter(o -> !o.isEmpty())
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private String allowedOrigin(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    String path = request.getUriInfo().getPath();
    if (origin == null || !(path.startsWith("me/") || path.startsWith("/me/"))) {
      return null;
    }
    return origins().contains(origin) ? origin : null;
  }

  /** A preflight from an allowed origin is answered here, before authentication. */
  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      String origin = allowedOrigin(request);
      if (origin != null) {
        request.abortWith(
            Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin")
                .build());
      }
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = allowedOrigin(request);
    if (origin != null) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("Access-Control-Allow-Origin", origin);
      headers.putSingle("Access-Control-Expose-Headers", "X-Request-Id");
      headers.add("Vary", "Origin");
    }
  }
}
