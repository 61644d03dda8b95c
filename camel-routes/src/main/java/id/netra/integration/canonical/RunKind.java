package id.netra.integration.canonical;

/** What a connector run did. */
public enum RunKind {
  /** Personnel changed since the last marker (or all of it, if the source has none). */
  PERSONNEL,
  /** All personnel, and employees gone from the source become inactive. */
  RECONCILE,
  /** Pending leave and duty requests answered with the gate's decision. */
  REQUESTS,
  /** Violation reports (a Bawaslu recap) registered as cases. */
  CASES
}
