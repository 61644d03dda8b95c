package id.netra.infrastructure.persistence;

import id.netra.domain.document.CaseDocument;
import id.netra.domain.document.DocumentContent;
import id.netra.domain.document.DocumentKind;
import id.netra.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public void add(CaseDocument document) {
    em.persist(document);
    em.flush();
  }

  @Override
  public void add(DocumentContent content) {
    em.persist(content);
  }

  @Override
  public Optional<CaseDocument> find(long id) {
    return Optional.ofNullable(em.find(CaseDocument.class, id));
  }

  @Override
  public Optional<DocumentContent> content(long documentId) {
    return Optional.ofNullable(em.find(DocumentContent.class, documentId));
  }

  @Override
  public long countByCase(long caseId) {
    return em.createQuery("SELECT COUNT(d) FROM CaseDocument d WHERE d.caseId = :c", Long.class)
        .setParameter("c", caseId)
        .getSingleResult();
  }

  @Override
  public List<CaseDocument> findByCase(long caseId) {
    return em.createQuery(
            "SELECT d FROM CaseDocument d WHERE d.caseId = :c ORDER BY d.id", CaseDocument.class)
        .setParameter("c", caseId)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public List<CaseDocument> findByCases(java.util.Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM CaseDocument d WHERE d.caseId IN :c ORDER BY d.id", CaseDocument.class)
        .setParameter("c", caseIds)
        .setMaxResults(10_000)
        .getResultList();
  }

  @Override
  public Optional<CaseDocument> findDecree(long caseId, String decreeNumber) {
    return em.createQuery(
            "SELECT d FROM CaseDocument d WHERE d.caseId = :c AND d.kind = :k"
                + " AND d.decreeNumber = :n ORDER BY d.id DESC",
            CaseDocument.class)
        .setParameter("c", caseId)
        .setParameter("k", DocumentKind.DECREE)
        .setParameter("n", decreeNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CaseDocument> findUnboundDecree(long caseId) {
    return em.createQuery(
            "SELECT d FROM CaseDocument d WHERE d.caseId = :c AND d.kind = :k"
                + " AND d.decreeNumber IS NULL ORDER BY d.id DESC",
            CaseDocument.class)
        .setParameter("c", caseId)
        .setParameter("k", DocumentKind.DECREE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
