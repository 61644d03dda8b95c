package id.netra.infrastructure.persistence;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaElectionRepository implements ElectionRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<ElectionPeriod> find(long id) {
    return Optional.ofNullable(em.find(ElectionPeriod.class, id));
  }

  @Override
  public List<ElectionPeriod> findInScope(String agencyCode, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT e FROM ElectionPeriod e WHERE :a MEMBER OF e.agencies"
                + " AND e.startDate <= :to AND e.endDate >= :from ORDER BY e.startDate, e.id",
            ElectionPeriod.class)
        .setParameter("a", agencyCode)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<ElectionPeriod> findByAgency(String agencyCode) {
    return em.createQuery(
            "SELECT e FROM ElectionPeriod e WHERE :a MEMBER OF e.agencies ORDER BY e.startDate DESC",
            ElectionPeriod.class)
        .setParameter("a", agencyCode)
        .getResultList();
  }

  @Override
  public List<ElectionPeriod> findAll() {
    return em.createQuery(
            "SELECT e FROM ElectionPeriod e ORDER BY e.startDate DESC", ElectionPeriod.class)
        .getResultList();
  }

  @Override
  public void add(ElectionPeriod election) {
    em.persist(election);
  }
}
