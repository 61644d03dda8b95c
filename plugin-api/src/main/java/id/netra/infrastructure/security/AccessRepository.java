package id.netra.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

  /** The account, its row locked until the transaction ends (one login of it at a time). */
  public Optional<Account> findAccountForUpdate(String username) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The account of single sign-on {@code provider}'s {@code subject}, its row locked. */
  public Optional<Account> findSsoAccountForUpdate(String provider, String subject) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.ssoProvider = :p AND a.ssoSubject = :s", Account.class)
        .setParameter("p", provider)
        .setParameter("s", subject)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The accounts of one agency, or (null) every account, central ones first; paged. */
  public List<Account> findAccounts(String agencyCode, int offset, int limit) {
    var q =
        agencyCode == null
            ? em.createQuery(
                "SELECT a FROM Account a ORDER BY a.agencyCode NULLS FIRST, a.username",
                Account.class)
            : em.createQuery(
                    "SELECT a FROM Account a WHERE a.agencyCode = :a ORDER BY a.username",
                    Account.class)
                .setParameter("a", agencyCode);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** The API clients of one agency, or (null) of every agency; paged. */
  public List<ApiClient> findAllClients(String agencyCode, int offset, int limit) {
    var q =
        agencyCode == null
            ? em.createQuery(
                "SELECT c FROM ApiClient c ORDER BY c.agencyCode, c.id", ApiClient.class)
            : em.createQuery(
                    "SELECT c FROM ApiClient c WHERE c.agencyCode = :a ORDER BY c.id",
                    ApiClient.class)
                .setParameter("a", agencyCode);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public Optional<ConsoleSession> findSession(String tokenHash) {
    return Optional.ofNullable(em.find(ConsoleSession.class, tokenHash));
  }

  public void removeSession(ConsoleSession session) {
    em.remove(session);
  }

  /** Ends every session of the account but the one named (null: all of them). */
  public int removeSessionsOf(Account account, String keptTokenHash) {
    var q =
        keptTokenHash == null
            ? em.createQuery("DELETE FROM ConsoleSession s WHERE s.account = :a")
            : em.createQuery(
                    "DELETE FROM ConsoleSession s WHERE s.account = :a AND s.tokenHash <> :k")
                .setParameter("k", keptTokenHash);
    return q.setParameter("a", account).executeUpdate();
  }

  public int removeSessionsExpiredBy(Instant now) {
    return em.createQuery("DELETE FROM ConsoleSession s WHERE s.expiresAt <= :n")
        .setParameter("n", now)
        .executeUpdate();
  }

  public long countAccounts() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  public Optional<PortalIssuer> findPortal(String issuer) {
    return Optional.ofNullable(em.find(PortalIssuer.class, issuer));
  }

  /** The portals of one agency, or (null) of every agency, by issuer. */
  public List<PortalIssuer> findPortals(String agency, int offset, int limit) {
    var q =
        agency == null
            ? em.createQuery("SELECT p FROM PortalIssuer p ORDER BY p.issuer", PortalIssuer.class)
            : em.createQuery(
                    "SELECT p FROM PortalIssuer p WHERE p.agencyCode = :a ORDER BY p.issuer",
                    PortalIssuer.class)
                .setParameter("a", agency);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** Every key these portals have had, newest first: one query for a page of portals. */
  public List<PortalKey> findPortalKeys(java.util.Collection<String> issuers) {
    if (issuers.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT k FROM PortalKey k WHERE k.issuer IN :i ORDER BY k.createdAt DESC, k.keyId",
            PortalKey.class)
        .setParameter("i", issuers)
        .getResultList();
  }

  /** The keys of a portal that are neither revoked nor retired by {@code now}. */
  public List<PortalKey> findValidPortalKeys(String issuer, Instant now) {
    return em.createQuery(
            "SELECT k FROM PortalKey k WHERE k.issuer = :i AND k.revokedAt IS NULL"
                + " AND (k.retiresAt IS NULL OR k.retiresAt > :n)"
                + " ORDER BY k.createdAt DESC, k.keyId",
            PortalKey.class)
        .setParameter("i", issuer)
        .setParameter("n", now)
        .getResultList();
  }

  /** Whether any portal ever had this secret (a key is never reused, across portals either). */
  public boolean portalSecretUsed(String secret) {
    return !em.createQuery("SELECT k.keyId FROM PortalKey k WHERE k.secret = :s", String.class)
        .setParameter("s", secret)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<PortalKey> findPortalKeyForUpdate(String keyId) {
    return Optional.ofNullable(em.find(PortalKey.class, keyId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<PortalIssuer> findPortalForUpdate(String issuer) {
    return Optional.ofNullable(em.find(PortalIssuer.class, issuer, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Writes pending changes now (an unlink before a link, for the unique connector index). */
  public void flush() {
    em.flush();
  }

  public void add(Object accessEntity) {
    em.persist(accessEntity);
  }
}
