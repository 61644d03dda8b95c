package id.netra.infrastructure.persistence;

import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditRecord;
import id.netra.domain.audit.AuditRepository;
import id.netra.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
  public List<AuditEntry> findForEntity(String entityType, String entityId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.entityType = :t AND a.entityId = :i ORDER BY a.seq",
            AuditEntry.class)
        .setParameter("t", entityType)
        .setParameter("i", entityId)
        .getResultList();
  }
}
