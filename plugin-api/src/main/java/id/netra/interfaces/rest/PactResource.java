package id.netra.interfaces.rest;

import id.netra.application.ImportReport;
import id.netra.application.PactService;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.security.ReceiptKeys;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.dto.OfflineSignatureRow;
import id.netra.interfaces.rest.dto.PactTemplateDto;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import id.netra.interfaces.rest.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pact templates and signatures. */
@Path("pact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pact")
public class PactResource {

  /** A receipt to verify. */
  public record ReceiptCheck(String receipt) {}

  /** The verdict on a receipt: valid, and what it attests. */
  public record ReceiptVerdict(boolean valid, String kid, JsonObject claims) {}

  @Inject PactService pacts;
  @Inject CurrentCaller caller;
  @Inject ReceiptKeys receiptKeys;

  @GET
  @Path("receipt-keys")
  @Public
  @Operation(summary = "The public keys (JWK set, Ed25519) that verify signature receipts")
  public JsonObject receiptKeys() {
    return receiptKeys.jwks();
  }

  @POST
  @Path("receipts/verify")
  @Public
  @Operation(
      summary = "Verify a signature receipt",
      description =
          "Anyone may check that a receipt was signed by this Netra, and read its claims.")
  public ReceiptVerdict verify(ReceiptCheck body) {
    Inputs.requireBody(body);
    return body.receipt() == null
        ? new ReceiptVerdict(false, null, null)
        : receiptKeys
            .verify(body.receipt())
            .map(v -> new ReceiptVerdict(true, v.kid(), v.claims()))
            .orElse(new ReceiptVerdict(false, null, null));
  }

  @GET
  @Path("templates")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  public List<PactTemplateDto> templates(@QueryParam("agency") String agency) {
    return pacts.templates(caller.actor(), agency).stream().map(PactTemplateDto::of).toList();
  }

  @POST
  @Path("templates")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Create a draft version (the next version number of its code)")
  public Response create(PactTemplateDto body) {
    Inputs.requireBody(body);
    PactTemplateDto t =
        PactTemplateDto.of(
            pacts.createDraft(caller.actor(), body.agency(), body.code(), body.toText()));
    return Response.created(URI.create("pact/templates/" + t.id())).entity(t).build();
  }

  @GET
  @Path("templates/{id}")
  @Allowed({Role.ADMIN, Role.OFFICER, Role.AUDITOR})
  public PactTemplateDto template(@PathParam("id") long id) {
    return PactTemplateDto.of(pacts.template(caller.actor(), id));
  }

  @PUT
  @Path("templates/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Edit a draft; a published version answers 409")
  public PactTemplateDto edit(@PathParam("id") long id, PactTemplateDto body) {
    Inputs.requireBody(body);
    return PactTemplateDto.of(pacts.editDraft(caller.actor(), id, body.toText()));
  }

  @POST
  @Path("templates/{id}/publish")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Publish a draft: its text and hash never change again")
  public PactTemplateDto publish(@PathParam("id") long id) {
    return PactTemplateDto.of(pacts.publish(caller.actor(), id));
  }

  @POST
  @Path("signatures/offline-import")
  @Allowed({Role.HR_CLIENT, Role.ADMIN, Role.OFFICER})
  @Operation(
      summary = "Import signatures from a paper ceremony",
      description =
          "Per-row report. A row for an employee who already signed for that election is"
              + " unchanged. Open decisions of each signer are decided again.")
  public ImportReport importOffline(List<OfflineSignatureRow> rows) {
    Inputs.requireBody(rows);
    List<PactService.OfflineSignature> parsed = new ArrayList<>();
    Validations v = new Validations();
    for (int i = 0; i < rows.size(); i++) {
      OfflineSignatureRow r = rows.get(i);
      if (r == null) {
        continue;
      }
      Instant signedAt = Inputs.instant(r.signedAt(), "[" + i + "].signedAt", v, true);
      parsed.add(
          new PactService.OfflineSignature(
              r.nip(), r.electionId(), r.templateId(), signedAt, r.evidenceRef(), r.witnessNip()));
    }
    v.throwIfAny();
    return pacts.importOffline(caller.actor(), parsed);
  }
}
