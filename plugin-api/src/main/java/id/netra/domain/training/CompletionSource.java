package id.netra.domain.training;

/** Where a training completion comes from. */
public enum CompletionSource {
  /** Passed in Netra's own quiz, in the widget. */
  PORTAL,
  /** Imported from an external learning management system. */
  LMS_IMPORT
}
