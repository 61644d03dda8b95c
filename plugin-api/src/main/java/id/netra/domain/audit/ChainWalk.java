package id.netra.domain.audit;

/**
 * A walk along the chain, one entry at a time in seq order, so that a chain of any length is
 * checked in constant memory. It starts at the genesis or after a checkpoint, stops at the first
 * broken link, and at the end compares the last entry with the chain's head (a cut tail is found).
 * When it is given the latest checkpoint it also checks that the entry at the checkpoint still has
 * the hash the checkpoint recorded, and that the chain still reaches it.
 */
public final class ChainWalk {

  private final ChainHead start;
  private final ChainHead target;
  private final ChainHead checkpoint;
  private String expectedPrev;
  private long expectedSeq;
  private long checked;
  private boolean startSeen;
  private Long brokenSeq;
  private String problem;

  private ChainWalk(ChainHead start, ChainHead target, ChainHead checkpoint) {
    this.start = start;
    this.target = target;
    this.checkpoint = checkpoint;
    this.expectedPrev = start.hash();
    this.expectedSeq = start.seq() + 1;
    if (checkpoint != null && checkpoint.seq() > target.seq()) {
      broken(
          target.seq() + 1,
          "the chain ends at "
              + target.seq()
              + " but checkpoint "
              + checkpoint.seq()
              + " was verified: entries were cut from its end");
    }
  }

  /**
   * A walk from {@code start} (the genesis, or a checkpoint whose entry the walk then re-checks) to
   * {@code target} (the head when the walk began), compared on its way with {@code checkpoint} (the
   * latest verified point, or null).
   */
  public static ChainWalk between(ChainHead start, ChainHead target, ChainHead checkpoint) {
    return new ChainWalk(start, target, checkpoint);
  }

  /** The first seq the walk reads: the start's own entry, re-checked, or the first entry. */
  public long firstSeq() {
    return start.seq() == 0 ? 1 : start.seq();
  }

  public long lastSeq() {
    return target.seq();
  }

  /** Takes the next entry; false once the chain is broken (read no further). */
  public boolean accept(AuditEntry e) {
    if (brokenSeq != null) {
      return false;
    }
    if (start.seq() > 0 && e.seq() == start.seq()) {
      // The entry the walk starts from: still the one the checkpoint saw?
      startSeen = true;
      if (!e.hash().equals(start.hash()) || !e.hash().equals(e.computeHash())) {
        broken(e.seq(), "no longer matches the checkpoint it was verified at");
      }
      return brokenSeq == null;
    }
    checked++;
    if (e.seq() != expectedSeq) {
      broken(expectedSeq, "entry " + expectedSeq + " is missing");
    } else if (!e.prevHash().equals(expectedPrev)) {
      broken(e.seq(), "does not link to the previous entry's hash");
    } else if (!e.hash().equals(e.computeHash())) {
      broken(e.seq(), "its content does not match its hash");
    } else if (checkpoint != null
        && e.seq() == checkpoint.seq()
        && !e.hash().equals(checkpoint.hash())) {
      broken(e.seq(), "differs from the checkpoint verified at this entry");
    } else {
      expectedPrev = e.hash();
      expectedSeq++;
    }
    return brokenSeq == null;
  }

  public long checked() {
    return checked;
  }

  /** The verdict, once every entry up to the target was offered (or the walk broke). */
  public ChainVerification result() {
    if (brokenSeq == null && start.seq() > 0 && !startSeen) {
      broken(start.seq(), "the entry of the checkpoint this walk starts from is missing");
    }
    if (brokenSeq == null && expectedSeq - 1 < target.seq()) {
      broken(expectedSeq, "entry " + expectedSeq + " is missing: the chain ends before its head");
    }
    if (brokenSeq == null && !expectedPrev.equals(target.hash())) {
      broken(target.seq(), "the last entry does not match the chain's head");
    }
    return new ChainVerification(
        brokenSeq == null, checked, brokenSeq, problem, start.seq(), target.seq(), target.hash());
  }

  private void broken(long seq, String what) {
    if (brokenSeq == null) {
      brokenSeq = seq;
      problem = what;
    }
  }
}
