package id.netra.domain.discipline;

import java.util.Set;

/**
 * The transitions of a neutrality case: from which states, to which state, and who may make each.
 *
 * <p>PP 94/2021's order: the superior examines (BAP) before the PPK decides (Pasal 26-27), so a
 * decree follows an examination only; a case from outside the agency reaches the examination
 * through a recommendation, a case the agency found itself ({@link NeutralityCase.Source#INTERNAL})
 * straight away.
 */
public enum CaseAction {
  /** Registers a case: from no state. */
  REPORT(Set.of(), CaseState.REPORTED, Set.of(CaseRole.OFFICER)),
  START_VERIFICATION(Set.of(CaseState.REPORTED), CaseState.VERIFICATION, Set.of(CaseRole.OFFICER)),
  RECOMMEND(Set.of(CaseState.VERIFICATION), CaseState.RECOMMENDED, Set.of(CaseRole.OFFICER)),
  START_EXAMINATION(
      Set.of(CaseState.RECOMMENDED, CaseState.REPORTED, CaseState.VERIFICATION),
      CaseState.EXAMINATION,
      Set.of(CaseRole.OFFICER)),
  DECIDE(Set.of(CaseState.EXAMINATION), CaseState.DECIDED, Set.of(CaseRole.PPK)),
  MARK_RECORDED(Set.of(CaseState.DECIDED), CaseState.RECORDED, Set.of(CaseRole.SYSTEM)),
  OBJECT(
      Set.of(CaseState.DECIDED, CaseState.RECORDED),
      CaseState.OBJECTION,
      Set.of(CaseRole.OFFICER, CaseRole.EMPLOYEE)),
  /**
   * The objection is rejected: the decree stands, and the case goes back to where it was (DECIDED,
   * or RECORDED when the records held the sanction already).
   */
  UPHOLD(Set.of(CaseState.OBJECTION), CaseState.DECIDED, Set.of(CaseRole.PPK)),
  /**
   * The decision on the objection changes the sanction, lighter or heavier: the new decree replaces
   * the old one in every record, which is cancelled there.
   */
  CHANGE(Set.of(CaseState.OBJECTION), CaseState.DECIDED, Set.of(CaseRole.PPK)),
  CANCEL(
      Set.of(CaseState.DECIDED, CaseState.RECORDED, CaseState.OBJECTION),
      CaseState.CANCELLED,
      Set.of(CaseRole.PPK)),
  DISMISS(
      Set.of(CaseState.REPORTED, CaseState.VERIFICATION, CaseState.EXAMINATION),
      CaseState.DISMISSED,
      Set.of(CaseRole.OFFICER, CaseRole.PPK)),
  CLOSE(Set.of(CaseState.RECORDED), CaseState.CLOSED, Set.of(CaseRole.OFFICER));

  private final Set<CaseState> from;
  private final CaseState to;
  private final Set<CaseRole> who;

  CaseAction(Set<CaseState> from, CaseState to, Set<CaseRole> who) {
    this.from = from;
    this.to = to;
    this.who = who;
  }

  public Set<CaseState> from() {
    return from;
  }

  /**
   * Whether the action starts from {@code state} for a case from {@code source}: an examination
   * starts before any recommendation only for a case the agency found itself.
   */
  public boolean startsFrom(CaseState state, NeutralityCase.Source source) {
    return from.contains(state)
        && (this != START_EXAMINATION
            || state == CaseState.RECOMMENDED
            || source == NeutralityCase.Source.INTERNAL);
  }

  public CaseState to() {
    return to;
  }

  public Set<CaseRole> who() {
    return who;
  }
}
