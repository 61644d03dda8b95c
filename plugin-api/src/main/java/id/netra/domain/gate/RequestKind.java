package id.netra.domain.gate;

/** What the HR system is about to approve. */
public enum RequestKind {
  LEAVE,
  ELECTION_DUTY
}
