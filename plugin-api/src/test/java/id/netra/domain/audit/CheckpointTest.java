package id.netra.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointTest {

  static final Instant AT = Instant.parse("2029-01-02T00:00:00Z");

  /** The trail rewritten from entry {@code from} on, every hash recomputed: a consistent chain. */
  static List<AuditEntry> rewrittenFrom(List<AuditEntry> c, int from) {
    List<AuditEntry> out = new ArrayList<>(c.subList(0, from - 1));
    String prev = from == 1 ? AuditEntry.GENESIS : c.get(from - 2).hash();
    for (AuditEntry e : c.subList(from - 1, c.size())) {
      AuditRecord r = e.record();
      AuditEntry forged =
          new AuditEntry(
              e.seq(),
              prev,
              new AuditRecord(
                  r.actor(),
                  r.agencyCode(),
                  r.action(),
                  r.entityType(),
                  r.entityId(),
                  r.before(),
                  e.seq() == from ? "{\"forged\":true}" : r.after()),
              e.occurredAt());
      out.add(forged);
      prev = forged.hash();
    }
    return out;
  }

  @Test
  void aRewriteThatRecomputedEveryHashStillShowsAgainstAnEarlierCheckpoint() {
    List<AuditEntry> c = ChainWalkTest.chain(10);
    Checkpoint kept = new Checkpoint(8, c.get(7).hash(), AT, "netra-1");
    assertEquals(
        Checkpoint.State.INTACT,
        kept.check(Optional.of(c.get(7)), ChainWalkTest.headOf(c)).state());

    List<AuditEntry> forged = rewrittenFrom(c, 5);
    ChainHead forgedHead = ChainWalkTest.headOf(forged);
    // The forged chain is consistent in itself: a walk alone does not see it...
    assertEquals(true, ChainWalkTest.full(forged, forgedHead, null).valid());
    // ...the checkpoint kept elsewhere does.
    Checkpoint.Verdict v = kept.check(Optional.of(forged.get(7)), forgedHead);
    assertEquals(Checkpoint.State.REWRITTEN, v.state());
    assertEquals(forged.get(7).hash(), v.currentHash());
  }

  @Test
  void aCutTailAMissingEntryAndAnEditedEntryAreNamed() throws Exception {
    List<AuditEntry> c = ChainWalkTest.chain(10);
    Checkpoint kept = new Checkpoint(8, c.get(7).hash(), AT, "netra-1");
    assertEquals(
        Checkpoint.State.CUT,
        kept.check(Optional.empty(), ChainWalkTest.headOf(c.subList(0, 6))).state());
    assertEquals(
        Checkpoint.State.MISSING, kept.check(Optional.empty(), ChainWalkTest.headOf(c)).state());
    ChainWalkTest.set(c.get(7), "after", "{\"a\":2}");
    assertEquals(
        Checkpoint.State.ALTERED,
        kept.check(Optional.of(c.get(7)), ChainWalkTest.headOf(c)).state());
  }
}
