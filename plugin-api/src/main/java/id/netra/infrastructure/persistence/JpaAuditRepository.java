package id.netra.infrastructure.persistence;

import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.AuditRecord;
import id.netra.domain.audit.AuditRepository;
import id.netra.domain.audit.AuditVerification;
import id.netra.domain.audit.ChainHead;
import id.netra.domain.shared.InstantConverter;
import id.netra.domain.shared.Times;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @Inject Clock clock;

  /** Reads the walk's times as the entities' own mapping stores them. */
  private static final InstantConverter TIMES = new InstantConverter();

  /** Rows read per statement of a walk: large enough to be fast, small enough to stay flat. */
  static final int WALK_PAGE = 5_000;

  private static final String WALK =
      "SELECT seq, occurred_at, actor, agency_code, action, entity_type, entity_id, before_state,"
          + " after_state, prev_hash, hash FROM audit_entry WHERE seq >= ? AND seq <= ? ORDER BY"
          + " seq";

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Resource(lookup = "jdbc/netra")
  private DataSource dataSource;

  @Override
  public void append(AuditRecord record) {
    em.persist(new AuditPending(record, Times.now(clock)));
  }

  @Override
  public int seal(int max) {
    if (em.createQuery("SELECT p.id FROM AuditPending p", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return 0; // nothing to do: the head's lock is not even taken
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    // Read after the lock: everything committed before it is seen, nothing another sealer took.
    List<AuditPending> pending =
        em.createQuery("SELECT p FROM AuditPending p ORDER BY p.id", AuditPending.class)
            .setMaxResults(max)
            .getResultList();
    long seq = head.lastSeq();
    String prev = head.lastHash();
    for (AuditPending p : pending) {
      AuditEntry entry = new AuditEntry(++seq, prev, p.record(), p.occurredAt());
      em.persist(entry);
      em.remove(p);
      prev = entry.hash();
    }
    head.advance(seq, prev);
    return pending.size();
  }

  @Override
  public Backlog backlog() {
    Object[] row =
        em.createQuery("SELECT COUNT(p), MIN(p.occurredAt) FROM AuditPending p", Object[].class)
            .getSingleResult();
    return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
  }

  @Override
  public ChainHead head() {
    AuditHead h = em.find(AuditHead.class, AuditHead.ID);
    return new ChainHead(h.lastSeq(), h.lastHash());
  }

  @Override
  public ChainHead lockHead() {
    AuditHead h = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    return new ChainHead(h.lastSeq(), h.lastHash());
  }

  @Override
  public List<AuditEntry> find(AuditQuery q) {
    return new Criteria("SELECT a FROM AuditEntry a")
        .and("a.seq > :after", "after", q.afterSeq())
        // An agency sees its own entries and those of what every agency shares (the catalogue).
        .and(
            "(a.agencyCode = :agency OR (a.agencyCode IS NULL AND a.entityType IN"
                + " ('violation_type', 'sanction_type', 'catalogue')))",
            "agency",
            q.agency())
        .and("a.entityType = :type", "type", q.entityType())
        .and("a.entityId = :id", "id", q.entityId())
        .and(
            "LOWER(a.actor) LIKE :actor",
            "actor",
            q.actor() == null ? null : "%" + q.actor().toLowerCase(Locale.ROOT) + "%")
        .and("a.action = :action", "action", q.action())
        .and("a.occurredAt >= :from", "from", q.from())
        .and("a.occurredAt < :to", "to", q.to())
        .query(em, "a.seq", AuditEntry.class)
        .setMaxResults(q.limit())
        .getResultList();
  }

  /**
   * Plain JDBC, a page of rows per statement by seq: nothing is kept in a persistence context or a
   * cache, so a walk of ten million entries holds one page at a time. A connection of its own per
   * page, so a long walk holds no connection or snapshot between pages.
   */
  @Override
  public void walk(long from, long to, Predicate<AuditEntry> visitor) {
    long next = from;
    while (next <= to) {
      long last = Math.min(to, next + WALK_PAGE - 1);
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(WALK)) {
        s.setLong(1, next);
        s.setLong(2, last);
        s.setFetchSize(WALK_PAGE);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (!visitor.test(entryOf(rs))) {
              return;
            }
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading the audit chain failed at seq " + next, e);
      }
      next = last + 1;
    }
  }

  private static AuditEntry entryOf(ResultSet rs) throws SQLException {
    return AuditEntry.stored(
        rs.getLong(1),
        TIMES.convertToEntityAttribute(rs.getTimestamp(2)),
        new AuditRecord(
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getString(9)),
        rs.getString(10),
        rs.getString(11));
  }

  @Override
  public AuditVerification save(AuditVerification v) {
    if (v.id() == null) {
      em.persist(v);
      return v;
    }
    return em.merge(v);
  }

  @Override
  public Optional<AuditVerification> verification(long id) {
    return Optional.ofNullable(em.find(AuditVerification.class, id));
  }

  @Override
  public Optional<AuditVerification> latestCheckpoint() {
    return em
        .createQuery(
            "SELECT v FROM AuditVerification v WHERE v.status = :valid"
                + " ORDER BY v.toSeq DESC, v.id DESC",
            AuditVerification.class)
        .setParameter("valid", AuditVerification.Status.VALID)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<AuditVerification> verifications(int limit) {
    return em.createQuery(
            "SELECT v FROM AuditVerification v ORDER BY v.id DESC", AuditVerification.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AuditVerification> running() {
    return em.createQuery(
            "SELECT v FROM AuditVerification v WHERE v.status = :running ORDER BY v.id",
            AuditVerification.class)
        .setParameter("running", AuditVerification.Status.RUNNING)
        .getResultList();
  }
}
