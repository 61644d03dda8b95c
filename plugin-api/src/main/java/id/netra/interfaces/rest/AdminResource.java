package id.netra.interfaces.rest;

import id.netra.infrastructure.security.AccessService;
import id.netra.infrastructure.security.ApiKeys;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR-system clients and their keys, and portal keys (accounts: {@link AccountResource}). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Administration")
public class AdminResource {

  /** A client to create: its name and agency. */
  public record NewClient(String name, String agency) {}

  /** A created client, with its key shown this once. */
  public record CreatedClient(String name, String agency, String keyPrefix, String apiKey) {}

  /** A client as listed: never the key. */
  /**
   * An API client; {@code connectorId} is the webhook connector its decisions are called back
   * through, or the connector an internal client stands for.
   */
  public record ClientDto(
      long id,
      String name,
      String agency,
      String keyPrefix,
      boolean active,
      boolean internal,
      String connectorId) {}

  @Inject AccessService access;
  @Inject CurrentCaller caller;

  @POST
  @Path("api-clients")
  @Operation(summary = "Issue an API key for an HR system; the key is shown only in this answer")
  public Response createClient(NewClient body) {
    Inputs.requireBody(body);
    ApiKeys.Issued key = access.createClient(caller.actor(), body.name(), body.agency());
    return Response.status(Response.Status.CREATED)
        .entity(
            new CreatedClient(
                body.name().trim(),
                caller.actor().agencyFor(body.agency()),
                key.prefix(),
                key.fullKey()))
        .build();
  }

  @GET
  @Path("api-clients")
  public List<ClientDto> clients(@QueryParam("agency") String agency) {
    return access.clients(caller.actor(), agency).stream()
        .map(
            c ->
                new ClientDto(
                    c.id(),
                    c.name(),
                    c.agencyCode(),
                    c.keyPrefix(),
                    c.active(),
                    c.internal(),
                    c.connectorId()))
        .toList();
  }

  @DELETE
  @Path("api-clients/{keyPrefix}")
  @Operation(summary = "Revoke an HR system's key; requests with it answer 401 from now on")
  public Response revokeClient(@PathParam("keyPrefix") String keyPrefix) {
    access.revokeClient(caller.actor(), keyPrefix);
    return Response.noContent().build();
  }

  @POST
  @Path("receipt-keys/rotate")
  @Operation(
      summary = "Rotate the receipt key (central administrators)",
      description =
          "New receipts and checkpoints are signed with a new key on every instance within 30 s;"
              + " GET /pact/receipt-keys keeps publishing the old ones. 409"
              + " RECEIPT_KEY_IN_KEYSTORE when the key comes from a keystore (rotate it there).")
  public Map<String, String> rotateReceiptKey() {
    return Map.of("kid", access.rotateReceiptKey(caller.actor()));
  }
}
