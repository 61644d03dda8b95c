package id.netra.interfaces.rest;

import id.netra.domain.shared.Times;
import id.netra.infrastructure.security.PortalKey;
import id.netra.infrastructure.security.PortalService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HR portals whose signed tokens open the widget, and their keys. */
@Path("admin/portals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Administration")
public class PortalResource {

  /** A portal to register with its first key. */
  public record NewPortal(String agency, String issuer, String secret) {}

  /** A new key for a portal; the one it replaces stays valid {@code overlapHours} (default 24). */
  public record NewKey(String secret, Integer overlapHours) {}

  /** A key as listed: never its secret. Portals put {@code keyId} in the token header's kid. */
  public record KeyDto(
      String keyId, String state, Instant createdAt, Instant retiresAt, Instant revokedAt) {

    static KeyDto of(PortalKey k, Instant now) {
      return new KeyDto(
          k.keyId(), k.stateAt(now).name(), k.createdAt(), k.retiresAt(), k.revokedAt());
    }
  }

  /** A portal with its keys, newest first. */
  public record PortalDto(String issuer, String agency, Instant createdAt, List<KeyDto> keys) {}

  @Inject Clock clock;
  @Inject PortalService portals;
  @Inject CurrentCaller caller;

  @POST
  @Operation(
      summary = "Register an HR portal of the agency with the key it signs employee tokens with",
      description =
          "An agency may run several portals; an issuer belongs to one agency (409"
              + " PORTAL_ISSUER_TAKEN) and is registered once (409 PORTAL_EXISTS: rotate its key"
              + " instead). The secret has 32-200 characters and was never used before.")
  public Response register(NewPortal body) {
    Inputs.requireBody(body);
    PortalKey key = portals.register(caller.actor(), body.agency(), body.issuer(), body.secret());
    return Response.status(Response.Status.CREATED)
        .entity(KeyDto.of(key, Times.now(clock)))
        .build();
  }

  @GET
  @Operation(summary = "The caller's agency's portals (a central admin: all, or one agency)")
  public List<PortalDto> list(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Instant now = Times.now(clock);
    return portals.list(caller.actor(), agency, Math.max(offset, 0), limit).stream()
        .map(
            p ->
                new PortalDto(
                    p.issuer().issuer(),
                    p.issuer().agencyCode(),
                    p.issuer().createdAt(),
                    p.keys().stream().map(k -> KeyDto.of(k, now)).toList()))
        .toList();
  }

  @POST
  @Path("{issuer}/keys")
  @Operation(
      summary = "Rotate a portal's key",
      description =
          "The new key is current at once; the one it replaces is still accepted for"
              + " overlapHours (0-720, default netra.portal.key-overlap). One rotation at a time"
              + " (409 PORTAL_KEY_OVERLAP).")
  public Response rotate(@PathParam("issuer") String issuer, NewKey body) {
    Inputs.requireBody(body);
    PortalKey key =
        portals.rotate(
            caller.actor(),
            issuer,
            body.secret(),
            body.overlapHours() == null ? null : Duration.ofHours(body.overlapHours()));
    return Response.status(Response.Status.CREATED)
        .entity(KeyDto.of(key, Times.now(clock)))
        .build();
  }

  @DELETE
  @Path("{issuer}/keys/{keyId}")
  @Operation(summary = "Revoke a portal key; tokens it signed answer 401 from now on")
  public Response revoke(@PathParam("issuer") String issuer, @PathParam("keyId") String keyId) {
    portals.revoke(caller.actor(), issuer, keyId);
    return Response.noContent().build();
  }
}
