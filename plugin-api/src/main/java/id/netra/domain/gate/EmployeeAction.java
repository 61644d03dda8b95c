package id.netra.domain.gate;

/** What the employee can do about a reason, in the widget. */
public enum EmployeeAction {
  SIGN_PACT,
  TAKE_TRAINING,
  NONE
}
