package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  final Catalogue catalogue = StandardCatalogue.create();

  List<String> codes(String violation, String sanction, EmployeeType type) {
    return codes(violation, CandidateStage.CALON, sanction, type);
  }

  List<String> codes(String violation, CandidateStage stage, String sanction, EmployeeType type) {
    return catalogue
        .problems(catalogue.violation(violation).orElseThrow(), stage, sanction, type, "sanction")
        .stream()
        .map(Violation::code)
        .toList();
  }

  @Test
  void aSanctionOfAnotherTrackIsRefused() {
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        codes("SKB-06", CandidateStage.BAKAL_CALON, "23", EmployeeType.PNS));
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        codes("SKB-04", CandidateStage.CALON, "21", EmployeeType.PNS));
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        codes("SKB-05", "10", EmployeeType.PNS),
        "party membership leads to dismissal not with honour only");
    assertTrue(
        codes("SKB-06", CandidateStage.BAKAL_CALON, "21", EmployeeType.PNS).isEmpty(),
        "ethics for a bakal calon: a moral sanction");
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
  void skbItemsTheSkbWeighsHeavyAllowNoLightSanction() {
    for (String code : List.of("SKB-03", "SKB-08", "SKB-09", "SKB-10", "SKB-11")) {
      assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes(code, "2", EmployeeType.PNS), code);
      assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes(code, "23", EmployeeType.PNS));
      assertTrue(codes(code, "27", EmployeeType.PNS).isEmpty(), code);
    }
    for (String code : List.of("SKB-01", "SKB-02", "SKB-04", "SKB-06", "SKB-07", "SKB-12")) {
      assertEquals(List.of("SANCTION_NOT_FOR_VIOLATION"), codes(code, "1", EmployeeType.PNS), code);
    }
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
    assertTrue(codes("PP94-5N-3", StandardCatalogue.PPPK_TERMINATION, EmployeeType.PPPK).isEmpty());
    assertEquals(
        List.of("SANCTION_NOT_FOR_EMPLOYEE_TYPE"),
        codes("PP94-5N-3", StandardCatalogue.PPPK_TERMINATION, EmployeeType.PNS));
    assertTrue(codes("PP94-5N-2", "23", EmployeeType.PPPK).isEmpty());
    assertTrue(
        codes("SKB-05", StandardCatalogue.PPPK_PARTY_TERMINATION, EmployeeType.PPPK).isEmpty());
    assertEquals(
        List.of("SANCTION_NOT_FOR_EMPLOYEE_TYPE"),
        codes("SKB-05", StandardCatalogue.PARTY_DISMISSAL, EmployeeType.PPPK));
  }

  /**
   * Every violation, for every employee type it concerns and in both stages, ends in at least one
   * sanction that employee can receive: an ASN only ASN sanctions of the violation's track for the
   * stage, non-ASN staff only contract measures.
   */
  @Test
  void everyViolationIsDecidableForEveryEmployeeTypeInBothStages() {
    for (ViolationType v : catalogue.violations()) {
      for (EmployeeType type : EmployeeType.values()) {
        for (CandidateStage stage : CandidateStage.values()) {
          List<SanctionType> options = catalogue.decidable(v, stage, type);
          String where = v.code() + " " + type + " " + stage;
          assertFalse(options.isEmpty(), where + " has no sanction");
          Track expected = type == EmployeeType.NON_ASN ? Track.CONTRACT : v.rules(stage).track();
          assertTrue(options.stream().allMatch(s -> s.track() == expected), where);
          assertTrue(options.stream().allMatch(s -> s.appliesTo(type) && s.issuable()), where);
        }
      }
    }
    for (ViolationType v : catalogue.violations()) {
      assertTrue(
          catalogue.decidable(v, CandidateStage.CALON, EmployeeType.PPPK).stream()
              .noneMatch(s -> Set.of("27", "28", "10").contains(s.code())),
          "no demotion, removal or PDHTAPS for a PPPK: " + v.code());
    }
  }

  @Test
  void terminationsAndContractMeasuresAreNoSiasnDisciplinaryRecord() {
    assertFalse(catalogue.sanction(StandardCatalogue.PARTY_DISMISSAL).orElseThrow().siasnRecord());
    assertFalse(catalogue.sanction(StandardCatalogue.PPPK_TERMINATION).orElseThrow().siasnRecord());
    assertFalse(catalogue.sanction(StandardCatalogue.CONTRACT_END).orElseThrow().siasnRecord());
    assertTrue(catalogue.sanction("10").orElseThrow().siasnRecord(), "PDHTAPS is hukdis 10");
    assertTrue(catalogue.sanction("10").orElseThrow().dismissal());
    assertFalse(catalogue.sanction("23").orElseThrow().dismissal());
    assertEquals(
        "8",
        catalogue.sanction(StandardCatalogue.PARTY_DISMISSAL).orElseThrow().jenisPemberhentianId());
    assertEquals(
        "8",
        catalogue
            .sanction(StandardCatalogue.PPPK_PARTY_TERMINATION)
            .orElseThrow()
            .jenisPemberhentianId());
    assertEquals(
        "7",
        catalogue
            .sanction(StandardCatalogue.PPPK_TERMINATION)
            .orElseThrow()
            .jenisPemberhentianId());
    assertNull(catalogue.sanction("23").orElseThrow().jenisPemberhentianId());
    assertNull(
        catalogue.sanction(StandardCatalogue.CONTRACT_END).orElseThrow().jenisPemberhentianId(),
        "a contract's end is the agency's own business");
  }

  @Test
  void theSeedFollowsTheReference() {
    assertEquals("S", catalogue.sanction("24").orElseThrow().tier().name());
    assertEquals(9, catalogue.sanction("24").orElseThrow().months());
    assertEquals(21, catalogue.violations().size(), "7 Pasal 5 huruf n items + 14 SKB types");
    assertTrue(catalogue.violation("PP94-5N-1").orElseThrow().toVerify(), "item 1's tier: verify");
    assertTrue(
        catalogue.violations().stream()
            .filter(v -> v.basis().equals("SKB 2022"))
            .allMatch(ViolationType::toVerify));
    assertEquals(
        "11EC54D9B3B157B1E050640A15026590",
        catalogue.violation("PP94-5N-2").orElseThrow().siasnReasonId());
    assertTrue(
        catalogue.violations().stream().allMatch(v -> v.siasnReasonId() != null),
        "every violation type maps to one alasanHukumanDisiplinId");
    assertNotNull(catalogue.violation("SKB-12").orElseThrow(), "a spouse's campaign");
    assertNotNull(catalogue.violation("SKB-13").orElseThrow(), "a bakal calon's socialisation");
    assertNotNull(catalogue.violation("SKB-99").orElseThrow(), "the task force's other breaches");
  }

  @Test
  void anOlderEditionIsBroughtUpKeepingWhatAdministratorsRevised() {
    // Edition 1 as a database holds it: the standard types, one of them revised by an
    // administrator, one missing altogether.
    List<SanctionType> sanctions = new ArrayList<>(StandardCatalogue.sanctions());
    sanctions.removeIf(s -> s.code().equals(StandardCatalogue.PPPK_TERMINATION));
    List<ViolationType> violations = new ArrayList<>(StandardCatalogue.violations());
    violations.removeIf(v -> v.code().equals("SKB-12"));
    ViolationType revised =
        violations.stream().filter(v -> v.code().equals("SKB-06")).findFirst().orElseThrow();
    violations.remove(revised);
    violations.add(
        revised.revise(
            "Disukai",
            "Liked",
            new ViolationRules(Track.ETHICS, null, Set.of("21")),
            null,
            null,
            true,
            Instant.EPOCH));
    Catalogue old = new Catalogue(sanctions, violations);
    List<Object> written = new ArrayList<>();
    CatalogueUpgrade.Outcome out =
        CatalogueUpgrade.apply(
            old,
            StandardCatalogue.sanctions(),
            StandardCatalogue.violations(),
            new CatalogueUpgrade.Store() {
              @Override
              public void add(SanctionType s) {
                written.add(s);
              }

              @Override
              public void add(ViolationType v) {
                written.add(v);
              }
            },
            Instant.EPOCH);
    assertEquals(List.of(StandardCatalogue.PPPK_TERMINATION), out.sanctionsAdded());
    assertEquals(List.of("SKB-12"), out.violationsAdded());
    assertEquals(List.of("SKB-06"), out.violationsKept());
    assertEquals(
        catalogue.violations().size() - 2,
        out.violationsRevised().size(),
        "every other type still at its seeded version takes the current rules");
    assertTrue(
        written.stream()
            .filter(o -> o instanceof ViolationType v && v.code().equals("SKB-01"))
            .map(o -> (ViolationType) o)
            .allMatch(v -> v.catalogueVersion() == 2 && v.staged()));
  }

  @Test
  void aCentralCorrectionOfASanctionTypeIsANewRevisionCheckedAgainstSiasnAndItsTrack() {
    SanctionType light = catalogue.sanction("23").orElseThrow();
    assertEquals(1, light.revision());
    SanctionType.Revision r = light.asRevision();
    light.revise(
        new SanctionType.Revision(
            "Pernyataan tidak puas secara tertulis",
            r.siasnHukumanId(),
            r.months(),
            r.permanent(),
            r.issuable(),
            r.forPns(),
            r.forPppk(),
            r.forNonAsn(),
            r.dismissal(),
            r.regulation()),
        id.netra.integration.siasn.SiasnCodes::knownHukuman);
    assertEquals(2, light.revision());
    assertEquals("Pernyataan tidak puas secara tertulis", light.name());

    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            id.netra.domain.shared.DomainValidationException.class,
            () ->
                light.revise(
                    new SanctionType.Revision(
                        " ", "999", -1, false, true, false, false, true, false, "94/2021"),
                    id.netra.integration.siasn.SiasnCodes::knownHukuman));
    assertEquals(
        List.of("REQUIRED", "UNKNOWN_SIASN_HUKUMAN", "MONTHS_RANGE", "FOR_TRACK"),
        e.violations().stream().map(Violation::code).toList(),
        "every fault at once");
    assertEquals(2, light.revision(), "a refused correction changes nothing");
    assertEquals("Pernyataan tidak puas secara tertulis", light.name());
  }
}
