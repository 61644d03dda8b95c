package id.netra.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Where API clients, accounts and portal keys are kept. */
@ApplicationScoped
public class AccessRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  public Optional<ApiClient> findClientByPrefix(String prefix) {
    return em.createQuery("SELECT c FROM ApiClient c WHERE c.keyPrefix = :p", ApiClient.class)
        .setParameter("p", prefix)
        .getResultStream()
        .findFirst();
  }

  public Optional<ApiClient> findClientByConnector(String connectorId) {
    return em.createQuery("SELECT c FROM ApiClient c WHERE c.connectorId = :c", ApiClient.class)
        .setParameter("c", connectorId)
        .getResultStream()
        .findFirst();
  }

  public List<ApiClient> findClients(String agencyCode) {
    return em.createQuery(
            "SELECT c FROM ApiClient c WHERE c.agencyCode = :a ORDER BY c.id", ApiClient.class)
        .setParameter("a", agencyCode)
        .getResultList();
  }

  public Optional<Account> findAccount(String username) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public List<Account> findAccounts(String agencyCode) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.agencyCode = :a ORDER BY a.username", Account.class)
        .setParameter("a", agencyCode)
        .getResultList();
  }

  public long countAccounts() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  public Optional<PortalKey> findPortal(String agency) {
    return Optional.ofNullable(em.find(PortalKey.class, agency));
  }

  public Optional<PortalKey> findPortalByIssuer(String issuer) {
    return em.createQuery("SELECT k FROM PortalKey k WHERE k.issuer = :i", PortalKey.class)
        .setParameter("i", issuer)
        .getResultStream()
        .findFirst();
  }

  /** Writes pending changes now (an unlink before a link, for the unique connector index). */
  public void flush() {
    em.flush();
  }

  public void add(Object accessEntity) {
    em.persist(accessEntity);
  }
}
