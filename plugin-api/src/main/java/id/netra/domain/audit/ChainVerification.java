package id.netra.domain.audit;

import java.util.Iterator;

/**
 * The result of walking the chain from the first entry.
 *
 * @param valid whether every link holds
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the first entry whose hash or link is wrong, or null
 * @param problem what is wrong with it, or null
 */
public record ChainVerification(
    boolean valid, long entriesChecked, Long firstBrokenSeq, String problem) {

  /** Walks entries in seq order; stops at the first broken link. */
  public static ChainVerification verify(Iterator<AuditEntry> entries) {
    String expectedPrev = AuditEntry.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (entries.hasNext()) {
      AuditEntry e = entries.next();
      checked++;
      if (e.seq() != expectedSeq) {
        return new ChainVerification(
            false, checked, e.seq(), "entry " + expectedSeq + " is missing");
      }
      if (!e.prevHash().equals(expectedPrev)) {
        return new ChainVerification(
            false, checked, e.seq(), "does not link to the previous entry's hash");
      }
      if (!e.hash().equals(e.computeHash())) {
        return new ChainVerification(
            false, checked, e.seq(), "its content does not match its hash");
      }
      expectedPrev = e.hash();
      expectedSeq++;
    }
    return new ChainVerification(true, checked, null, null);
  }
}
