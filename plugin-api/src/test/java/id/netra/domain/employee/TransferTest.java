package id.netra.domain.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainStateException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferTest {

  static final Instant NOW = Instant.parse("2029-03-01T02:00:00Z");

  static Employee ofDemo() {
    return new Employee(
        EmployeeNumber.parse("19660801 198803 1 001", EmployeeType.PNS),
        "DEMO",
        new EmployeeProfile("Budi", null, null, null, null, null, null),
        NOW);
  }

  @Test
  void theSideThatDidNotAskDecidesAndEveryCentralActor() {
    Transfer claim =
        new Transfer(ofDemo(), "LAIN", Transfer.Origin.CLAIM, "LAIN", "client:7", null, NOW);
    assertFalse(claim.decidableBy("LAIN"), "a claimant never approves its own claim");
    assertTrue(claim.decidableBy("DEMO"));
    assertTrue(claim.decidableBy(null));
    assertFalse(claim.decidableBy("KETIGA"), "a third agency has no say");

    Transfer push =
        new Transfer(ofDemo(), "LAIN", Transfer.Origin.REQUEST, "DEMO", "account:a", "SK", NOW);
    assertTrue(push.decidableBy("LAIN"));
    assertFalse(push.decidableBy("DEMO"));
    assertTrue(push.withdrawableBy("DEMO") && push.withdrawableBy(null));
    assertFalse(push.withdrawableBy("LAIN"), "the side that decides does not withdraw");

    Transfer central =
        new Transfer(ofDemo(), "LAIN", Transfer.Origin.REQUEST, null, "account:admin", null, NOW);
    assertTrue(central.decidableBy("DEMO") && central.decidableBy("LAIN"));
  }

  @Test
  void anApprovedTransferMovesTheEmployeeOnceAndIsDecidedOnce() {
    Employee e = ofDemo();
    Transfer t = new Transfer(e, "LAIN", Transfer.Origin.CLAIM, "LAIN", "client:7", null, NOW);
    assertThrows(IllegalStateException.class, () -> e.transferTo(t, NOW), "not yet approved");
    t.approve("account:demo.admin", "SK 800/1", NOW);
    e.transferTo(t, NOW);
    assertEquals("LAIN", e.agencyCode());
    assertThrows(IllegalStateException.class, () -> e.transferTo(t, NOW), "moved already");
    DomainStateException twice =
        assertThrows(DomainStateException.class, () -> t.refuse("account:x", null, NOW));
    assertEquals("TRANSFER_DECIDED", twice.code());
  }

  @Test
  void aTransferToTheSameAgencyOrByAThirdAgencyIsNotMade() {
    assertEquals(
        "TRANSFER_SAME_AGENCY",
        assertThrows(
                DomainStateException.class,
                () ->
                    new Transfer(ofDemo(), "DEMO", Transfer.Origin.REQUEST, "DEMO", "a", null, NOW))
            .code());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Transfer(ofDemo(), "LAIN", Transfer.Origin.REQUEST, "KETIGA", "a", null, NOW));
  }

  @Test
  void siasnSettlesAPendingRequestOnlyWhenItShowsTheSameAgency() {
    Transfer asked =
        new Transfer(ofDemo(), "KOTA", Transfer.Origin.REQUEST, "DEMO", "account:a", null, NOW);
    asked.requireFollowableTo("KOTA");
    DomainStateException e =
        assertThrows(DomainStateException.class, () -> asked.requireFollowableTo("LAIN"));
    assertEquals("TRANSFER_PENDING", e.code());
    assertTrue(e.messageEn().contains("to KOTA waits for a decision"), e.messageEn());
  }
}
