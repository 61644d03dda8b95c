package id.netra.domain.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gate knows of the employee's neutrality cases, and what the agency chose to do about
 * them: block election duty while a case is open, or while a sanction is in force on the duty's
 * start date. Both options are off unless the agency turns them on.
 *
 * @param caseOpen a case against the employee is not yet closed, dismissed or cancelled
 * @param sanctionInForce a decreed sanction is in force on the request's start date
 * @param blockWhileOpen the agency blocks election duty while a case is open
 * @param blockWhileSanctioned the agency blocks election duty while a sanction is in force
 */
public record DisciplineFacts(
    boolean caseOpen,
    boolean sanctionInForce,
    boolean blockWhileOpen,
    boolean blockWhileSanctioned) {

  /** No case, no option: the gate decides as if cases did not exist. */
  public static final DisciplineFacts NONE = new DisciplineFacts(false, false, false, false);

  /** The reasons these facts give against election duty, under the agency's options. */
  public List<ReasonCode> againstDuty() {
    var codes = new ArrayList<ReasonCode>();
    if (blockWhileOpen && caseOpen) {
      codes.add(ReasonCode.CASE_OPEN);
    }
    if (blockWhileSanctioned && sanctionInForce) {
      codes.add(ReasonCode.SANCTION_IN_FORCE);
    }
    return codes;
  }
}
