package id.netra.domain.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PactTemplateTest {

  static PactText text(String clause) {
    return new PactText(
        "Pakta Integritas Netralitas ASN",
        "ASN Neutrality Integrity Pact",
        List.of(new PactClause(clause, "I stay neutral.")));
  }

  @Test
  void theHashFollowsTheTextAndPublishingFreezesIt() {
    PactTemplate t = new PactTemplate("DEMO", "PAKTA", 1, text("Saya menjaga netralitas."));
    String first = t.contentHash();
    t.edit(text("Saya menjaga netralitas ASN."));
    assertNotEquals(first, t.contentHash());
    assertEquals(PactTemplate.hash(text("Saya menjaga netralitas ASN.")), t.contentHash());

    t.publish(Instant.parse("2029-01-01T00:00:00Z"));
    DomainStateException e = assertThrows(DomainStateException.class, () -> t.edit(text("Lain.")));
    assertEquals("TEMPLATE_PUBLISHED", e.code());
    assertThrows(DomainStateException.class, () -> t.publish(Instant.now()));
  }

  @Test
  void aDraftCannotBeSignedAndAnOfflineSignatureNeedsEvidence() {
    PactTemplate draft = new PactTemplate("DEMO", "PAKTA", 1, text("Saya menjaga netralitas."));
    Instant now = Instant.parse("2029-03-01T00:00:00Z");
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                PactSignature.offline(
                    "196608011988031001", "DEMO", 1L, draft, now, " ", null, now));
    assertEquals(
        List.of("TEMPLATE_NOT_PUBLISHED", "REQUIRED"),
        e.violations().stream().map(v -> v.code()).toList());
  }

  @Test
  void aPortalSignatureNeedsTheEmployeesOwnName() {
    PactTemplate t = new PactTemplate("DEMO", "PAKTA", 1, text("Saya menjaga netralitas."));
    Instant now = Instant.parse("2029-03-01T00:00:00Z");
    t.publish(now);
    assertThrows(
        DomainValidationException.class,
        () -> PactSignature.portal("1", "DEMO", 1L, t, "Budi", "Siti Aminah", now));
    PactSignature s =
        PactSignature.portal("1", "DEMO", 1L, t, " siti  aminah ", "Siti Aminah", now);
    assertEquals(SignatureChannel.PORTAL, s.channel());
    assertEquals(t.contentHash(), s.templateHash());
  }

  @Test
  void aTemplateWithoutClausesIsRefused() {
    assertThrows(
        DomainValidationException.class,
        () -> new PactTemplate("DEMO", "PAKTA", 1, new PactText("a", "b", List.of())));
  }
}
