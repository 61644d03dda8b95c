package id.netra.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One walk of the audit chain, as it goes and once it is done. A VALID walk is a checkpoint: the
 * entries up to its {@code toSeq} held, and the next walk may start there ({@link
 * Scope#SINCE_CHECKPOINT}) and is compared with it.
 */
@Entity
@Table(name = "audit_verification")
public class AuditVerification {

  /** Where a walk starts. */
  public enum Scope {
    /** From the first entry: every link. */
    FULL,
    /** From the latest checkpoint: what was appended since, and the checkpoint's own entry. */
    SINCE_CHECKPOINT
  }

  /** How a walk stands. */
  public enum Status {
    RUNNING,
    VALID,
    BROKEN,
    /** It stopped on an error of its own (the database went away, the instance stopped). */
    FAILED,
    /** It was running on an instance that stopped reporting progress. */
    ABANDONED
  }

  /** A running walk that reported no progress for this long was abandoned. */
  public static final Duration STALE = Duration.ofMinutes(2);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_verification_seq")
  @SequenceGenerator(
      name = "audit_verification_seq",
      sequenceName = "audit_verification_seq",
      allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Scope scope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "requested_by", nullable = false, length = 120)
  private String requestedBy;

  @Column(name = "instance_name", length = 100)
  private String instance;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "heartbeat_at", nullable = false)
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "after_seq", nullable = false)
  private long afterSeq;

  @Column(name = "to_seq", nullable = false)
  private long toSeq;

  @Column(name = "to_hash", nullable = false, length = 64)
  private String toHash;

  @Column(nullable = false)
  private long checked;

  @Column(name = "checkpoint_id")
  private Long checkpointId;

  @Column(name = "first_broken_seq")
  private Long firstBrokenSeq;

  @Column(length = 300)
  private String problem;

  protected AuditVerification() {}

  /**
   * A walk about to begin from {@code start} to the head as it is now, compared with {@code
   * checkpoint} (the latest VALID walk, or null).
   */
  public AuditVerification(
      Scope scope,
      String requestedBy,
      String instance,
      ChainHead head,
      AuditVerification checkpoint,
      Instant now) {
    this.scope = scope;
    this.status = Status.RUNNING;
    this.requestedBy = requestedBy;
    this.instance = instance;
    this.startedAt = now;
    this.heartbeatAt = now;
    this.toSeq = head.seq();
    this.toHash = head.hash();
    this.checkpointId = checkpoint == null ? null : checkpoint.id;
    this.afterSeq = scope == Scope.SINCE_CHECKPOINT && checkpoint != null ? checkpoint.toSeq : 0;
  }

  /** Where this walk begins: the genesis, or its checkpoint's entry. */
  public ChainHead start(AuditVerification checkpoint) {
    return afterSeq == 0 || checkpoint == null
        ? ChainHead.EMPTY
        : new ChainHead(checkpoint.toSeq, checkpoint.toHash);
  }

  /** Where this walk ends: the head when it began. */
  public ChainHead target() {
    return new ChainHead(toSeq, toHash);
  }

  /**
   * The point a later walk starts from and is compared with, if this walk found the chain intact.
   */
  public ChainHead asCheckpoint() {
    return status == Status.VALID ? new ChainHead(toSeq, toHash) : null;
  }

  public void progress(long checkedSoFar, Instant now) {
    this.checked = checkedSoFar;
    this.heartbeatAt = now;
  }

  public void finish(ChainVerification verdict, Instant now) {
    this.status = verdict.valid() ? Status.VALID : Status.BROKEN;
    this.checked = verdict.entriesChecked();
    this.firstBrokenSeq = verdict.firstBrokenSeq();
    this.problem = verdict.problem();
    this.heartbeatAt = now;
    this.finishedAt = now;
  }

  public void fail(String why, Instant now) {
    this.status = Status.FAILED;
    this.problem = why == null ? null : why.substring(0, Math.min(why.length(), 300));
    this.heartbeatAt = now;
    this.finishedAt = now;
  }

  /** The status as of {@code now}: a RUNNING walk with no recent progress is ABANDONED. */
  public Status statusAt(Instant now) {
    return status == Status.RUNNING && heartbeatAt.plus(STALE).isBefore(now)
        ? Status.ABANDONED
        : status;
  }

  /** How many entries this walk has to check in all. */
  public long total() {
    return Math.max(0, toSeq - afterSeq);
  }

  public Long id() {
    return id;
  }

  public Scope scope() {
    return scope;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String instance() {
    return instance;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public long afterSeq() {
    return afterSeq;
  }

  public long toSeq() {
    return toSeq;
  }

  public String toHash() {
    return toHash;
  }

  public long checked() {
    return checked;
  }

  public Long checkpointId() {
    return checkpointId;
  }

  public Long firstBrokenSeq() {
    return firstBrokenSeq;
  }

  public String problem() {
    return problem;
  }
}
