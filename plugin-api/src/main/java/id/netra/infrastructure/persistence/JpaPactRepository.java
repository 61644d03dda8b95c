package id.netra.infrastructure.persistence;

import id.netra.domain.pact.PactRepository;
import id.netra.domain.pact.PactSignature;
import id.netra.domain.pact.PactTemplate;
import id.netra.domain.pact.TemplateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPactRepository implements PactRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<PactTemplate> findTemplate(long id) {
    return Optional.ofNullable(em.find(PactTemplate.class, id));
  }

  @Override
  public Optional<PactTemplate> findCurrentPublished(String agencyCode) {
    return em.createQuery(
            "SELECT t FROM PactTemplate t WHERE t.agencyCode = :a AND t.status = :s"
                + " ORDER BY t.publishedAt DESC, t.id DESC",
            PactTemplate.class)
        .setParameter("a", agencyCode)
        .setParameter("s", TemplateStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PactTemplate> findTemplates(String agencyCode) {
    return em.createQuery(
            "SELECT t FROM PactTemplate t WHERE t.agencyCode = :a"
                + " ORDER BY t.code, t.templateVersion DESC",
            PactTemplate.class)
        .setParameter("a", agencyCode)
        .getResultList();
  }

  @Override
  public int nextTemplateVersion(String agencyCode, String code) {
    Integer max =
        em.createQuery(
                "SELECT MAX(t.templateVersion) FROM PactTemplate t"
                    + " WHERE t.agencyCode = :a AND t.code = :c",
                Integer.class)
            .setParameter("a", agencyCode)
            .setParameter("c", code)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  @Override
  public void addTemplate(PactTemplate template) {
    em.persist(template);
  }

  @Override
  public Optional<PactSignature> findValidSignature(String nip, long electionId) {
    return em.createQuery(
            "SELECT s FROM PactSignature s WHERE s.nip = :n AND s.electionId = :e"
                + " AND s.validMarker = 'Y'",
            PactSignature.class)
        .setParameter("n", nip)
        .setParameter("e", electionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addSignature(PactSignature signature) {
    em.persist(signature);
    em.flush();
  }
}
