package id.netra.domain.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainStateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state × action × role × source: legal exactly where the case flow of domain.md (second
 * edition) allows it.
 */
class CaseFlowTest {

  /** The legal transitions, written out independently of {@link CaseAction}'s table. */
  static final Map<CaseState, Map<CaseAction, CaseState>> LEGAL =
      Map.of(
          CaseState.REPORTED,
          Map.of(
              CaseAction.START_VERIFICATION, CaseState.VERIFICATION,
              CaseAction.DISMISS, CaseState.DISMISSED),
          CaseState.VERIFICATION,
          Map.of(
              CaseAction.RECOMMEND, CaseState.RECOMMENDED,
              CaseAction.DISMISS, CaseState.DISMISSED),
          CaseState.RECOMMENDED,
          Map.of(CaseAction.START_EXAMINATION, CaseState.EXAMINATION),
          CaseState.EXAMINATION,
          Map.of(
              CaseAction.DECIDE, CaseState.DECIDED,
              CaseAction.DISMISS, CaseState.DISMISSED),
          CaseState.DECIDED,
          Map.of(
              CaseAction.MARK_RECORDED, CaseState.RECORDED,
              CaseAction.OBJECT, CaseState.OBJECTION,
              CaseAction.CANCEL, CaseState.CANCELLED),
          CaseState.RECORDED,
          Map.of(
              CaseAction.CLOSE, CaseState.CLOSED,
              CaseAction.OBJECT, CaseState.OBJECTION,
              CaseAction.CANCEL, CaseState.CANCELLED),
          CaseState.OBJECTION,
          Map.of(
              CaseAction.UPHOLD, CaseState.DECIDED,
              CaseAction.CHANGE, CaseState.DECIDED,
              CaseAction.CANCEL, CaseState.CANCELLED),
          CaseState.CLOSED,
          Map.of(),
          CaseState.DISMISSED,
          Map.of(),
          CaseState.CANCELLED,
          Map.of());

  static final Map<CaseAction, Set<CaseRole>> WHO =
      Map.ofEntries(
          Map.entry(CaseAction.REPORT, Set.of(CaseRole.OFFICER)),
          Map.entry(CaseAction.START_VERIFICATION, Set.of(CaseRole.OFFICER)),
          Map.entry(CaseAction.RECOMMEND, Set.of(CaseRole.OFFICER)),
          Map.entry(CaseAction.START_EXAMINATION, Set.of(CaseRole.OFFICER)),
          Map.entry(CaseAction.DECIDE, Set.of(CaseRole.PPK)),
          Map.entry(CaseAction.MARK_RECORDED, Set.of(CaseRole.SYSTEM)),
          Map.entry(CaseAction.OBJECT, Set.of(CaseRole.OFFICER, CaseRole.EMPLOYEE)),
          Map.entry(CaseAction.UPHOLD, Set.of(CaseRole.PPK)),
          Map.entry(CaseAction.CHANGE, Set.of(CaseRole.PPK)),
          Map.entry(CaseAction.CANCEL, Set.of(CaseRole.PPK)),
          Map.entry(CaseAction.DISMISS, Set.of(CaseRole.OFFICER, CaseRole.PPK)),
          Map.entry(CaseAction.CLOSE, Set.of(CaseRole.OFFICER)));

  static Stream<Arguments> everyCombination() {
    List<Arguments> out = new ArrayList<>();
    for (CaseState s : CaseState.values()) {
      for (CaseAction a : CaseAction.values()) {
        for (CaseRole r : CaseRole.values()) {
          for (NeutralityCase.Source source : NeutralityCase.Source.values()) {
            out.add(Arguments.of(s, a, r, source));
          }
        }
      }
    }
    return out.stream();
  }

  /** A case the agency found itself goes to the examination without a recommendation. */
  static CaseState legal(CaseState state, CaseAction action, NeutralityCase.Source source) {
    if (source == NeutralityCase.Source.INTERNAL
        && action == CaseAction.START_EXAMINATION
        && (state == CaseState.REPORTED || state == CaseState.VERIFICATION)) {
      return CaseState.EXAMINATION;
    }
    return LEGAL.get(state).get(action);
  }

  @ParameterizedTest(name = "{0} --{1}--> as {2}, {3}")
  @MethodSource("everyCombination")
  void legalExactlyWhereTheFlowAllows(
      CaseState state, CaseAction action, CaseRole role, NeutralityCase.Source source) {
    boolean mayAct = WHO.get(action).contains(role);
    CaseState expected = legal(state, action, source);
    if (!mayAct) {
      assertThrows(
          CaseFlow.CaseRoleException.class, () -> CaseFlow.next(state, source, action, role));
    } else if (expected == null) {
      DomainStateException e =
          assertThrows(
              DomainStateException.class, () -> CaseFlow.next(state, source, action, role));
      String code =
          action == CaseAction.DECIDE && state == CaseState.RECOMMENDED
              ? "EXAMINATION_REQUIRED"
              : action == CaseAction.START_EXAMINATION
                      && (state == CaseState.REPORTED || state == CaseState.VERIFICATION)
                  ? "RECOMMENDATION_REQUIRED"
                  : "ILLEGAL_TRANSITION";
      assertEquals(code, e.code());
    } else {
      assertEquals(expected, CaseFlow.next(state, source, action, role));
      assertTrue(CaseFlow.allowed(state, source, List.of(role)).contains(action));
    }
  }

  @Test
  void theAuditorChangesNothing() {
    for (CaseState s : CaseState.values()) {
      assertTrue(CaseFlow.allowed(s, CaseRole.AUDITOR).isEmpty(), s.toString());
    }
  }

  @Test
  void terminalStatesAllowNothing() {
    for (CaseState s : CaseState.values()) {
      if (s.terminal()) {
        for (CaseRole r : CaseRole.values()) {
          assertTrue(CaseFlow.allowed(s, r).isEmpty(), s + " " + r);
        }
      }
    }
  }

  @Test
  void theConsoleIsToldWhatARoleMayDoNext() {
    assertEquals(
        List.of(CaseAction.DECIDE, CaseAction.DISMISS),
        CaseFlow.allowed(CaseState.EXAMINATION, CaseRole.PPK));
    assertEquals(
        List.of(CaseAction.START_EXAMINATION),
        CaseFlow.allowed(CaseState.RECOMMENDED, CaseRole.OFFICER));
  }

  @Test
  void anIllegalTransitionSaysWhatIsPossible() {
    DomainStateException e =
        assertThrows(
            DomainStateException.class,
            () -> CaseFlow.next(CaseState.REPORTED, CaseAction.DECIDE, CaseRole.PPK));
    assertTrue(e.messageEn().contains("REPORTED"), e.messageEn());
    assertTrue(e.messageEn().contains("DISMISS"), e.messageEn());
  }

  @Test
  void someoneWithSeveralRolesMayTakeWhatAnyOfThemMay() {
    List<CaseRole> both = List.of(CaseRole.PPK, CaseRole.OFFICER, CaseRole.AUDITOR);
    List<CaseAction> examined = CaseFlow.allowed(CaseState.EXAMINATION, both);
    assertEquals(List.of(CaseAction.DECIDE, CaseAction.DISMISS), examined);
    assertTrue(CaseFlow.allowed(CaseState.RECOMMENDED, List.of(CaseRole.AUDITOR)).isEmpty());
    assertEquals(CaseRole.PPK, CaseFlow.actingRole(CaseAction.DECIDE, both));
    assertEquals(CaseRole.OFFICER, CaseFlow.actingRole(CaseAction.RECOMMEND, both));
    assertEquals(
        CaseRole.AUDITOR,
        CaseFlow.actingRole(CaseAction.DECIDE, List.of(CaseRole.AUDITOR)),
        "a role the action does not admit, for the flow to refuse");
  }
}
