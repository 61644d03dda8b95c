package id.netra.integration.canonical;

/** What a sync did (or, in a dry run, would do) with one record. */
public enum SyncOutcome {
  CREATED,
  UPDATED,
  UNCHANGED,
  DEACTIVATED,
  /** A request got a (new) decision. */
  DECIDED,
  /** A request's decision was already given under the same facts. */
  REPLAYED,
  FAILED
}
