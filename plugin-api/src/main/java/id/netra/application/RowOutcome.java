package id.netra.application;

/** What an import did with one row. */
public enum RowOutcome {
  CREATED,
  UPDATED,
  UNCHANGED,
  FAILED
}
