package id.netra.infrastructure.persistence;

import id.netra.domain.pact.TemplateStatus;
import id.netra.domain.training.TrainingAttempt;
import id.netra.domain.training.TrainingCompletion;
import id.netra.domain.training.TrainingModule;
import id.netra.domain.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<TrainingModule> findModule(long id) {
    return Optional.ofNullable(em.find(TrainingModule.class, id));
  }

  @Override
  public Optional<TrainingModule> findCurrentPublished(String agencyCode, String code) {
    return em.createQuery(
            "SELECT m FROM TrainingModule m WHERE m.agencyCode = :a AND m.code = :c"
                + " AND m.status = :s ORDER BY m.moduleVersion DESC",
            TrainingModule.class)
        .setParameter("a", agencyCode)
        .setParameter("c", code)
        .setParameter("s", TemplateStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TrainingModule> findModules(String agencyCode) {
    return em.createQuery(
            "SELECT m FROM TrainingModule m WHERE m.agencyCode = :a"
                + " ORDER BY m.code, m.moduleVersion DESC",
            TrainingModule.class)
        .setParameter("a", agencyCode)
        .getResultList();
  }

  @Override
  public int nextModuleVersion(String agencyCode, String code) {
    Integer max =
        em.createQuery(
                "SELECT MAX(m.moduleVersion) FROM TrainingModule m"
                    + " WHERE m.agencyCode = :a AND m.code = :c",
                Integer.class)
            .setParameter("a", agencyCode)
            .setParameter("c", code)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  @Override
  public void addModule(TrainingModule module) {
    em.persist(module);
  }

  @Override
  public List<TrainingCompletion> findCompletions(String nip, String moduleCode) {
    return em.createQuery(
            "SELECT c FROM TrainingCompletion c WHERE c.nip = :n AND c.moduleCode = :c"
                + " ORDER BY c.completedOn DESC",
            TrainingCompletion.class)
        .setParameter("n", nip)
        .setParameter("c", moduleCode)
        .getResultList();
  }

  @Override
  public Optional<TrainingCompletion> findImported(String provider, String externalId) {
    return em.createQuery(
            "SELECT c FROM TrainingCompletion c WHERE c.provider = :p AND c.externalId = :x",
            TrainingCompletion.class)
        .setParameter("p", provider)
        .setParameter("x", externalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addCompletion(TrainingCompletion completion) {
    em.persist(completion);
    em.flush();
  }

  @Override
  public int countAttempts(String nip, long moduleId, java.time.LocalDate day) {
    return em.createQuery(
            "SELECT COUNT(a) FROM TrainingAttempt a WHERE a.nip = :n AND a.moduleId = :m"
                + " AND a.attemptDay = :d",
            Long.class)
        .setParameter("n", nip)
        .setParameter("m", moduleId)
        .setParameter("d", day)
        .getSingleResult()
        .intValue();
  }

  @Override
  public void addAttempt(TrainingAttempt attempt) {
    em.persist(attempt);
    em.flush();
  }
}
