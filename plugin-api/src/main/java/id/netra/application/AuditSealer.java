package id.netra.application;

import id.netra.domain.audit.AuditRepository;
import id.netra.infrastructure.metrics.NetraMetrics;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Chains committed audit records, a batch per short transaction of its own, so that no business
 * transaction ever waits for the chain's head. Called every few hundred milliseconds by the sealing
 * job on every instance (they take turns through the head's row lock), and before the trail is read
 * or verified, so that a reader sees every change committed before its request.
 */
@Stateless
public class AuditSealer {

  /** Records chained per transaction. */
  public static final int BATCH = 1_000;

  /** Batches sealed at most per call, so a reader never waits long behind a flood of writes. */
  static final int MAX_BATCHES = 50;

  @Inject AuditRepository audit;
  @Inject NetraMetrics metrics;
  @Resource SessionContext context;

  /** Seals what is committed now (up to {@code MAX_BATCHES} batches); how many were sealed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long sealCommitted() {
    AuditSealer self = context.getBusinessObject(AuditSealer.class);
    long total = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      int n = self.sealBatch();
      total += n;
      if (n < BATCH) {
        break;
      }
    }
    metrics.auditSealed(total);
    return total;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch() {
    return audit.seal(BATCH);
  }
}
