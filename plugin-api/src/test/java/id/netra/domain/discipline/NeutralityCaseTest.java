package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.discipline.Authority.Capacity;
import id.netra.domain.discipline.NeutralityCase.Decree;
import id.netra.domain.discipline.NeutralityCase.Examination;
import id.netra.domain.discipline.NeutralityCase.ObjectionKind;
import id.netra.domain.discipline.NeutralityCase.Source;
import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionSchedule;
import id.netra.domain.election.ElectionType;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeutralityCaseTest {

  static final LocalDate CANDIDATE_DAY = LocalDate.of(2029, 1, 15);
  static final LocalDate EVENT = LocalDate.of(2029, 1, 20);
  static final LocalDate D0 = LocalDate.of(2029, 1, 22);
  static final ElectionPeriod PILKADA =
      new ElectionPeriod(
          new ElectionSchedule(
              ElectionType.PILKADA,
              "Pilkada 2029",
              Set.of("DEMO"),
              LocalDate.of(2028, 12, 1),
              LocalDate.of(2029, 1, 18),
              LocalDate.of(2029, 3, 30),
              LocalDate.of(2029, 4, 3),
              LocalDate.of(2029, 5, 31),
              CANDIDATE_DAY));
  final Catalogue catalogue = StandardCatalogue.create();
  final CaseDeadlines deadlines = CaseDeadlines.DEFAULT;
  final ViolationType attributes = catalogue.violation("PP94-5N-2").orElseThrow();
  final ViolationType facilities = catalogue.violation("PP94-5N-4").orElseThrow();

  NeutralityCase report(
      EmployeeType type, ViolationType v, Source source, LocalDate event, LocalDate today) {
    return NeutralityCase.report(
        "DEMO",
        type == EmployeeType.NON_ASN ? "PTT2024000123" : "198503122010012004",
        type,
        v,
        PILKADA,
        source,
        source == Source.BAWASLU_FINDING ? "Bawaslu Kabupaten Contoh" : "Warga",
        event,
        event,
        today,
        List.of("BAWASLU/TM/01/2029", "foto-kampanye-1.jpg"),
        "Hadir di kampanye dengan seragam dinas",
        deadlines,
        CaseRole.OFFICER,
        "officer");
  }

  NeutralityCase finding(EmployeeType type) {
    return report(type, attributes, Source.BAWASLU_FINDING, EVENT, D0);
  }

  NeutralityCase recommended(NeutralityCase c, String sanction) {
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    c.recommend(
        CaseRole.OFFICER,
        "officer",
        new Recommendation("BKN", "001/REK/2029", D0.plusDays(3), sanction),
        violation(c),
        catalogue,
        D0.plusDays(3),
        deadlines);
    return c;
  }

  NeutralityCase examined(NeutralityCase c) {
    c.startExamination(
        CaseRole.OFFICER,
        "officer",
        new Examination("19750410 200003 2 002", D0.plusDays(5), "BAP pemeriksaan"),
        D0.plusDays(5));
    return c;
  }

  NeutralityCase examined() {
    return examined(recommended(finding(EmployeeType.PNS), "24"));
  }

  ViolationType violation(NeutralityCase c) {
    return catalogue.violation(c.violationCode()).orElseThrow();
  }

  void decide(NeutralityCase c, String number, String sanction, LocalDate on) {
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decision(new Decree(number, on), Authority.DEFINITIVE, null, sanction, on),
        violation(c),
        catalogue,
        on);
  }

  @Test
  void aBawasluFindingGoesThroughTheExaminationToADecreeAndIntoTheRecords() {
    NeutralityCase c = finding(EmployeeType.PNS);
    assertEquals(CaseState.REPORTED, c.state());
    assertEquals(CandidateStage.CALON, c.stage());
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    assertEquals(D0.plusDays(7), c.dueOn());
    c.recommend(
        CaseRole.OFFICER,
        "officer",
        new Recommendation("bkn", "001/REK/2029", D0.plusDays(3), "24"),
        attributes,
        catalogue,
        D0.plusDays(3),
        deadlines);
    assertEquals("BKN", c.recommendation().issuer());
    assertEquals(D0.plusDays(13), c.dueOn(), "the PPK's 10 days run from the recommendation");
    examined(c);
    assertEquals(D0.plusDays(13), c.dueOn(), "the examination does not stop the clock");
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decision(
            new Decree("800/12/BKPSDM/2029", D0.plusDays(9)),
            Authority.DEFINITIVE,
            D0.plusDays(10),
            "24",
            D0.plusDays(10)),
        attributes,
        catalogue,
        D0.plusDays(10));
    assertEquals(CaseState.DECIDED, c.state());
    assertEquals(D0.plusDays(10).plusMonths(9).minusDays(1), c.period().end());
    assertEquals(
        catalogue.sanction("24").orElseThrow().revision(),
        c.sanctionRevision(),
        "the case names the sanction type's revision it applied");
    assertEquals(D0.plusDays(10), c.decreeReceivedOn());
    assertEquals(Capacity.DEFINITIVE, c.authority().capacity());
    assertNull(c.dueOn());
    assertTrue(c.sanctionInForce(D0.plusDays(30), catalogue));
    c.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(10));
    c.close(CaseRole.OFFICER, "officer", D0.plusDays(11));
    assertEquals(CaseState.CLOSED, c.state());
    assertEquals(
        List.of(
            "REPORT",
            "START_VERIFICATION",
            "RECOMMEND",
            "START_EXAMINATION",
            "DECIDE",
            "MARK_RECORDED",
            "CLOSE"),
        c.history().stream().map(CaseEvent::action).toList());
  }

  @Test
  void noDecreeBeforeTheSuperiorsExamination() {
    NeutralityCase c = recommended(finding(EmployeeType.PNS), "24");
    DomainStateException e =
        assertThrows(DomainStateException.class, () -> decide(c, "800/1/2029", "24", D0));
    assertEquals("EXAMINATION_REQUIRED", e.code());
    assertEquals(CaseState.RECOMMENDED, c.state());
    assertFalse(
        CaseFlow.allowed(c.state(), c.source(), List.of(CaseRole.PPK)).contains(CaseAction.DECIDE));
  }

  @Test
  void anInternalFindingIsExaminedWithoutARecommendationAnExternalOneIsNot() {
    NeutralityCase internal = report(EmployeeType.PNS, facilities, Source.INTERNAL, EVENT, D0);
    assertTrue(
        CaseFlow.allowed(internal.state(), internal.source(), List.of(CaseRole.OFFICER))
            .contains(CaseAction.START_EXAMINATION));
    examined(internal);
    decide(internal, "800/2/2029", "28", D0.plusDays(6));
    assertEquals(CaseState.DECIDED, internal.state());
    assertNull(internal.recommendation());

    NeutralityCase external = finding(EmployeeType.PNS);
    assertFalse(
        CaseFlow.allowed(external.state(), external.source(), List.of(CaseRole.OFFICER))
            .contains(CaseAction.START_EXAMINATION));
    DomainStateException e = assertThrows(DomainStateException.class, () -> examined(external));
    assertEquals("RECOMMENDATION_REQUIRED", e.code());
  }

  @Test
  void aPppkInAHeavyBreachLosesTheContractNotARankOrPosition() {
    NeutralityCase c = report(EmployeeType.PPPK, facilities, Source.BAWASLU_FINDING, EVENT, D0);
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.recommend(
                    CaseRole.OFFICER,
                    "officer",
                    new Recommendation("BKN", "R-9/2029", D0, "28"),
                    facilities,
                    catalogue,
                    D0,
                    deadlines));
    assertTrue(
        e.violations().stream().anyMatch(v -> v.code().equals("SANCTION_NOT_FOR_EMPLOYEE_TYPE")));
    c.recommend(
        CaseRole.OFFICER,
        "officer",
        new Recommendation("BKN", "R-9/2029", D0, StandardCatalogue.PPPK_TERMINATION),
        facilities,
        catalogue,
        D0,
        deadlines);
    examined(c);
    decide(c, "800/3/2029", StandardCatalogue.PPPK_TERMINATION, D0.plusDays(6));
    assertEquals(CaseState.DECIDED, c.state());
    assertTrue(c.sanctionInForce(D0.plusDays(400), catalogue), "a termination is permanent");
  }

  @Test
  void theCandidateDayDecidesWhetherAnActIsAnEthicsOrADisciplineBreach() {
    ViolationType banner = catalogue.violation("SKB-01").orElseThrow();
    NeutralityCase before =
        report(EmployeeType.PNS, banner, Source.PUBLIC_REPORT, CANDIDATE_DAY.minusDays(1), D0);
    NeutralityCase after =
        report(EmployeeType.PNS, banner, Source.PUBLIC_REPORT, CANDIDATE_DAY, D0);
    assertEquals(CandidateStage.BAKAL_CALON, before.stage());
    assertEquals(CandidateStage.CALON, after.stage());
    examined(recommended(before, "21"));
    examined(recommended(after, "23"));
    DomainValidationException e =
        assertThrows(DomainValidationException.class, () -> decide(before, "x/1", "23", D0));
    assertEquals("SANCTION_NOT_FOR_VIOLATION", e.violations().get(0).code());
    assertThrows(DomainValidationException.class, () -> decide(after, "x/2", "21", D0));
    decide(before, "x/1", "21", D0.plusDays(6));
    decide(after, "x/2", "23", D0.plusDays(6));
    assertEquals("21", before.sanction());
    assertEquals("23", after.sanction());
  }

  @Test
  void aLatePublicReportIsRegisteredAndMarkedNotRefused() {
    NeutralityCase onTime =
        report(EmployeeType.PNS, attributes, Source.PUBLIC_REPORT, EVENT, EVENT.plusDays(7));
    assertFalse(onTime.bawasluWindowPassed());
    NeutralityCase late =
        report(EmployeeType.PNS, attributes, Source.PUBLIC_REPORT, EVENT, EVENT.plusDays(20));
    assertTrue(late.bawasluWindowPassed());
    assertEquals(CaseState.REPORTED, late.state());
    NeutralityCase finding =
        report(EmployeeType.PNS, attributes, Source.BAWASLU_FINDING, EVENT, EVENT.plusDays(30));
    assertFalse(finding.bawasluWindowPassed(), "the mark is for public reports");
    DomainValidationException future =
        assertThrows(
            DomainValidationException.class,
            () -> report(EmployeeType.PNS, attributes, Source.INTERNAL, D0.plusDays(1), D0));
    assertTrue(future.violations().stream().anyMatch(v -> v.code().equals("DATE_IN_FUTURE")));
  }

  @Test
  void recommendationsComeFromKasnUntilAugust2024AndFromBknAfterNeverFromBawaslu() {
    LocalDate cutoff = Recommendation.KASN_LAST_DAY;
    assertEquals("RECOMMENDATION_ISSUER", recommendationFault("Bawaslu", LocalDate.of(2029, 1, 2)));
    assertEquals("RECOMMENDATION_ISSUER_DATE", recommendationFault("KASN", cutoff.plusDays(1)));
    assertEquals("RECOMMENDATION_ISSUER_DATE", recommendationFault("BKN", cutoff));
    assertNull(recommendationFault("KASN", cutoff));
    assertNull(recommendationFault("BKN", cutoff.plusDays(1)));
  }

  private String recommendationFault(String issuer, LocalDate date) {
    NeutralityCase c = report(EmployeeType.PNS, attributes, Source.BAWASLU_FINDING, date, date);
    c.startVerification(CaseRole.OFFICER, "officer", date, deadlines);
    try {
      c.recommend(
          CaseRole.OFFICER,
          "officer",
          new Recommendation(issuer, "R/1", date, "24"),
          attributes,
          catalogue,
          date,
          deadlines);
      return null;
    } catch (DomainValidationException e) {
      assertEquals(CaseState.VERIFICATION, c.state());
      return e.violations().get(0).code();
    }
  }

  @Test
  void aPltOrPjNamesTheirMandate() {
    NeutralityCase c = examined();
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.decide(
                    CaseRole.PPK,
                    "ppk",
                    new Decision(
                        new Decree("800/4/2029", D0.plusDays(6)),
                        new Authority(Capacity.PJ, " "),
                        null,
                        "24",
                        D0.plusDays(6)),
                    attributes,
                    catalogue,
                    D0.plusDays(6)));
    assertEquals("MANDATE_REQUIRED", e.violations().get(0).code());
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decision(
            new Decree("800/4/2029", D0.plusDays(6)),
            new Authority(Capacity.PJ, " Persetujuan Mendagri 100.2.2.6/1234/OTDA "),
            null,
            "24",
            D0.plusDays(6)),
        attributes,
        catalogue,
        D0.plusDays(6));
    assertEquals(
        new Authority(Capacity.PJ, "Persetujuan Mendagri 100.2.2.6/1234/OTDA"), c.authority());
    assertTrue(c.history().get(c.history().size() - 1).note().contains("PJ"));
  }

  @Test
  void aSanctionTheViolationDoesNotAllowIsRefusedAndChangesNothing() {
    NeutralityCase c = examined();
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class, () -> decide(c, "800/12/2029", "27", D0.plusDays(9)));
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        e.violations().stream().map(Violation::code).toList());
    assertEquals(CaseState.EXAMINATION, c.state());
    assertNull(c.decree());
  }

  @Test
  void anIgnoredRecommendationMarksTheCaseForBlockingUntilThePpkActs() {
    NeutralityCase c = recommended(finding(EmployeeType.PNS), "24");
    LocalDate due = c.dueOn();
    assertFalse(c.checkFollowUp(due, "netra"), "the last day is still in time");
    assertTrue(c.checkFollowUp(due.plusDays(1), "netra"));
    assertTrue(c.blockRecommended());
    assertFalse(c.checkFollowUp(due.plusDays(2), "netra"), "marked once");
    assertTrue(c.overdue(due.plusDays(1)));
    assertEquals(-1, c.daysLeft(due.plusDays(1)));
    examined(c);
    decide(c, "800/13/BKPSDM/2029", "23", due.plusDays(3));
    assertFalse(c.blockRecommended(), "proof of follow-up lifts it");
  }

  @Test
  void anObjectionComesWithinTheWindowOfWorkingDays() {
    NeutralityCase c = examined();
    // Decree received on Monday 29 January 2029: 14 working days end on Friday 16 February.
    LocalDate monday = LocalDate.of(2029, 1, 29);
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decision(
            new Decree("800/14/2029", monday.minusDays(1)),
            Authority.DEFINITIVE,
            monday,
            "23",
            monday),
        attributes,
        catalogue,
        monday);
    assertEquals(LocalDate.of(2029, 2, 16), c.objectionDeadline(deadlines));
    assertTrue(c.mayObject(LocalDate.of(2029, 2, 16), deadlines), "on the last day");
    LocalDate late = LocalDate.of(2029, 2, 19);
    assertFalse(c.mayObject(late, deadlines), "after the window");
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () -> c.object(CaseRole.OFFICER, "officer", "Keberatan", late, false, deadlines, late));
    assertEquals("OBJECTION_WINDOW_PASSED", e.violations().get(0).code());
    assertThrows(
        DomainValidationException.class,
        () -> c.object(CaseRole.OFFICER, "officer", " ", monday, false, deadlines, late));
    c.object(
        CaseRole.OFFICER,
        "officer",
        "Keberatan pegawai",
        LocalDate.of(2029, 2, 16),
        false,
        deadlines,
        late);
    assertEquals(CaseState.OBJECTION, c.state());
    assertFalse(c.mayObject(LocalDate.of(2029, 2, 16), deadlines), "once is enough");
    assertEquals(ObjectionKind.KEBERATAN, c.objectionKind());
    assertEquals(LocalDate.of(2029, 2, 16), c.objectionFiledOn());
  }

  @Test
  void aDismissalIsAppealedByBanding() {
    NeutralityCase c = report(EmployeeType.PNS, facilities, Source.INTERNAL, EVENT, D0);
    examined(c);
    decide(c, "800/5/2029", "10", D0.plusDays(6));
    c.object(
        CaseRole.OFFICER, "officer", "Banding ke BPASN", null, true, deadlines, D0.plusDays(8));
    assertEquals(ObjectionKind.BANDING, c.objectionKind());
    assertEquals("BPASN", c.objectionBody());
    c.uphold(CaseRole.PPK, "ppk", "Putusan BPASN 12/2029: banding ditolak", D0.plusDays(40));
    assertEquals(CaseState.DECIDED, c.state());
    assertEquals(
        "BPASN: Putusan BPASN 12/2029: banding ditolak",
        c.history().get(c.history().size() - 1).note(),
        "the history says BPASN decided");
  }

  @Test
  void anUpheldObjectionReturnsTheCaseWhereItStoodSoItCanBeClosed() {
    NeutralityCase recorded = examined();
    decide(recorded, "800/15/BKPSDM/2029", "23", D0.plusDays(5));
    recorded.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(5));
    recorded.object(
        CaseRole.OFFICER, "officer", "Keberatan", null, false, deadlines, D0.plusDays(6));
    recorded.uphold(CaseRole.PPK, "ppk", "Keberatan ditolak", D0.plusDays(12));
    assertEquals(CaseState.RECORDED, recorded.state());
    assertEquals("800/15/BKPSDM/2029", recorded.decree().number());
    recorded.close(CaseRole.OFFICER, "officer", D0.plusDays(13));
    assertEquals(CaseState.CLOSED, recorded.state());
    CaseEvent upheld = recorded.history().get(recorded.history().size() - 2);
    assertEquals("UPHOLD", upheld.action());
    assertEquals(CaseState.RECORDED, upheld.to());

    NeutralityCase decided = examined();
    decide(decided, "800/16/BKPSDM/2029", "23", D0.plusDays(5));
    decided.object(
        CaseRole.OFFICER, "officer", "Keberatan", null, false, deadlines, D0.plusDays(6));
    decided.uphold(CaseRole.PPK, "ppk", "Keberatan ditolak", D0.plusDays(12));
    assertEquals(CaseState.DECIDED, decided.state(), "the records do not hold it yet");
  }

  @Test
  void theDecisionOnAnObjectionMayLightenTheSanctionAndTheCaseIsDecidedAgain() {
    NeutralityCase c = examined();
    decide(c, "800/17/BKPSDM/2029", "25", D0.plusDays(5));
    c.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(5));
    c.object(CaseRole.EMPLOYEE, "19850312...", "Keberatan", null, false, deadlines, D0.plusDays(6));
    DomainValidationException same =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.change(
                    CaseRole.PPK,
                    "atasan-ppk",
                    new Decision(
                        new Decree("800/30/2029", D0.plusDays(12)),
                        Authority.DEFINITIVE,
                        null,
                        "25",
                        D0.plusDays(12)),
                    attributes,
                    catalogue,
                    D0.plusDays(12)));
    assertEquals("SANCTION_UNCHANGED", same.violations().get(0).code());
    DomainValidationException early =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.change(
                    CaseRole.PPK,
                    "atasan-ppk",
                    new Decision(
                        new Decree("800/30/2029", D0.plusDays(12)),
                        new Authority(Capacity.PLT, null),
                        null,
                        "23",
                        D0.plusDays(11)),
                    attributes,
                    catalogue,
                    D0.plusDays(12)));
    assertEquals(
        List.of("MANDATE_REQUIRED", "DATE_ORDER"),
        early.violations().stream().map(x -> x.code()).toList(),
        "a changed decision is checked like the first one");
    assertThrows(
        DomainValidationException.class,
        () ->
            c.change(
                CaseRole.PPK,
                "atasan-ppk",
                new Decision(
                    new Decree("800/30/2029", D0.plusDays(12)),
                    Authority.DEFINITIVE,
                    null,
                    "27",
                    D0.plusDays(12)),
                attributes,
                catalogue,
                D0.plusDays(12)),
        "still only what the violation allows");
    c.change(
        CaseRole.PPK,
        "atasan-ppk",
        new Decision(
            new Decree("800/30/2029", D0.plusDays(12)),
            Authority.DEFINITIVE,
            null,
            "23",
            D0.plusDays(12)),
        attributes,
        catalogue,
        D0.plusDays(12));
    assertEquals(CaseState.DECIDED, c.state());
    assertEquals("23", c.sanction());
    assertEquals("800/30/2029", c.decree().number());
    assertEquals("800/17/BKPSDM/2029", c.replaced().number());
    assertEquals("25", c.replacedSanction());
    assertEquals(D0.plusDays(12).plusMonths(6).minusDays(1), c.period().end());
    c.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(13));
    c.close(CaseRole.OFFICER, "officer", D0.plusDays(14));
    assertEquals(CaseState.CLOSED, c.state());
  }

  @Test
  void aCancellationDecreeEndsTheSanction() {
    NeutralityCase c = examined();
    decide(c, "800/14/BKPSDM/2029", "23", D0.plusDays(5));
    c.object(CaseRole.OFFICER, "officer", "Keberatan", null, false, deadlines, D0.plusDays(8));
    assertThrows(
        DomainValidationException.class,
        () ->
            c.cancel(
                CaseRole.PPK,
                "ppk",
                new Decree("800/20/BKPSDM/2029", D0.plusDays(4)),
                D0.plusDays(9)),
        "a cancellation cannot predate the decree");
    c.cancel(CaseRole.PPK, "ppk", new Decree("800/20/BKPSDM/2029", D0.plusDays(9)), D0.plusDays(9));
    assertEquals(CaseState.CANCELLED, c.state());
    assertFalse(c.sanctionInForce(D0.plusDays(10), catalogue));
    assertThrows(
        DomainStateException.class, () -> c.close(CaseRole.OFFICER, "officer", D0.plusDays(10)));
  }

  @Test
  void nonAsnStaffTakeContractMeasuresOnly() {
    NeutralityCase c = report(EmployeeType.NON_ASN, facilities, Source.INTERNAL, EVENT, D0);
    examined(c);
    DomainValidationException e =
        assertThrows(DomainValidationException.class, () -> decide(c, "x/9", "23", D0));
    assertTrue(
        e.violations().stream().anyMatch(v -> v.code().equals("SANCTION_NOT_FOR_VIOLATION")));
    decide(c, "PK/9/2029", StandardCatalogue.CONTRACT_WARNING, D0.plusDays(6));
    assertEquals(StandardCatalogue.CONTRACT_WARNING, c.sanction());
  }

  @Test
  void notProvenIsDismissedWithItsReason() {
    NeutralityCase c = finding(EmployeeType.PNS);
    assertThrows(
        DomainValidationException.class, () -> c.dismiss(CaseRole.OFFICER, "officer", "", D0));
    c.dismiss(CaseRole.OFFICER, "officer", "Foto bukan kegiatan kampanye", D0);
    assertEquals(CaseState.DISMISSED, c.state());
    assertThrows(
        DomainStateException.class,
        () -> c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines));
  }

  /** A text longer than its column is refused with the field named, never a database error. */
  @Test
  void everyStoredTextHasItsLimit() {
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                NeutralityCase.report(
                    "DEMO",
                    "198503122010012004",
                    EmployeeType.PNS,
                    attributes,
                    PILKADA,
                    Source.PUBLIC_REPORT,
                    "W".repeat(300),
                    EVENT,
                    EVENT,
                    D0,
                    List.of("x".repeat(5000)),
                    "d".repeat(100_000),
                    deadlines,
                    CaseRole.OFFICER,
                    "officer"));
    assertEquals(
        List.of("reporter", "description", "evidence"),
        e.violations().stream().map(x -> x.field()).toList());
    assertTrue(e.violations().stream().allMatch(x -> x.code().equals("TOO_LONG")));
    NeutralityCase c = examined();
    decide(c, "800/40/2029", "23", D0.plusDays(6));
    DomainValidationException note =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.object(
                    CaseRole.EMPLOYEE,
                    "pegawai",
                    "k".repeat(3000),
                    null,
                    false,
                    deadlines,
                    D0.plusDays(7)));
    assertEquals("TOO_LONG", note.violations().get(0).code());
    assertEquals(CaseState.DECIDED, c.state(), "nothing changed");
    assertThrows(
        DomainValidationException.class,
        () ->
            c.cancel(
                CaseRole.PPK, "ppk", new Decree("9".repeat(101), D0.plusDays(7)), D0.plusDays(7)));
  }

  @Test
  void onlyTheRightRoleActs() {
    NeutralityCase c = examined();
    CaseFlow.CaseRoleException byOfficer =
        assertThrows(
            CaseFlow.CaseRoleException.class,
            () ->
                c.decide(
                    CaseRole.OFFICER,
                    "officer",
                    new Decision(new Decree("x", D0), Authority.DEFINITIVE, null, "23", D0),
                    attributes,
                    catalogue,
                    D0));
    // Which PPK is meant is said: the agency head, not the sub-district election committee.
    assertEquals(
        "Peran petugas kasus tidak boleh DECIDE; yang boleh: PPK (Pejabat Pembina Kepegawaian).",
        byOfficer.messageId());
    assertTrue(byOfficer.getMessage().contains("agency head"), byOfficer.getMessage());
    assertThrows(
        CaseFlow.CaseRoleException.class, () -> c.dismiss(CaseRole.AUDITOR, "auditor", "no", D0));
    assertThrows(
        CaseFlow.CaseRoleException.class,
        () ->
            NeutralityCase.report(
                "DEMO",
                "198503122010012004",
                EmployeeType.PNS,
                attributes,
                PILKADA,
                Source.INTERNAL,
                "x",
                EVENT,
                EVENT,
                D0,
                List.of(),
                null,
                deadlines,
                CaseRole.PPK,
                "ppk"));
    assertEquals(CaseState.EXAMINATION, c.state());
  }

  @Test
  void twoReportsOfTheSameActAreRecognised() {
    NeutralityCase a = finding(EmployeeType.PNS);
    NeutralityCase b =
        report(EmployeeType.PNS, attributes, Source.PUBLIC_REPORT, EVENT.plusDays(1), D0);
    NeutralityCase other =
        report(
            EmployeeType.PNS,
            catalogue.violation("SKB-06").orElseThrow(),
            Source.PUBLIC_REPORT,
            EVENT,
            D0);
    assertTrue(b.sameActAs(a));
    assertFalse(other.sameActAs(a), "another violation");
    b.linkDuplicate(7L, "officer", D0);
    assertEquals(7L, b.duplicateOf());
  }

  @Test
  void aSourceReferenceIsKeptTrimmedAndBounded() {
    assertNull(NeutralityCase.referenceOf("  "));
    assertEquals("BAWASLU/001", NeutralityCase.referenceOf(" BAWASLU/001 "));
    assertThrows(
        id.netra.domain.shared.DomainValidationException.class,
        () -> NeutralityCase.referenceOf("x".repeat(101)));
  }
}
