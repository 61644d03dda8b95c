package id.netra.domain.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A point of the chain as a verification found it (its seq and hash), signed so that it can be kept
 * outside Netra (an archive, a letter, a public page). Whoever rewrites the trail with database
 * access can recompute every hash after it, but cannot make the entry at {@code seq} have the hash
 * the checkpoint recorded again: checked against the trail, the rewrite shows.
 *
 * @param verifiedAt when the verification that found it ended
 */
public record Checkpoint(long seq, String hash, Instant verifiedAt, String instance) {

  /** How the trail stands against a checkpoint. */
  public enum State {
    /** The entry is there, with the recorded hash, and its content still gives that hash. */
    INTACT,
    /** The chain ends before the checkpoint's entry: entries were cut from its end. */
    CUT,
    /** The entry is gone from the middle of the chain. */
    MISSING,
    /** The entry has another hash now: the trail was rewritten from it or before it. */
    REWRITTEN,
    /** The entry kept its hash but its content no longer gives it: it was edited. */
    ALTERED
  }

  /** The verdict, with the hash the trail holds at the checkpoint's seq (or null). */
  public record Verdict(State state, String currentHash, String problem) {}

  /**
   * @param entry the entry at {@code seq} as the trail holds it now, if any
   * @param head the chain's head now
   */
  public Verdict check(Optional<AuditEntry> entry, ChainHead head) {
    if (seq > head.seq()) {
      return new Verdict(
          State.CUT,
          null,
          "the chain ends at " + head.seq() + ", before the checkpoint's entry " + seq);
    }
    if (entry.isEmpty()) {
      return new Verdict(State.MISSING, null, "entry " + seq + " is missing");
    }
    AuditEntry e = entry.get();
    if (!e.hash().equals(hash)) {
      return new Verdict(
          State.REWRITTEN, e.hash(), "entry " + seq + " has another hash than the checkpoint");
    }
    if (!e.hash().equals(e.computeHash())) {
      return new Verdict(
          State.ALTERED, e.hash(), "entry " + seq + "'s content does not give its hash");
    }
    return new Verdict(State.INTACT, e.hash(), null);
  }
}
