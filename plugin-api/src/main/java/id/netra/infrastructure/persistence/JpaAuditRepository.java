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
import java.util.List;
import java.util.Locale;

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
  public List<AuditEntry> find(AuditQuery q) {
    return new Criteria("SELECT a FROM AuditEntry a")
        .and("a.seq > :after", "after", q.afterSeq())
        .and("a.agencyCode = :agency", "agency", q.agency())
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
}
