package id.netra.domain.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netra.domain.employee.EmployeeStatus;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.training.TrainingStanding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {

  static final String NIP = "196608011988031001";
  static final LocalDate START = LocalDate.of(2029, 2, 1);
  static final TrainingStanding PASSED =
      new TrainingStanding(TrainingStanding.State.PASSED, LocalDate.of(2029, 12, 31));
  static final TrainingStanding EXPIRED =
      new TrainingStanding(TrainingStanding.State.EXPIRED, LocalDate.of(2028, 12, 31));

  static GateRequest duty(DutyBody body) {
    return new GateRequest(RequestKind.ELECTION_DUTY, null, body, NIP, START, START.plusDays(30));
  }

  static GateRequest leave(LeaveType type) {
    return new GateRequest(RequestKind.LEAVE, type, null, NIP, START, START.plusDays(10));
  }

  static PolicyRules rules(PolicyMode mode) {
    return new PolicyRules(
        mode,
        true,
        true,
        "NETRALITAS",
        EnumSet.of(LeaveType.CLTN),
        EnumSet.of(LeaveType.TAHUNAN),
        EnumSet.of(DutyBody.KPPS, DutyBody.PPS));
  }

  static GateFacts facts(
      EmployeeType type,
      EmployeeStatus status,
      PolicyMode mode,
      boolean pact,
      TrainingStanding training) {
    return new GateFacts(type, status, 7L, 3L, 2, rules(mode), pact, training);
  }

  static GateFacts pns(PolicyMode mode, boolean pact, TrainingStanding training) {
    return facts(EmployeeType.PNS, EmployeeStatus.ACTIVE, mode, pact, training);
  }

  static List<ReasonCode> codes(GateEvaluation e) {
    return e.reasons().stream().map(GateReason::code).toList();
  }

  @Nested
  class Enforce {

    @Test
    void dutyWithNothingDoneIsBlockedForPactAndTraining() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              duty(DutyBody.KPPS), pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.PACT_NOT_SIGNED, ReasonCode.TRAINING_NOT_PASSED), codes(e));
      e.reasons().forEach(r -> assertEquals(Severity.BLOCKING, r.severity()));
    }

    @Test
    void dutyWithPactOnlyIsBlockedForTrainingOnly() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              duty(DutyBody.KPPS), pns(PolicyMode.ENFORCE, true, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.TRAINING_NOT_PASSED), codes(e));
    }

    @Test
    void expiredTrainingIsItsOwnReason() {
      GateEvaluation e =
          GateEvaluator.evaluate(duty(DutyBody.PPS), pns(PolicyMode.ENFORCE, true, EXPIRED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.TRAINING_EXPIRED), codes(e));
    }

    @Test
    void dutyWithPactAndValidTrainingIsAllowed() {
      GateEvaluation e =
          GateEvaluator.evaluate(duty(DutyBody.KPPS), pns(PolicyMode.ENFORCE, true, PASSED));
      assertEquals(Outcome.ALLOW, e.outcome());
      assertEquals(List.of(), codes(e));
    }

    @Test
    void dutyInABodyThePolicyDoesNotGateIsAllowed() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              duty(DutyBody.PANWASCAM),
              pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.ALLOW, e.outcome());
      assertEquals(List.of(ReasonCode.NOT_GATED), codes(e));
    }

    @Test
    void leaveTypeOnTheWarnListOnlyWarnsEvenUnderEnforce() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.TAHUNAN),
              pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.ALLOW_WITH_WARNING, e.outcome());
      e.reasons().forEach(r -> assertEquals(Severity.WARNING, r.severity()));
    }

    @Test
    void sickLeaveIsNotGated() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.SAKIT), pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.ALLOW, e.outcome());
    }

    @Test
    void requirementsThePolicyDropsAreNotChecked() {
      PolicyRules pactOnly =
          new PolicyRules(
              PolicyMode.ENFORCE,
              true,
              false,
              "NETRALITAS",
              EnumSet.of(LeaveType.CLTN),
              EnumSet.noneOf(LeaveType.class),
              EnumSet.allOf(DutyBody.class));
      GateFacts f =
          new GateFacts(
              EmployeeType.PNS,
              EmployeeStatus.ACTIVE,
              7L,
              3L,
              1,
              pactOnly,
              true,
              TrainingStanding.NOT_PASSED);
      assertEquals(Outcome.ALLOW, GateEvaluator.evaluate(duty(DutyBody.PTPS), f).outcome());
    }
  }

  @Nested
  class RecordOnly {

    @Test
    void unmetRequirementsWarnInsteadOfBlocking() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              duty(DutyBody.KPPS), pns(PolicyMode.RECORD_ONLY, false, TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.ALLOW_WITH_WARNING, e.outcome());
      assertEquals(List.of(ReasonCode.PACT_NOT_SIGNED, ReasonCode.TRAINING_NOT_PASSED), codes(e));
      e.reasons().forEach(r -> assertEquals(Severity.WARNING, r.severity()));
    }

    @Test
    void metRequirementsAllowPlainly() {
      assertEquals(
          Outcome.ALLOW,
          GateEvaluator.evaluate(duty(DutyBody.KPPS), pns(PolicyMode.RECORD_ONLY, true, PASSED))
              .outcome());
    }

    @Test
    void theLawStillBlocksPppkCltn() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.CLTN),
              facts(
                  EmployeeType.PPPK, EmployeeStatus.ACTIVE, PolicyMode.RECORD_ONLY, true, PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.PPPK_NO_CLTN), codes(e));
    }

    @Test
    void theLawStillBlocksADeclaredCandidate() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              duty(DutyBody.KPPS),
              facts(
                  EmployeeType.PNS,
                  EmployeeStatus.DECLARED_CANDIDATE,
                  PolicyMode.RECORD_ONLY,
                  true,
                  PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.DECLARED_CANDIDATE), codes(e));
    }
  }

  @Nested
  class TheLaw {

    @Test
    void pppkCltnIsBlockedWithItsReasonBesidesUnmetRequirements() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.CLTN),
              facts(
                  EmployeeType.PPPK,
                  EmployeeStatus.ACTIVE,
                  PolicyMode.ENFORCE,
                  false,
                  TrainingStanding.NOT_PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(ReasonCode.PPPK_NO_CLTN, codes(e).get(0));
      assertEquals(3, codes(e).size());
    }

    @Test
    void pnsCltnWithEverythingDoneIsAllowed() {
      assertEquals(
          Outcome.ALLOW,
          GateEvaluator.evaluate(leave(LeaveType.CLTN), pns(PolicyMode.ENFORCE, true, PASSED))
              .outcome());
    }

    @Test
    void pppkMayTakeAnnualLeave() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.SAKIT),
              facts(EmployeeType.PPPK, EmployeeStatus.ACTIVE, PolicyMode.ENFORCE, true, PASSED));
      assertEquals(Outcome.ALLOW, e.outcome());
    }

    @Test
    void declaredCandidateMayStillTakeSickLeave() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.SAKIT),
              facts(
                  EmployeeType.PNS,
                  EmployeeStatus.DECLARED_CANDIDATE,
                  PolicyMode.ENFORCE,
                  true,
                  PASSED));
      assertEquals(Outcome.ALLOW, e.outcome());
    }

    @Test
    void declaredCandidateGetsNoCltnEvenOutsideAnElection() {
      GateFacts none =
          new GateFacts(
              EmployeeType.PNS,
              EmployeeStatus.DECLARED_CANDIDATE,
              null,
              null,
              0,
              GatePolicy.defaultRules(),
              false,
              TrainingStanding.NOT_PASSED);
      GateEvaluation e = GateEvaluator.evaluate(leave(LeaveType.CLTN), none);
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(ReasonCode.DECLARED_CANDIDATE, codes(e).get(0));
    }

    @Test
    void inactiveEmployeeIsBlocked() {
      GateEvaluation e =
          GateEvaluator.evaluate(
              leave(LeaveType.SAKIT),
              facts(
                  EmployeeType.PNS, EmployeeStatus.INACTIVE, PolicyMode.RECORD_ONLY, true, PASSED));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(ReasonCode.EMPLOYEE_INACTIVE, codes(e).get(0));
    }
  }

  @Nested
  class NoElection {

    GateFacts none(boolean pact) {
      return new GateFacts(
          EmployeeType.PNS,
          EmployeeStatus.ACTIVE,
          null,
          null,
          0,
          GatePolicy.defaultRules(),
          pact,
          TrainingStanding.NOT_PASSED);
    }

    @Test
    void leaveIsAllowedWithTheInformation() {
      GateEvaluation e = GateEvaluator.evaluate(leave(LeaveType.CLTN), none(false));
      assertEquals(Outcome.ALLOW, e.outcome());
      assertEquals(List.of(ReasonCode.NO_ELECTION_IN_SCOPE), codes(e));
    }

    @Test
    void dutyIsAllowedWithAWarning() {
      GateEvaluation e = GateEvaluator.evaluate(duty(DutyBody.KPPS), none(false));
      assertEquals(Outcome.ALLOW_WITH_WARNING, e.outcome());
      assertEquals(List.of(ReasonCode.NO_ELECTION_IN_SCOPE), codes(e));
    }
  }

  @Test
  void fingerprintChangesWhenTheFactsChangeAndOnlyThen() {
    GateRequest r = duty(DutyBody.KPPS);
    String blocked =
        GateEvaluator.evaluate(r, pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED))
            .fingerprint(r);
    String again =
        GateEvaluator.evaluate(r, pns(PolicyMode.ENFORCE, false, TrainingStanding.NOT_PASSED))
            .fingerprint(r);
    String signed =
        GateEvaluator.evaluate(r, pns(PolicyMode.ENFORCE, true, TrainingStanding.NOT_PASSED))
            .fingerprint(r);
    assertEquals(blocked, again);
    assertNotEquals(blocked, signed);
  }

  @Test
  void requestsMustBeWellFormed() {
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () ->
                new GateRequest(
                    RequestKind.LEAVE, null, DutyBody.KPPS, NIP, START, START.minusDays(1)));
    assertEquals(
        List.of("leaveType", "dutyBody", "endDate"),
        e.violations().stream().map(v -> v.field()).toList());
  }

  @Test
  void leaveTypesParseByNameOrFormNumber() {
    assertEquals(LeaveType.CLTN, LeaveType.parse("6").orElseThrow());
    assertEquals(LeaveType.ALASAN_PENTING, LeaveType.parse("alasan penting").orElseThrow());
    assertEquals(true, LeaveType.parse("HONEYMOON").isEmpty());
    assertEquals(DutyBody.KPPS, DutyBody.parse("kpps").orElseThrow());
  }

  @Test
  void policyRulesSurviveStorageAndVersionsCount() {
    GatePolicy p = new GatePolicy("DEMO", 7L, rules(PolicyMode.RECORD_ONLY));
    assertEquals(1, p.policyVersion());
    assertEquals(rules(PolicyMode.RECORD_ONLY), p.rules());
    p.apply(rules(PolicyMode.ENFORCE));
    assertEquals(2, p.policyVersion());
    assertEquals(PolicyMode.ENFORCE, p.rules().mode());
  }

  @Test
  void unmetRequirementsAreNamedPactFirst() {
    PolicyRules r = rules(PolicyMode.ENFORCE);
    assertEquals(
        List.of(ReasonCode.PACT_NOT_SIGNED, ReasonCode.TRAINING_NOT_PASSED),
        r.unmet(false, TrainingStanding.NOT_PASSED));
    assertEquals(List.of(ReasonCode.TRAINING_EXPIRED), r.unmet(true, EXPIRED));
    assertEquals(List.of(), r.unmet(true, PASSED));
  }

  @Test
  void trainingMustBeValidOnTheStartDateOrTodayIfLater() {
    GateRequest r = duty(DutyBody.KPPS);
    assertEquals(START, r.trainingCheckDay(START.minusDays(20)));
    assertEquals(START.plusDays(5), r.trainingCheckDay(START.plusDays(5)));
  }

  @Nested
  class Cases {

    GateFacts with(DisciplineFacts d, PolicyMode mode) {
      return new GateFacts(
          EmployeeType.PNS, EmployeeStatus.ACTIVE, 7L, 3L, 2, rules(mode), true, PASSED, d);
    }

    @Test
    void anOpenCaseBlocksDutyOnlyWhereTheAgencyChoseSo() {
      var open = new DisciplineFacts(true, false, true, false);
      GateEvaluation e =
          GateEvaluator.evaluate(duty(DutyBody.KPPS), with(open, PolicyMode.RECORD_ONLY));
      assertEquals(Outcome.BLOCK, e.outcome());
      assertEquals(List.of(ReasonCode.CASE_OPEN), codes(e));

      var notChosen = new DisciplineFacts(true, true, false, false);
      assertEquals(
          Outcome.ALLOW,
          GateEvaluator.evaluate(duty(DutyBody.KPPS), with(notChosen, PolicyMode.ENFORCE))
              .outcome());
    }

    @Test
    void aSanctionInForceBlocksDutyButNeverLeave() {
      var sanctioned = new DisciplineFacts(false, true, true, true);
      GateEvaluation e =
          GateEvaluator.evaluate(duty(DutyBody.PTPS), with(sanctioned, PolicyMode.ENFORCE));
      assertEquals(Outcome.BLOCK, e.outcome());
      // PTPS is not a gated body here: the agency's case option blocks every election duty.
      assertEquals(List.of(ReasonCode.SANCTION_IN_FORCE, ReasonCode.NOT_GATED), codes(e));
      assertEquals(
          Outcome.ALLOW,
          GateEvaluator.evaluate(leave(LeaveType.CLTN), with(sanctioned, PolicyMode.ENFORCE))
              .outcome());
    }

    @Test
    void aClosedCaseWithoutSanctionBlocksNothingAndBothReasonsCanStand() {
      assertEquals(
          Outcome.ALLOW,
          GateEvaluator.evaluate(
                  duty(DutyBody.KPPS),
                  with(new DisciplineFacts(false, false, true, true), PolicyMode.ENFORCE))
              .outcome());
      GateEvaluation both =
          GateEvaluator.evaluate(
              duty(DutyBody.KPPS),
              with(new DisciplineFacts(true, true, true, true), PolicyMode.ENFORCE));
      assertEquals(List.of(ReasonCode.CASE_OPEN, ReasonCode.SANCTION_IN_FORCE), codes(both));
      assertNotEquals(
          both.fingerprint(duty(DutyBody.KPPS)),
          GateEvaluator.evaluate(
                  duty(DutyBody.KPPS),
                  with(new DisciplineFacts(false, false, true, true), PolicyMode.ENFORCE))
              .fingerprint(duty(DutyBody.KPPS)));
    }
  }
}
