package id.netra.infrastructure.persistence;

import id.netra.domain.employee.Transfer;
import id.netra.domain.employee.TransferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTransferRepository implements TransferRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<Transfer> find(long id) {
    return Optional.ofNullable(em.find(Transfer.class, id));
  }

  @Override
  public Optional<Transfer> findPending(String nip) {
    return em.createQuery(
            "SELECT t FROM Transfer t WHERE t.nip = :nip AND t.state = :pending", Transfer.class)
        .setParameter("nip", nip)
        .setParameter("pending", Transfer.State.PENDING)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Transfer> find(String agency, Transfer.State state, int offset, int limit) {
    return new Criteria("SELECT t FROM Transfer t")
        .and("(t.fromAgency = :agency OR t.toAgency = :agency)", "agency", agency)
        .and("t.state = :state", "state", state)
        .query(em, "t.id DESC", Transfer.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Transfer transfer) {
    em.persist(transfer);
  }
}
