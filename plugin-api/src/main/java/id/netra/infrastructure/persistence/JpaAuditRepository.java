package id.netra.infrastructure.persistence;

import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.AuditRecord;
import id.netra.domain.audit.AuditRepository;
import id.netra.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public AuditEntry append(AuditRecord record) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry = new AuditEntry(head.lastSeq() + 1, head.lastHash(), record, Times.now());
    em.persist(entry);
    head.advance(entry.seq(), entry.hash());
    return entry;
  }

  @Override
  public List<AuditEntry> findPage(long afterSeq, int limit) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.seq > :s ORDER BY a.seq", AuditEntry.class)
        .setParameter("s", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AuditEntry> find(AuditQuery q) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE a.seq > :after");
    Map<String, Object> params = new HashMap<>();
    params.put("after", q.afterSeq());
    criterion(jpql, params, "a.agencyCode = :agency", "agency", q.agency());
    criterion(jpql, params, "a.entityType = :type", "type", q.entityType());
    criterion(jpql, params, "a.entityId = :id", "id", q.entityId());
    criterion(
        jpql,
        params,
        "LOWER(a.actor) LIKE :actor",
        "actor",
        q.actor() == null ? null : "%" + q.actor().toLowerCase(Locale.ROOT) + "%");
    criterion(jpql, params, "a.action = :action", "action", q.action());
    criterion(jpql, params, "a.occurredAt >= :from", "from", q.from());
    criterion(jpql, params, "a.occurredAt < :to", "to", q.to());
    TypedQuery<AuditEntry> query =
        em.createQuery(jpql.append(" ORDER BY a.seq").toString(), AuditEntry.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(q.limit()).getResultList();
  }

  private static void criterion(
      StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      jpql.append(" AND ").append(clause);
      params.put(name, value);
    }
  }
}
