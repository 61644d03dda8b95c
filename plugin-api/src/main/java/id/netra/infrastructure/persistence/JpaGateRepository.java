package id.netra.infrastructure.persistence;

import id.netra.domain.gate.DecisionChange;
import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.gate.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGateRepository implements GateRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Optional<GatePolicy> findPolicy(String agencyCode, long electionId) {
    return em.createQuery(
            "SELECT p FROM GatePolicy p WHERE p.agencyCode = :a AND p.electionId = :e",
            GatePolicy.class)
        .setParameter("a", agencyCode)
        .setParameter("e", electionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addPolicy(GatePolicy policy) {
    em.persist(policy);
  }

  @Override
  public Optional<GateDecision> findDecision(long id) {
    return Optional.ofNullable(em.find(GateDecision.class, id));
  }

  @Override
  public Optional<GateDecision> findCurrentDecision(long clientId, String requestRef) {
    return em.createQuery(
            "SELECT d FROM GateDecision d WHERE d.clientId = :c AND d.requestRef = :r"
                + " AND d.currentMarker = 'Y'",
            GateDecision.class)
        .setParameter("c", clientId)
        .setParameter("r", requestRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<GateDecision> findOpenDecisions(String nip) {
    return em.createQuery(
            "SELECT d FROM GateDecision d WHERE d.nip = :n AND d.currentMarker = 'Y'"
                + " AND d.outcome <> :allow ORDER BY d.id",
            GateDecision.class)
        .setParameter("n", nip)
        .setParameter("allow", Outcome.ALLOW)
        .getResultList();
  }

  @Override
  public void addDecision(GateDecision decision) {
    em.persist(decision);
    em.flush();
  }

  @Override
  public void addChange(DecisionChange change) {
    em.persist(change);
  }

  @Override
  public List<DecisionChange> findChanges(long clientId, Instant since, int limit) {
    return em.createQuery(
            "SELECT c FROM DecisionChange c WHERE c.clientId = :c AND c.changedAt > :s"
                + " ORDER BY c.changedAt, c.id",
            DecisionChange.class)
        .setParameter("c", clientId)
        .setParameter("s", since)
        .setMaxResults(limit)
        .getResultList();
  }
}
