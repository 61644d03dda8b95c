package id.netra.application;

import id.netra.domain.audit.AuditRepository;
import id.netra.domain.audit.AuditVerification;
import id.netra.domain.audit.AuditVerification.Scope;
import id.netra.domain.audit.AuditVerification.Status;
import id.netra.domain.audit.ChainHead;
import id.netra.domain.audit.ChainWalk;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.infrastructure.NetraInstance;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Walks the audit chain in constant memory, one walk at a time across every instance, and records
 * each walk with its progress; a VALID walk is the checkpoint the next one may start from. A walk
 * runs either while the caller waits ({@link #verifyNow}) or in the background ({@link #start}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerifier {

  private static final Logger LOG = Logger.getLogger(AuditVerifier.class.getName());

  /** Progress is written at least this often (and every {@code PROGRESS_EVERY} entries). */
  static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

  static final long PROGRESS_EVERY = 100_000;

  @Inject Clock clock;
  @Inject AuditRepository audit;
  @Inject AuditSealer sealer;
  @Inject NetraInstance instance;
  @Resource SessionContext context;

  /** Walks now and answers when done. */
  public AuditVerification verifyNow(Actor actor, Scope scope) {
    AuditVerifier self = self();
    AuditVerification v = self.begin(actor, scope);
    self.walk(v.id());
    return get(v.id());
  }

  /** Starts a walk in the background and answers at once with it, RUNNING. */
  public AuditVerification start(Actor actor, Scope scope) {
    AuditVerifier self = self();
    AuditVerification v = self.begin(actor, scope);
    self.walkInBackground(v.id());
    return v;
  }

  /** Walks newest first. */
  public List<AuditVerification> list(int limit) {
    return audit.verifications(limit);
  }

  public AuditVerification get(long id) {
    return audit.verification(id).orElseThrow(() -> new NotFound("verification", id));
  }

  /**
   * Records a new walk from the head as it is now (after sealing what is committed); refused while
   * another walk runs anywhere, so that no number of requests can run more than one at a time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditVerification begin(Actor actor, Scope scope) {
    sealer.sealCommitted();
    ChainHead head = audit.lockHead();
    Instant now = Times.now(clock);
    for (AuditVerification running : audit.running()) {
      if (running.statusAt(now) == Status.RUNNING) {
        throw new DomainStateException(
            "VERIFICATION_RUNNING",
            "Pemeriksaan rantai audit #"
                + running.id()
                + " sedang berjalan; tunggu hingga selesai.",
            "Audit chain verification #" + running.id() + " is running; wait until it ends.");
      }
    }
    AuditVerification checkpoint = audit.latestCheckpoint().orElse(null);
    return audit.save(
        new AuditVerification(scope, actor.name(), instance.name(), head, checkpoint, now));
  }

  @Asynchronous
  public void walkInBackground(long id) {
    self().walk(id);
  }

  /** The walk itself: no transaction, a page of entries per statement, progress now and then. */
  public void walk(long id) {
    AuditVerifier self = self();
    AuditVerification v = get(id);
    try {
      AuditVerification checkpoint =
          v.checkpointId() == null ? null : audit.verification(v.checkpointId()).orElse(null);
      ChainWalk walk =
          ChainWalk.between(
              v.start(checkpoint),
              v.target(),
              checkpoint == null ? null : checkpoint.asCheckpoint());
      Progress progress = new Progress(self, id);
      audit.walk(
          walk.firstSeq(),
          walk.lastSeq(),
          e -> {
            boolean go = walk.accept(e);
            progress.maybe(walk.checked());
            return go;
          });
      self.finish(id, walk);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Audit chain verification #" + id + " failed", e);
      self.fail(id, e.getMessage());
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void progress(long id, long checked) {
    get(id).progress(checked, Times.now(clock));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long id, ChainWalk walk) {
    AuditVerification v = get(id);
    v.finish(walk.result(), Times.now(clock));
    if (v.firstBrokenSeq() != null) {
      LOG.severe("The audit chain is broken at entry " + v.firstBrokenSeq() + ": " + v.problem());
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long id, String why) {
    get(id).fail(why, Times.now(clock));
  }

  private AuditVerifier self() {
    return context.getBusinessObject(AuditVerifier.class);
  }

  /** Writes progress every so many entries or seconds, whichever comes first. */
  private final class Progress {
    private final AuditVerifier self;
    private final long id;
    private long lastChecked;
    private Instant lastAt = Times.now(clock);

    Progress(AuditVerifier self, long id) {
      this.self = self;
      this.id = id;
    }

    void maybe(long checked) {
      if (checked - lastChecked >= PROGRESS_EVERY
          || (checked % 1_000 == 0 && lastAt.plus(PROGRESS_INTERVAL).isBefore(Times.now(clock)))) {
        self.progress(id, checked);
        lastChecked = checked;
        lastAt = Times.now(clock);
      }
    }
  }
}
