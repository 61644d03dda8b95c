package id.netra.application;

import id.netra.domain.audit.AuditRepository;
import id.netra.domain.audit.AuditVerification;
import id.netra.domain.audit.Checkpoint;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.infrastructure.security.ReceiptKeys;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed checkpoints of the audit chain: the latest verified point, signed with Netra's receipt key
 * (verifiable by anyone with the published JWK set), to keep outside Netra; and the check of such a
 * checkpoint against the trail as it is now.
 */
@Stateless
public class AuditCheckpoints {

  /** A signed checkpoint, with what it says. */
  public record Signed(Checkpoint checkpoint, long verificationId, String jws) {}

  /** A checkpoint checked: whether Netra signed it, and how the trail stands against it. */
  public record Checked(
      boolean signatureValid, Checkpoint checkpoint, Checkpoint.Verdict verdict) {}

  @Inject Clock clock;
  @Inject AuditRepository audit;
  @Inject ReceiptKeys keys;

  /**
   * The latest VALID verification's point, signed.
   *
   * @throws DomainStateException {@code NO_CHECKPOINT} before any verification passed
   */
  public Signed latest() {
    AuditVerification v =
        audit
            .latestCheckpoint()
            .orElseThrow(
                () ->
                    new DomainStateException(
                        "NO_CHECKPOINT",
                        "Belum ada pemeriksaan rantai audit yang lulus; jalankan pemeriksaan dulu.",
                        "No audit chain verification has passed yet; run one first."));
    Checkpoint c = new Checkpoint(v.toSeq(), v.toHash(), v.finishedAt(), v.instance());
    JsonObject claims =
        Json.createObjectBuilder()
            .add("iss", "netra")
            .add("seq", c.seq())
            .add("hash", c.hash())
            .add("verifiedAt", c.verifiedAt().toString())
            .add("instance", c.instance())
            .add("verificationId", v.id())
            .add("iat", Times.now(clock).getEpochSecond())
            .build();
    return new Signed(c, v.id(), keys.signStatement(ReceiptKeys.CHECKPOINT, claims));
  }

  /** Checks a signed checkpoint (kept elsewhere) against the trail as it is now. */
  public Checked check(String jws) {
    Optional<ReceiptKeys.Verified> verified = keys.verify(jws, ReceiptKeys.CHECKPOINT);
    if (verified.isEmpty()) {
      return new Checked(false, null, null);
    }
    JsonObject claims = verified.get().claims();
    Checkpoint c =
        new Checkpoint(
            claims.getJsonNumber("seq").longValueExact(),
            claims.getString("hash"),
            Instant.parse(claims.getString("verifiedAt")),
            claims.getString("instance", ""));
    return new Checked(true, c, c.check(audit.entryAt(c.seq()), audit.head()));
  }
}
