package id.netra.interfaces.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the login throttle and the last login: the connection's own,
 * or, when that is one of the reverse proxies named in {@code netra.http.trusted-proxies}, the
 * nearest address in {@code X-Forwarded-For} that is not a trusted proxy. With no proxy configured
 * the header is ignored, so a caller cannot choose its own address.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "netra.http.trusted-proxies", defaultValue = " ")
  String trustedProxies;

  private Set<String> trusted;

  Set<String> trusted() {
    if (trusted == null) {
      trusted =
          Set.copyOf(
              List.of(trustedProxies.split(",")).stream()
                  .map(String::trim)
                  .filter(s -> !s.isEmpty())
                  .toList());
    }
    return trusted;
  }

  public String of(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (!trusted().contains(remote)) {
      return clip(remote);
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return clip(remote);
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted().contains(hop)) {
        return clip(hop);
      }
    }
    return clip(remote);
  }

  /** Whether the request reached the first trusted hop over TLS (for the cookie's Secure). */
  public boolean secure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    return trusted().contains(request.getRemoteAddr())
        && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

  private static String clip(String address) {
    return address == null ? "" : address.substring(0, Math.min(64, address.length()));
  }
}
