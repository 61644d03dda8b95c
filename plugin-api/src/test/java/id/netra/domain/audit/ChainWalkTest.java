package id.netra.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  static List<AuditEntry> chain(int n) {
    List<AuditEntry> out = new ArrayList<>();
    String prev = AuditEntry.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry e =
          new AuditEntry(
              i,
              prev,
              new AuditRecord("admin", "DEMO", "UPDATE", "employee", "x" + i, "{}", "{\"a\":1}"),
              Instant.parse("2029-01-01T00:00:00Z").plusSeconds(i));
      out.add(e);
      prev = e.hash();
    }
    return out;
  }

  static ChainHead headOf(List<AuditEntry> c) {
    AuditEntry last = c.get(c.size() - 1);
    return new ChainHead(last.seq(), last.hash());
  }

  /** Offers the entries the walk would read, in order, as the repository does. */
  static ChainVerification walk(List<AuditEntry> c, ChainWalk w) {
    for (AuditEntry e : c) {
      if (e.seq() >= w.firstSeq() && e.seq() <= w.lastSeq() && !w.accept(e)) {
        break;
      }
    }
    return w.result();
  }

  static ChainVerification full(List<AuditEntry> c, ChainHead head, ChainHead checkpoint) {
    return walk(c, ChainWalk.between(ChainHead.EMPTY, head, checkpoint));
  }

  static void set(AuditEntry e, String field, Object value) throws Exception {
    Field f = AuditContent.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(e, value);
  }

  @Test
  void anIntactChainVerifiesUpToItsHead() {
    List<AuditEntry> c = chain(5);
    ChainVerification v = full(c, headOf(c), null);
    assertTrue(v.valid(), v.toString());
    assertEquals(5, v.entriesChecked());
    assertEquals(5, v.toSeq());
  }

  @Test
  void anEmptyChainVerifies() {
    ChainVerification v = full(List.of(), ChainHead.EMPTY, null);
    assertTrue(v.valid());
    assertEquals(0, v.entriesChecked());
  }

  @Test
  void anEditedEntryIsTheFirstBrokenLink() throws Exception {
    List<AuditEntry> c = chain(5);
    ChainHead head = headOf(c);
    set(c.get(2), "after", "{\"a\":2}");
    ChainVerification v = full(c, head, null);
    assertFalse(v.valid());
    assertEquals(3L, v.firstBrokenSeq());
    assertEquals(3, v.entriesChecked(), "the walk stops at the first broken link");
  }

  @Test
  void aDeletedEntryIsFound() {
    List<AuditEntry> c = chain(5);
    ChainHead head = headOf(c);
    c.remove(1);
    ChainVerification v = full(c, head, null);
    assertFalse(v.valid());
    assertEquals(2L, v.firstBrokenSeq());
    assertTrue(v.problem().contains("missing"), v.problem());
  }

  @Test
  void aCutTailIsFoundAgainstTheHead() {
    List<AuditEntry> c = chain(5);
    ChainHead head = headOf(c);
    c.remove(4);
    c.remove(3);
    ChainVerification v = full(c, head, null);
    assertFalse(v.valid());
    assertEquals(4L, v.firstBrokenSeq());
  }

  @Test
  void aHeadThatDoesNotMatchTheLastEntryIsFound() {
    List<AuditEntry> c = chain(5);
    ChainVerification v = full(c, new ChainHead(5, "f".repeat(64)), null);
    assertFalse(v.valid());
    assertEquals(5L, v.firstBrokenSeq());
    assertTrue(v.problem().contains("head"), v.problem());
  }

  @Test
  void aChainCutBelowTheCheckpointIsFoundEvenWithTheHeadRewritten() {
    List<AuditEntry> c = chain(5);
    ChainHead checkpoint = new ChainHead(5, c.get(4).hash());
    List<AuditEntry> cut = new ArrayList<>(c.subList(0, 3));
    ChainVerification v = full(cut, headOf(cut), checkpoint);
    assertFalse(v.valid());
    assertTrue(v.problem().contains("checkpoint"), v.problem());
  }

  @Test
  void aChainRewrittenFromScratchDiffersFromTheCheckpoint() throws Exception {
    List<AuditEntry> c = chain(5);
    ChainHead checkpoint = new ChainHead(3, c.get(2).hash());
    // Someone with database access edits entry 2 and re-hashes every entry after it.
    List<AuditEntry> rewritten = new ArrayList<>();
    String prev = AuditEntry.GENESIS;
    for (AuditEntry e : c) {
      AuditRecord r =
          new AuditRecord(
              e.actor(),
              e.agencyCode(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.before(),
              e.seq() == 2 ? "{\"a\":9}" : e.after());
      AuditEntry n = new AuditEntry(e.seq(), prev, r, e.occurredAt());
      rewritten.add(n);
      prev = n.hash();
    }
    ChainVerification v = full(rewritten, headOf(rewritten), checkpoint);
    assertFalse(v.valid());
    assertEquals(3L, v.firstBrokenSeq());
  }

  @Test
  void aWalkSinceTheCheckpointChecksOnlyWhatFollowsAndTheCheckpointsEntry() throws Exception {
    List<AuditEntry> c = chain(8);
    ChainHead checkpoint = new ChainHead(5, c.get(4).hash());
    ChainVerification v = walk(c, ChainWalk.between(checkpoint, headOf(c), checkpoint));
    assertTrue(v.valid(), v.toString());
    assertEquals(3, v.entriesChecked());
    assertEquals(5, v.afterSeq());

    // An edit before the checkpoint is not the incremental walk's business...
    set(c.get(1), "after", "{\"a\":2}");
    assertTrue(walk(c, ChainWalk.between(checkpoint, headOf(c), checkpoint)).valid());
    // ...but an edit of the checkpoint's own entry is.
    set(c.get(4), "after", "{\"a\":2}");
    ChainVerification edited = walk(c, ChainWalk.between(checkpoint, headOf(c), checkpoint));
    assertFalse(edited.valid());
    assertEquals(5L, edited.firstBrokenSeq());
  }

  @Test
  void aWalkSinceTheCheckpointFindsTheCheckpointsEntryDeleted() {
    List<AuditEntry> c = chain(6);
    ChainHead checkpoint = new ChainHead(4, c.get(3).hash());
    ChainHead head = headOf(c);
    c.remove(3);
    ChainVerification v = walk(c, ChainWalk.between(checkpoint, head, checkpoint));
    assertFalse(v.valid());
    assertEquals(4L, v.firstBrokenSeq());
  }

  @Test
  void aWalkSinceTheCheckpointWithNothingNewIsValid() {
    List<AuditEntry> c = chain(4);
    ChainHead checkpoint = headOf(c);
    ChainVerification v = walk(c, ChainWalk.between(checkpoint, checkpoint, checkpoint));
    assertTrue(v.valid(), v.toString());
    assertEquals(0, v.entriesChecked());
  }
}
