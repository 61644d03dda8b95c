package id.netra.infrastructure.persistence;

import id.netra.domain.discipline.CaseReminder;
import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.CaseSettings;
import id.netra.domain.discipline.CaseState;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.discipline.SanctionReconciliation;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.Tier;
import id.netra.domain.discipline.ViolationType;
import id.netra.domain.shared.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  private static final List<CaseState> AWAITING_PPK =
      List.of(CaseState.RECOMMENDED, CaseState.EXAMINATION);

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  @Override
  public Catalogue catalogue() {
    return new Catalogue(
        em.createQuery("SELECT s FROM SanctionType s ORDER BY s.code", SanctionType.class)
            .getResultList(),
        em.createQuery(
                "SELECT v FROM ViolationType v WHERE v.current = TRUE ORDER BY v.code",
                ViolationType.class)
            .getResultList());
  }

  @Override
  public boolean catalogueEmpty() {
    return em.createQuery("SELECT COUNT(s) FROM SanctionType s", Long.class).getSingleResult() == 0;
  }

  @Override
  public int catalogueEdition() {
    Object max =
        em.createNativeQuery("SELECT MAX(edition) FROM catalogue_edition").getSingleResult();
    return max == null ? 1 : ((Number) max).intValue();
  }

  @Override
  public void catalogueEditionApplied(int edition, java.time.Instant at) {
    em.createNativeQuery("INSERT INTO catalogue_edition (edition, applied_at) VALUES (?, ?)")
        .setParameter(1, edition)
        .setParameter(2, new InstantConverter().convertToDatabaseColumn(at))
        .executeUpdate();
  }

  @Override
  public void add(SanctionType sanction) {
    em.persist(sanction);
  }

  @Override
  public void add(ViolationType violation) {
    em.persist(violation);
    em.flush();
  }

  @Override
  public Optional<SanctionType> findSanction(String code) {
    return Optional.ofNullable(em.find(SanctionType.class, code));
  }

  @Override
  public Optional<ViolationType> findCurrentViolation(String code) {
    return em.createQuery(
            "SELECT v FROM ViolationType v WHERE v.code = :c AND v.current = TRUE",
            ViolationType.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ViolationType> findViolation(long id) {
    return Optional.ofNullable(em.find(ViolationType.class, id));
  }

  @Override
  public Optional<CaseSettings> findSettings(String agency) {
    return Optional.ofNullable(em.find(CaseSettings.class, agency));
  }

  @Override
  public void add(CaseSettings settings) {
    em.persist(settings);
  }

  @Override
  public void add(NeutralityCase c) {
    em.persist(c);
    em.flush();
  }

  @Override
  public Optional<NeutralityCase> find(long id) {
    return Optional.ofNullable(em.find(NeutralityCase.class, id));
  }

  @Override
  public Optional<NeutralityCase> findByReference(String agency, String reference) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.agency = :a AND c.reference = :r",
            NeutralityCase.class)
        .setParameter("a", agency)
        .setParameter("r", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<NeutralityCase> findSimilar(
      String nip, String violationCode, LocalDate day, int days) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.nip = :nip AND c.violationCode = :v"
                + " AND c.eventDate BETWEEN :from AND :to AND c.state <> :dismissed ORDER BY c.id",
            NeutralityCase.class)
        .setParameter("nip", nip)
        .setParameter("v", violationCode)
        .setParameter("from", day.minusDays(days))
        .setParameter("to", day.plusDays(days))
        .setParameter("dismissed", CaseState.DISMISSED)
        .getResultList();
  }

  @Override
  public List<NeutralityCase> findCases(
      String agency,
      List<CaseState> states,
      String nip,
      boolean overdueOnly,
      LocalDate today,
      int offset,
      int limit) {
    TypedQuery<NeutralityCase> query =
        new Criteria("SELECT c FROM NeutralityCase c")
            .and("c.agency = :agency", "agency", agency)
            .and("c.state IN :states", "states", states.isEmpty() ? null : states)
            .and("c.nip = :nip", "nip", nip)
            .and("c.dueOn < :today", "today", overdueOnly ? today : null)
            // The most urgent first: a deadline before none, the earliest deadline first.
            .query(
                em,
                "CASE WHEN c.dueOn IS NULL THEN 1 ELSE 0 END, c.dueOn, c.id DESC",
                NeutralityCase.class);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public List<NeutralityCase> findAwaitingPpk(LocalDate today) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.state IN :s AND c.dueOn < :today"
                + " AND c.blockRecommended = FALSE",
            NeutralityCase.class)
        .setParameter("s", AWAITING_PPK)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public List<NeutralityCase> findByNip(String nip) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.nip = :nip ORDER BY c.id", NeutralityCase.class)
        .setParameter("nip", nip)
        .getResultList();
  }

  @Override
  public List<String> findNipsWithCases(String agency) {
    return em.createQuery(
            "SELECT DISTINCT c.nip FROM NeutralityCase c WHERE c.agency = :a ORDER BY c.nip",
            String.class)
        .setParameter("a", agency)
        .getResultList();
  }

  @Override
  public List<NeutralityCase> findSanctioned(String agency) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.agency = :a AND c.decreeNumber IS NOT NULL"
                + " ORDER BY c.id",
            NeutralityCase.class)
        .setParameter("a", agency)
        .getResultList();
  }

  @Override
  public void add(SanctionReconciliation reconciliation) {
    em.persist(reconciliation);
    em.flush();
  }

  @Override
  public Optional<SanctionReconciliation> findReconciliation(long id) {
    return Optional.ofNullable(em.find(SanctionReconciliation.class, id));
  }

  @Override
  public List<SanctionReconciliation> findReconciliations(String agency, int limit) {
    TypedQuery<SanctionReconciliation> q =
        em.createQuery(
            agency == null
                ? "SELECT r FROM SanctionReconciliation r ORDER BY r.id DESC"
                : "SELECT r FROM SanctionReconciliation r WHERE r.agency = :a ORDER BY r.id DESC",
            SanctionReconciliation.class);
    if (agency != null) {
      q.setParameter("a", agency);
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public List<CaseCount> countCases(String agency, LocalDate today) {
    // Grouped by the block flag as well and summed here: EclipseLink writes a boolean in a CASE
    // as 1, which H2 will not compare with a BOOLEAN column.
    String jpql =
        "SELECT c.agency, e.unitCode, e.unitName, c.violationCode, v.tier, c.state,"
            + " c.blockRecommended, COUNT(c), SUM(CASE WHEN c.dueOn < :today THEN 1 ELSE 0 END)"
            + " FROM NeutralityCase c, Employee e, ViolationType v"
            + " WHERE e.nip = c.nip AND v.id = c.violationTypeId"
            + (agency == null ? "" : " AND c.agency = :agency")
            + " GROUP BY c.agency, e.unitCode, e.unitName, c.violationCode, v.tier, c.state,"
            + " c.blockRecommended"
            + " ORDER BY c.agency, e.unitCode, c.violationCode, c.state";
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class).setParameter("today", today);
    if (agency != null) {
      q.setParameter("agency", agency);
    }
    java.util.Map<List<Object>, long[]> sums = new java.util.LinkedHashMap<>();
    for (Object[] r : q.getResultList()) {
      long[] s = sums.computeIfAbsent(java.util.Arrays.asList(r).subList(0, 6), k -> new long[3]);
      long n = ((Number) r[7]).longValue();
      s[0] += n;
      s[1] += r[8] == null ? 0 : ((Number) r[8]).longValue();
      s[2] += Boolean.TRUE.equals(r[6]) ? n : 0;
    }
    List<CaseCount> out = new java.util.ArrayList<>();
    sums.forEach(
        (k, s) ->
            out.add(
                new CaseCount(
                    (String) k.get(0),
                    (String) k.get(1),
                    (String) k.get(2),
                    (String) k.get(3),
                    (Tier) k.get(4),
                    (CaseState) k.get(5),
                    s[0],
                    s[1],
                    s[2])));
    return out;
  }

  private static final List<CaseState> WITH_DEADLINE =
      List.of(CaseState.VERIFICATION, CaseState.RECOMMENDED, CaseState.EXAMINATION);

  @Override
  public List<NeutralityCase> findDueBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.state IN :s AND c.dueOn BETWEEN :f AND :t"
                + " ORDER BY c.dueOn, c.id",
            NeutralityCase.class)
        .setParameter("s", WITH_DEADLINE)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  @Override
  public boolean reminderExists(long caseId, CaseState stage, LocalDate dueOn) {
    return em.createQuery(
                "SELECT COUNT(r) FROM CaseReminder r WHERE r.caseId = :c AND r.stage = :s"
                    + " AND r.dueOn = :d",
                Long.class)
            .setParameter("c", caseId)
            .setParameter("s", stage)
            .setParameter("d", dueOn)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(CaseReminder reminder) {
    em.persist(reminder);
    em.flush();
  }

  @Override
  public Optional<CaseReminder> findReminder(long id) {
    return Optional.ofNullable(em.find(CaseReminder.class, id));
  }

  @Override
  public List<CaseReminder> findReminders(String agency, List<CaseRole> roles, boolean openOnly) {
    TypedQuery<CaseReminder> q =
        em.createQuery(
            "SELECT r FROM CaseReminder r WHERE r.role IN :roles"
                + (agency == null ? "" : " AND r.agency = :a")
                + (openOnly ? " AND r.acknowledgedAt IS NULL" : "")
                + " ORDER BY r.dueOn, r.id",
            CaseReminder.class);
    q.setParameter("roles", roles);
    if (agency != null) {
      q.setParameter("a", agency);
    }
    return q.setMaxResults(500).getResultList();
  }

  @Override
  public List<NeutralityCase> findBlockRecommended(String agency) {
    TypedQuery<NeutralityCase> q =
        em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.blockRecommended = TRUE AND c.state IN :s"
                + (agency == null ? "" : " AND c.agency = :a")
                + " ORDER BY c.agency, c.dueOn, c.id",
            NeutralityCase.class);
    q.setParameter("s", AWAITING_PPK);
    if (agency != null) {
      q.setParameter("a", agency);
    }
    return q.getResultList();
  }

  @Override
  public List<NeutralityCase> findDecidedWith(
      String agency, java.util.Collection<String> sanctions, int offset, int limit) {
    if (sanctions.isEmpty()) {
      return List.of();
    }
    TypedQuery<NeutralityCase> q =
        em.createQuery(
            "SELECT c FROM NeutralityCase c WHERE c.sanction IN :codes AND c.state IN :s"
                + (agency == null ? "" : " AND c.agency = :a")
                + " ORDER BY c.decreeDate, c.id",
            NeutralityCase.class);
    q.setParameter("codes", sanctions);
    q.setParameter(
        "s", List.of(CaseState.DECIDED, CaseState.RECORDED, CaseState.OBJECTION, CaseState.CLOSED));
    if (agency != null) {
      q.setParameter("a", agency);
    }
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }
}
