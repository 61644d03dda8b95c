package id.netra.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netra.domain.gate.PolicyMode;
import org.junit.jupiter.api.Test;

class ValidationsTest {

  @Test
  void enumValuesParseLenientlyAndReportWhatIsAllowed() {
    Validations v = new Validations();
    assertEquals(
        PolicyMode.RECORD_ONLY, v.enumValue(PolicyMode.class, " record_only ", "mode", true));
    assertNull(v.enumValue(PolicyMode.class, " ", "optional", false));
    assertNull(v.enumValue(PolicyMode.class, null, "mode", true));
    assertNull(v.enumValue(PolicyMode.class, "SOMETIMES", "mode", true));
    DomainValidationException e = assertThrows(DomainValidationException.class, v::throwIfAny);
    assertEquals(2, e.violations().size());
    assertEquals("REQUIRED", e.violations().get(0).code());
    assertEquals("UNKNOWN_VALUE", e.violations().get(1).code());
    assertEquals(
        "Unknown value; choose one of: ENFORCE, RECORD_ONLY.", e.violations().get(1).messageEn());
  }
}
