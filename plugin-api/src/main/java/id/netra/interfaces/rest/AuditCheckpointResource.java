package id.netra.interfaces.rest;

import id.netra.application.AuditCheckpoints;
import id.netra.domain.audit.Checkpoint;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signed checkpoints of the audit chain, to keep outside Netra, and their check. */
@Path("audit/checkpoint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.AUDITOR})
@Tag(name = "Audit")
public class AuditCheckpointResource {

  /** A signed checkpoint: what it says, and the JWS to keep. */
  public record SignedDto(
      long seq,
      String hash,
      Instant verifiedAt,
      String instance,
      long verificationId,
      String jws) {}

  /** A checkpoint to check: the JWS as it was kept. */
  public record CheckRequest(String checkpoint) {}

  /**
   * The verdict: {@code signatureValid} (Netra signed it), then {@code state} (INTACT, CUT,
   * MISSING, REWRITTEN, ALTERED) of the trail at the checkpoint's entry.
   */
  public record CheckDto(
      boolean signatureValid,
      Long seq,
      String hash,
      Instant verifiedAt,
      String state,
      String currentHash,
      String problem) {}

  @Inject AuditCheckpoints checkpoints;

  @GET
  @Operation(
      summary = "The latest verified point of the chain, signed",
      description =
          "A compact JWS (EdDSA, typ netra-audit-checkpoint+jwt) over the seq and hash the latest"
              + " VALID verification reached, signed with the receipt key: anyone verifies it with"
              + " GET /pact/receipt-keys. Keep it outside Netra (an archive, a letter, a public"
              + " page): a rewrite of the trail by someone with database access then shows at"
              + " POST /audit/checkpoint/check. 409 NO_CHECKPOINT before a verification passed.")
  public SignedDto latest() {
    AuditCheckpoints.Signed s = checkpoints.latest();
    Checkpoint c = s.checkpoint();
    return new SignedDto(
        c.seq(), c.hash(), c.verifiedAt(), c.instance(), s.verificationId(), s.jws());
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check a signed checkpoint against the trail as it is now",
      description =
          "signatureValid false: not a checkpoint Netra signed. Else the state of the entry at its"
              + " seq: INTACT, CUT (the chain ends before it), MISSING, REWRITTEN (another hash:"
              + " the trail was rewritten) or ALTERED (its content no longer gives its hash).")
  public CheckDto check(CheckRequest body) {
    Inputs.requireBody(body);
    new id.netra.domain.shared.Validations()
        .requireText(body.checkpoint(), "checkpoint", 4000)
        .throwIfAny();
    AuditCheckpoints.Checked c = checkpoints.check(body.checkpoint());
    if (!c.signatureValid()) {
      return new CheckDto(false, null, null, null, null, null, null);
    }
    return new CheckDto(
        true,
        c.checkpoint().seq(),
        c.checkpoint().hash(),
        c.checkpoint().verifiedAt(),
        c.verdict().state().name(),
        c.verdict().currentHash(),
        c.verdict().problem());
  }
}
