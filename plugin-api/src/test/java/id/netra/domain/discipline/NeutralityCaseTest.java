package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.discipline.NeutralityCase.Decree;
import id.netra.domain.discipline.NeutralityCase.Examination;
import id.netra.domain.discipline.NeutralityCase.Recommendation;
import id.netra.domain.discipline.NeutralityCase.Source;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeutralityCaseTest {

  static final LocalDate EVENT = LocalDate.of(2029, 1, 20);
  static final LocalDate D0 = LocalDate.of(2029, 1, 22);
  final Catalogue catalogue = StandardCatalogue.create();
  final CaseDeadlines deadlines = CaseDeadlines.DEFAULT;
  final ViolationType attributes = catalogue.violation("PP94-5N-2").orElseThrow();

  NeutralityCase finding(EmployeeType type) {
    return NeutralityCase.report(
        "DEMO",
        "198503122010012004",
        type,
        attributes,
        Source.BAWASLU_FINDING,
        "Bawaslu Kabupaten Contoh",
        EVENT,
        EVENT,
        D0,
        List.of("BAWASLU/TM/01/2029", "foto-kampanye-1.jpg"),
        "Hadir di kampanye dengan seragam dinas",
        deadlines,
        CaseRole.OFFICER,
        "officer");
  }

  NeutralityCase recommended() {
    NeutralityCase c = finding(EmployeeType.PNS);
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    c.recommend(
        CaseRole.OFFICER,
        "officer",
        new Recommendation("Bawaslu", "001/REK/2029", D0.plusDays(3), "24"),
        attributes,
        catalogue,
        D0.plusDays(3),
        deadlines);
    return c;
  }

  @Test
  void aBawasluFindingGoesToADecreeAndIntoTheRecords() {
    NeutralityCase c = finding(EmployeeType.PNS);
    assertEquals(CaseState.REPORTED, c.state());
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    assertEquals(D0.plusDays(7), c.dueOn());
    c.recommend(
        CaseRole.OFFICER,
        "officer",
        new Recommendation("Bawaslu", "001/REK/2029", D0.plusDays(3), "24"),
        attributes,
        catalogue,
        D0.plusDays(3),
        deadlines);
    assertEquals(D0.plusDays(13), c.dueOn(), "the PPK's 10 days run from the recommendation");
    c.startExamination(
        CaseRole.OFFICER,
        "officer",
        new Examination("19750410 200003 2 002", D0.plusDays(5), "BAP pemeriksaan"),
        D0.plusDays(5));
    assertEquals(D0.plusDays(13), c.dueOn(), "the examination does not stop the clock");
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decree("800/12/BKPSDM/2029", D0.plusDays(9)),
        "24",
        D0.plusDays(10),
        attributes,
        catalogue,
        D0.plusDays(9));
    assertEquals(CaseState.DECIDED, c.state());
    assertEquals(D0.plusDays(10).plusMonths(9).minusDays(1), c.period().end());
    assertNull(c.dueOn());
    assertTrue(c.sanctionInForce(D0.plusDays(30), catalogue));
    c.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(9));
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
  void aSanctionTheViolationDoesNotAllowIsRefusedAndChangesNothing() {
    NeutralityCase c = recommended();
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.decide(
                    CaseRole.PPK,
                    "ppk",
                    new Decree("800/12/BKPSDM/2029", D0.plusDays(9)),
                    "27",
                    D0.plusDays(10),
                    attributes,
                    catalogue,
                    D0.plusDays(9)));
    assertEquals(
        List.of("SANCTION_NOT_FOR_VIOLATION"),
        e.violations().stream().map(Violation::code).toList());
    assertEquals(CaseState.RECOMMENDED, c.state());
    assertNull(c.decree());
  }

  @Test
  void aPppkEmployeeCannotBeDemoted() {
    NeutralityCase c = finding(EmployeeType.PPPK);
    c.startVerification(CaseRole.OFFICER, "officer", D0, deadlines);
    ViolationType heavy = catalogue.violation("PP94-5N-4").orElseThrow();
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                c.recommend(
                    CaseRole.OFFICER,
                    "officer",
                    new Recommendation("BKN", "R-9/2029", D0, "28"),
                    heavy,
                    catalogue,
                    D0,
                    deadlines));
    assertTrue(
        e.violations().stream().anyMatch(v -> v.code().equals("SANCTION_NOT_FOR_EMPLOYEE_TYPE")));
  }

  @Test
  void anIgnoredRecommendationMarksTheCaseForBlockingUntilThePpkActs() {
    NeutralityCase c = recommended();
    LocalDate due = c.dueOn();
    assertFalse(c.checkFollowUp(due, "netra"), "the last day is still in time");
    assertTrue(c.checkFollowUp(due.plusDays(1), "netra"));
    assertTrue(c.blockRecommended());
    assertFalse(c.checkFollowUp(due.plusDays(2), "netra"), "marked once");
    assertTrue(c.overdue(due.plusDays(1)));
    assertEquals(-1, c.daysLeft(due.plusDays(1)));
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decree("800/13/BKPSDM/2029", due.plusDays(3)),
        "23",
        due.plusDays(3),
        attributes,
        catalogue,
        due.plusDays(3));
    assertFalse(c.blockRecommended(), "proof of follow-up lifts it");
  }

  @Test
  void aCancellationDecreeEndsTheSanction() {
    NeutralityCase c = recommended();
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decree("800/14/BKPSDM/2029", D0.plusDays(5)),
        "23",
        D0.plusDays(5),
        attributes,
        catalogue,
        D0.plusDays(5));
    c.object(CaseRole.OFFICER, "officer", "Keberatan pegawai tanggal 1 Februari", D0.plusDays(8));
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
  void anUpheldObjectionLeavesTheDecreeStanding() {
    NeutralityCase c = recommended();
    c.decide(
        CaseRole.PPK,
        "ppk",
        new Decree("800/15/BKPSDM/2029", D0.plusDays(5)),
        "23",
        D0.plusDays(5),
        attributes,
        catalogue,
        D0.plusDays(5));
    c.markRecorded(CaseRole.SYSTEM, "netra", D0.plusDays(5));
    assertThrows(
        DomainValidationException.class,
        () -> c.object(CaseRole.OFFICER, "officer", " ", D0.plusDays(6)));
    c.object(CaseRole.OFFICER, "officer", "Banding administratif", D0.plusDays(6));
    c.uphold(CaseRole.PPK, "ppk", "Keberatan ditolak", D0.plusDays(12));
    assertEquals(CaseState.DECIDED, c.state());
    assertEquals("800/15/BKPSDM/2029", c.decree().number());
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

  @Test
  void onlyTheRightRoleActs() {
    NeutralityCase c = recommended();
    assertThrows(
        CaseFlow.CaseRoleException.class,
        () ->
            c.decide(
                CaseRole.OFFICER,
                "officer",
                new Decree("x", D0),
                "23",
                D0,
                attributes,
                catalogue,
                D0));
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
    assertEquals(CaseState.RECOMMENDED, c.state());
  }

  @Test
  void aPublicReportMustComeWithinTheFilingWindow() {
    NeutralityCase.report(
        "DEMO",
        "198503122010012004",
        EmployeeType.PNS,
        attributes,
        Source.PUBLIC_REPORT,
        "Warga",
        EVENT,
        EVENT,
        EVENT.plusDays(7),
        List.of(),
        null,
        deadlines,
        CaseRole.OFFICER,
        "officer");
    DomainValidationException late =
        assertThrows(
            DomainValidationException.class,
            () ->
                NeutralityCase.report(
                    "DEMO",
                    "198503122010012004",
                    EmployeeType.PNS,
                    attributes,
                    Source.PUBLIC_REPORT,
                    "Warga",
                    EVENT,
                    EVENT,
                    EVENT.plusDays(8),
                    List.of(),
                    null,
                    deadlines,
                    CaseRole.OFFICER,
                    "officer"));
    assertEquals("FILING_WINDOW_PASSED", late.violations().get(0).code());
    // A Bawaslu finding has no such window; a date in the future never passes.
    NeutralityCase.report(
        "DEMO",
        "198503122010012004",
        EmployeeType.PNS,
        attributes,
        Source.BAWASLU_FINDING,
        "Bawaslu",
        EVENT,
        EVENT,
        EVENT.plusDays(30),
        List.of(),
        null,
        deadlines,
        CaseRole.OFFICER,
        "officer");
    DomainValidationException future =
        assertThrows(
            DomainValidationException.class,
            () ->
                NeutralityCase.report(
                    "DEMO",
                    "198503122010012004",
                    EmployeeType.PNS,
                    attributes,
                    Source.INTERNAL,
                    "Inspektorat",
                    D0.plusDays(1),
                    null,
                    D0,
                    List.of(),
                    null,
                    deadlines,
                    CaseRole.OFFICER,
                    "officer"));
    assertTrue(future.violations().stream().anyMatch(v -> v.code().equals("DATE_IN_FUTURE")));
  }

  @Test
  void twoReportsOfTheSameActAreRecognised() {
    NeutralityCase a = finding(EmployeeType.PNS);
    NeutralityCase b =
        NeutralityCase.report(
            "DEMO",
            "198503122010012004",
            EmployeeType.PNS,
            attributes,
            Source.PUBLIC_REPORT,
            "Warga",
            EVENT.plusDays(1),
            EVENT.plusDays(1),
            D0,
            List.of(),
            null,
            deadlines,
            CaseRole.OFFICER,
            "officer");
    NeutralityCase other =
        NeutralityCase.report(
            "DEMO",
            "198503122010012004",
            EmployeeType.PNS,
            catalogue.violation("SKB-06").orElseThrow(),
            Source.PUBLIC_REPORT,
            "Warga",
            EVENT,
            EVENT,
            D0,
            List.of(),
            null,
            deadlines,
            CaseRole.OFFICER,
            "officer");
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
