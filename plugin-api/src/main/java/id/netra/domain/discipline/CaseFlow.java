package id.netra.domain.discipline;

import id.netra.domain.shared.DomainStateException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The case's state machine: what may happen next, and who may make it happen. */
public final class CaseFlow {

  private CaseFlow() {}

  /**
   * The state after {@code action}.
   *
   * @throws CaseRoleException if {@code role} may not take this action
   * @throws DomainStateException ({@code ILLEGAL_TRANSITION}) if the case is not in a state the
   *     action starts from
   */
  public static CaseState next(CaseState state, CaseAction action, CaseRole role) {
    return next(state, null, action, role);
  }

  /**
   * The state after {@code action} on a case from {@code source} (null: from outside the agency).
   *
   * @throws DomainStateException {@code EXAMINATION_REQUIRED} for a decree before the superior's
   *     examination, {@code RECOMMENDATION_REQUIRED} for an examination of an external case before
   *     its recommendation, else {@code ILLEGAL_TRANSITION}
   */
  public static CaseState next(
      CaseState state, NeutralityCase.Source source, CaseAction action, CaseRole role) {
    if (!action.who().contains(role)) {
      throw new CaseRoleException(action, role);
    }
    if (action == CaseAction.DECIDE && state == CaseState.RECOMMENDED) {
      throw new DomainStateException(
          "EXAMINATION_REQUIRED",
          "Atasan harus memeriksa terlapor (BAP) sebelum Pejabat Pembina Kepegawaian (PPK)"
              + " menjatuhkan hukuman (PP 94/2021 Pasal 26-27): lakukan START_EXAMINATION dahulu.",
          "The superior examines the employee (BAP) before the agency head (PPK, Pejabat Pembina"
              + " Kepegawaian) decides (PP 94/2021 Articles 26-27): START_EXAMINATION first.");
    }
    if (action.from().contains(state) && !action.startsFrom(state, source)) {
      throw new DomainStateException(
          "RECOMMENDATION_REQUIRED",
          "Kasus dari luar instansi diperiksa setelah rekomendasi (RECOMMEND); hanya temuan"
              + " internal yang langsung diperiksa.",
          "A case from outside the agency is examined after its recommendation (RECOMMEND); only"
              + " an internal finding goes straight to examination.");
    }
    if (!action.from().contains(state)) {
      throw new DomainStateException(
          "ILLEGAL_TRANSITION",
          "Kasus berstatus "
              + state
              + " tidak dapat "
              + action
              + "; dari status ini yang boleh: "
              + allowed(state, source, java.util.List.of(role))
              + ".",
          "A case in state "
              + state
              + " cannot "
              + action
              + "; from this state: "
              + allowed(state, source, java.util.List.of(role))
              + ".");
    }
    return action.to();
  }

  /** The actions {@code role} may take on a case in {@code state}, for the console. */
  public static List<CaseAction> allowed(CaseState state, CaseRole role) {
    return Arrays.stream(CaseAction.values())
        .filter(a -> a.from().contains(state) && a.who().contains(role))
        .toList();
  }

  /** What someone holding several roles may do in a state: every action one of them may take. */
  public static List<CaseAction> allowed(CaseState state, Collection<CaseRole> roles) {
    return allowed(state, null, roles);
  }

  /** What someone holding {@code roles} may do on a case from {@code source} in {@code state}. */
  public static List<CaseAction> allowed(
      CaseState state, NeutralityCase.Source source, Collection<CaseRole> roles) {
    return Arrays.stream(CaseAction.values())
        .filter(a -> a.startsFrom(state, source) && roles.stream().anyMatch(a.who()::contains))
        .toList();
  }

  /**
   * The role in which someone holding {@code roles} takes an action: the first the action admits,
   * else the first they hold (which {@link #next} then refuses).
   */
  public static CaseRole actingRole(CaseAction action, List<CaseRole> roles) {
    return roles.stream().filter(action.who()::contains).findFirst().orElse(roles.get(0));
  }

  /** A role that may not take an action: answered as forbidden, whatever the case's state. */
  public static final class CaseRoleException extends RuntimeException {
    private final CaseAction action;
    private final CaseRole role;

    CaseRoleException(CaseAction action, CaseRole role) {
      super(
          "The "
              + role.labelEn()
              + " may not "
              + action
              + "; "
              + CaseRole.labels(action.who(), true)
              + " may.");
      this.action = action;
      this.role = role;
    }

    public CaseAction action() {
      return action;
    }

    public CaseRole role() {
      return role;
    }

    public String messageId() {
      return "Peran "
          + role.labelId()
          + " tidak boleh "
          + action
          + "; yang boleh: "
          + CaseRole.labels(action.who(), false)
          + ".";
    }
  }
}
