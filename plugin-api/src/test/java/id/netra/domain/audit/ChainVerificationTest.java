package id.netra.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

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

  @Test
  void anIntactChainVerifies() {
    ChainVerification v = ChainVerification.verify(chain(5).iterator());
    assertTrue(v.valid());
    assertEquals(5, v.entriesChecked());
  }

  @Test
  void anEditedEntryIsTheFirstBrokenLink() throws Exception {
    List<AuditEntry> c = chain(5);
    Field after = AuditEntry.class.getDeclaredField("after");
    after.setAccessible(true);
    after.set(c.get(2), "{\"a\":2}");
    ChainVerification v = ChainVerification.verify(c.iterator());
    assertFalse(v.valid());
    assertEquals(3L, v.firstBrokenSeq());
  }

  @Test
  void aDeletedEntryIsFound() {
    List<AuditEntry> c = chain(5);
    c.remove(1);
    ChainVerification v = ChainVerification.verify(c.iterator());
    assertFalse(v.valid());
    assertEquals(3L, v.firstBrokenSeq());
  }
}
