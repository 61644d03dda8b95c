package id.netra.infrastructure.persistence;

import id.netra.domain.integration.ConnectorMarker;
import id.netra.domain.integration.ConnectorRun;
import id.netra.domain.integration.DeliveryState;
import id.netra.domain.integration.IntegrationRepository;
import id.netra.domain.integration.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIntegrationRepository implements IntegrationRepository {

  private static final List<DeliveryState> OPEN =
      List.of(DeliveryState.PENDING, DeliveryState.IN_FLIGHT, DeliveryState.DEAD);

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public void addMessage(OutboxMessage message) {
    em.persist(message);
    em.flush();
  }

  @Override
  public Optional<OutboxMessage> findMessage(long id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id));
  }

  @Override
  public List<OutboxMessage> findDue(Collection<String> connectorIds, Instant now, int limit) {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.connectorId IN :c AND ((m.state = :pending"
                + " AND m.nextAttemptAt <= :now) OR (m.state = :inFlight AND m.leaseUntil < :now))"
                + " ORDER BY m.id",
            OutboxMessage.class)
        .setParameter("c", connectorIds)
        .setParameter("pending", DeliveryState.PENDING)
        .setParameter("inFlight", DeliveryState.IN_FLIGHT)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean hasEarlierOpen(String orderingKey, long id) {
    return em.createQuery(
                "SELECT COUNT(m) FROM OutboxMessage m WHERE m.orderingKey = :k AND m.id < :id"
                    + " AND m.state IN :open",
                Long.class)
            .setParameter("k", orderingKey)
            .setParameter("id", id)
            .setParameter("open", OPEN)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<OutboxMessage> findReplaceable(String orderingKey) {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.orderingKey = :k AND m.state IN :s",
            OutboxMessage.class)
        .setParameter("k", orderingKey)
        .setParameter("s", List.of(DeliveryState.PENDING, DeliveryState.DEAD))
        .getResultList();
  }

  @Override
  public List<OutboxMessage> findByOrderingSuffix(String suffix) {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.orderingKey LIKE :k ORDER BY m.id",
            OutboxMessage.class)
        .setParameter("k", "%:" + suffix)
        .getResultList();
  }

  @Override
  public boolean claim(
      long id, int seenAttempts, Instant now, Instant leaseUntil, String instance) {
    return em.createQuery(
                "UPDATE OutboxMessage m SET m.state = :inFlight, m.attempts = m.attempts + 1,"
                    + " m.leaseUntil = :lease, m.claimedBy = :by, m.updatedAt = :now"
                    + " WHERE m.id = :id"
                    + " AND m.attempts = :seen AND (m.state = :pending OR (m.state = :inFlight"
                    + " AND m.leaseUntil < :now))")
            .setParameter("inFlight", DeliveryState.IN_FLIGHT)
            .setParameter("pending", DeliveryState.PENDING)
            .setParameter("lease", leaseUntil)
            .setParameter("by", instance)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("seen", seenAttempts)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean renew(long id, int attempt, Instant now, Instant leaseUntil, String instance) {
    return em.createQuery(
                "UPDATE OutboxMessage m SET m.leaseUntil = :lease, m.updatedAt = :now"
                    + " WHERE m.id = :id AND m.attempts = :attempt AND m.state = :inFlight"
                    + " AND m.claimedBy = :by")
            .setParameter("lease", leaseUntil)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("attempt", attempt)
            .setParameter("inFlight", DeliveryState.IN_FLIGHT)
            .setParameter("by", instance)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<OutboxMessage> findMessages(
      String agencyCode, DeliveryState state, String connectorId, int offset, int limit) {
    var query =
        new Criteria("SELECT m FROM OutboxMessage m")
            .and("m.agencyCode = :a", "a", agencyCode)
            .and("m.state = :s", "s", state)
            .and("m.connectorId = :c", "c", connectorId)
            .query(em, "m.id DESC", OutboxMessage.class);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<String> connectorOfClient(long clientId) {
    return em.createQuery(
            "SELECT c.connectorId FROM ApiClient c WHERE c.id = :id AND c.connectorId IS NOT NULL",
            String.class)
        .setParameter("id", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countBacklog(String connectorId) {
    return em.createQuery(
            "SELECT COUNT(m) FROM OutboxMessage m WHERE m.connectorId = :c AND m.state IN :open",
            Long.class)
        .setParameter("c", connectorId)
        .setParameter("open", OPEN)
        .getSingleResult();
  }

  @Override
  public OutboxSummary outboxSummary() {
    long open = 0;
    long dead = 0;
    Instant oldest = null;
    for (Object[] row :
        em.createQuery(
                "SELECT m.state, COUNT(m), MIN(m.createdAt) FROM OutboxMessage m"
                    + " WHERE m.state IN :states GROUP BY m.state",
                Object[].class)
            .setParameter(
                "states",
                List.of(DeliveryState.PENDING, DeliveryState.IN_FLIGHT, DeliveryState.DEAD))
            .getResultList()) {
      long n = ((Number) row[1]).longValue();
      if (row[0] == DeliveryState.DEAD) {
        dead = n;
      } else {
        open += n;
        Instant at = (Instant) row[2];
        oldest = oldest == null || (at != null && at.isBefore(oldest)) ? at : oldest;
      }
    }
    return new OutboxSummary(open, oldest, dead);
  }

  @Override
  public void addRun(ConnectorRun run) {
    em.persist(run);
  }

  @Override
  public Optional<ConnectorRun> findRun(long id) {
    return Optional.ofNullable(em.find(ConnectorRun.class, id));
  }

  @Override
  public List<ConnectorRun> findRuns(String connectorId, int limit) {
    return em.createQuery(
            "SELECT r FROM ConnectorRun r WHERE r.connectorId = :c ORDER BY r.id DESC",
            ConnectorRun.class)
        .setParameter("c", connectorId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ConnectorMarker> findMarker(String connectorId, String name) {
    return Optional.ofNullable(
        em.find(ConnectorMarker.class, new ConnectorMarker.Key(connectorId, name)));
  }

  @Override
  public void addMarker(ConnectorMarker marker) {
    em.persist(marker);
  }
}
