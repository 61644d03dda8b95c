package id.netra.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.netra.domain.audit.AuditVerification.Scope;
import id.netra.domain.audit.AuditVerification.Status;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditVerificationTest {

  static final Instant T0 = Instant.parse("2029-01-01T00:00:00Z");

  static AuditVerification checkpointAt(long seq) throws Exception {
    AuditVerification cp =
        new AuditVerification(Scope.FULL, "a", "i", new ChainHead(seq, "h" + seq), null, T0);
    cp.finish(new ChainVerification(true, seq, null, null, 0, seq, "h" + seq), T0);
    Field id = AuditVerification.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(cp, 7L);
    return cp;
  }

  @Test
  void aFullWalkStartsAtTheGenesisAndIsComparedWithTheCheckpoint() throws Exception {
    AuditVerification v =
        new AuditVerification(Scope.FULL, "a", "i", new ChainHead(90, "h90"), checkpointAt(40), T0);
    assertEquals(0, v.afterSeq());
    assertEquals(ChainHead.EMPTY, v.start(checkpointAt(40)));
    assertEquals(90, v.total());
    assertEquals(7L, v.checkpointId());
  }

  @Test
  void aWalkSinceTheCheckpointStartsThere() throws Exception {
    AuditVerification cp = checkpointAt(40);
    AuditVerification v =
        new AuditVerification(Scope.SINCE_CHECKPOINT, "a", "i", new ChainHead(90, "h90"), cp, T0);
    assertEquals(40, v.afterSeq());
    assertEquals(new ChainHead(40, "h40"), v.start(cp));
    assertEquals(50, v.total());
  }

  @Test
  void aWalkSinceTheCheckpointWithoutOneIsAFullWalk() {
    AuditVerification v =
        new AuditVerification(Scope.SINCE_CHECKPOINT, "a", "i", new ChainHead(9, "h9"), null, T0);
    assertEquals(0, v.afterSeq());
    assertNull(v.checkpointId());
  }

  @Test
  void onlyAValidWalkIsACheckpoint() {
    AuditVerification v =
        new AuditVerification(Scope.FULL, "a", "i", new ChainHead(9, "h9"), null, T0);
    assertNull(v.asCheckpoint());
    v.finish(new ChainVerification(false, 3, 3L, "x", 0, 9, "h9"), T0);
    assertEquals(Status.BROKEN, v.statusAt(T0));
    assertNull(v.asCheckpoint());
  }

  @Test
  void aRunningWalkWithoutProgressIsAbandoned() {
    AuditVerification v =
        new AuditVerification(Scope.FULL, "a", "i", new ChainHead(9, "h9"), null, T0);
    assertEquals(Status.RUNNING, v.statusAt(T0.plusSeconds(60)));
    v.progress(5, T0.plusSeconds(60));
    assertEquals(Status.RUNNING, v.statusAt(T0.plusSeconds(170)));
    assertEquals(Status.ABANDONED, v.statusAt(T0.plusSeconds(181)));
  }
}
