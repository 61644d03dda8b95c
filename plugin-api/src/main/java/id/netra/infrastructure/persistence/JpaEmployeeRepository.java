package id.netra.infrastructure.persistence;

import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmployeeRepository implements EmployeeRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<Employee> findByNip(String canonicalNip) {
    return byNip(canonicalNip).getResultStream().findFirst();
  }

  @Override
  public Optional<Employee> lockByNip(String canonicalNip) {
    return byNip(canonicalNip)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private jakarta.persistence.TypedQuery<Employee> byNip(String canonicalNip) {
    return em.createQuery("SELECT e FROM Employee e WHERE e.nip = :nip", Employee.class)
        .setParameter("nip", canonicalNip);
  }

  @Override
  public List<Employee> findByAgency(String agencyCode, int offset, int limit) {
    return em.createQuery(
            "SELECT e FROM Employee e WHERE e.agencyCode = :a ORDER BY e.nip", Employee.class)
        .setParameter("a", agencyCode)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Employee employee) {
    em.persist(employee);
  }

  @Override
  public List<String> findActiveNips(String agencyCode) {
    return em.createQuery(
            "SELECT e.nip FROM Employee e WHERE e.agencyCode = :a AND e.status <> :inactive",
            String.class)
        .setParameter("a", agencyCode)
        .setParameter("inactive", id.netra.domain.employee.EmployeeStatus.INACTIVE)
        .getResultList();
  }
}
