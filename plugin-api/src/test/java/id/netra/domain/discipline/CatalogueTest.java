package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  final Catalogue catalogue = StandardCatalogue.create();

  List<String> codes(String violation, String sanction, EmployeeType type) {
    return catalogue
        .problems(catalogue.violation(violation).orElseThrow(), sanction, type, "sanction")
        .stream()
        .map(Violation::code)
        .toList();
  }

  @Test
  void aSanctionOfAnotherTrackIsRefused() {
    assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes("SKB-06", "23", EmployeeType.PNS));
    assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes("SKB-04", "21", EmployeeType.PNS));
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        codes("SKB-05", "10", EmployeeType.PNS),
        "party membership leads to dismissal not with honour only");
    assertTrue(codes("SKB-06", "21", EmployeeType.PNS).isEmpty(), "ethics: a moral sanction");
    assertTrue(codes("SKB-05", StandardCatalogue.PARTY_DISMISSAL, EmployeeType.PNS).isEmpty());
  }

  @Test
  void pasalFiveItemsCarryTheirTier() {
    assertTrue(codes("PP94-5N-2", "24", EmployeeType.PNS).isEmpty(), "item 2: sedang");
    assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes("PP94-5N-2", "27", EmployeeType.PNS));
    assertTrue(codes("PP94-5N-3", "27", EmployeeType.PNS).isEmpty(), "items 3-7: berat");
    assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes("PP94-5N-7", "2", EmployeeType.PNS));
  }

  @Test
  void oldFormsAreReadNeverIssued() {
    SanctionType old = catalogue.sanction("8").orElseThrow();
    assertFalse(old.issuable());
    assertTrue(codes("SKB-04", "8", EmployeeType.PNS).contains("SANCTION_NOT_ISSUABLE"));
    assertEquals(List.of("UNKNOWN_SANCTION"), codes("SKB-04", "99", EmployeeType.PNS));
  }

  @Test
  void pppkEmployeesGetOnlyWhatTheirRulesAllow() {
    assertEquals(
        List.of("SANCTION_NOT_FOR_EMPLOYEE_TYPE"), codes("PP94-5N-3", "27", EmployeeType.PPPK));
    assertEquals(
        List.of("SANCTION_NOT_FOR_EMPLOYEE_TYPE"), codes("PP94-5N-3", "10", EmployeeType.PPPK));
    assertTrue(codes("PP94-5N-2", "23", EmployeeType.PPPK).isEmpty());
  }

  @Test
  void theSeedFollowsTheReference() {
    assertEquals("S", catalogue.sanction("24").orElseThrow().tier().name());
    assertEquals(9, catalogue.sanction("24").orElseThrow().months());
    assertEquals(18, catalogue.violations().size(), "7 Pasal 5 huruf n items + 11 SKB types");
    assertTrue(catalogue.violation("PP94-5N-1").orElseThrow().toVerify(), "item 1's tier: verify");
    assertTrue(
        catalogue.violations().stream()
            .filter(v -> v.basis().equals("SKB 2022"))
            .allMatch(ViolationType::toVerify));
    assertEquals(
        "11EC54D9B3B157B1E050640A15026590",
        catalogue.violation("PP94-5N-2").orElseThrow().siasnReasonId());
  }
}
