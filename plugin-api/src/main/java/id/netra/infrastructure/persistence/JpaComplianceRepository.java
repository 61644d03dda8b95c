package id.netra.infrastructure.persistence;

import id.netra.application.ComplianceRepository;
import id.netra.domain.employee.EmployeeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository {

  @PersistenceContext(unitName = "netra")
  private EntityManager em;

  private static final String ACTIVE = " e.agencyCode = :a AND e.status <> :inactive";

  @Override
  public List<UnitCounts> units(
      String agency, long electionId, String trainingCode, LocalDate day) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT e.unitCode, MAX(e.unitName), COUNT(e) FROM Employee e WHERE"
                    + ACTIVE
                    + " GROUP BY e.unitCode",
                Object[].class)
            .setParameter("a", agency)
            .setParameter("inactive", EmployeeStatus.INACTIVE)
            .getResultList()) {
      String unit = key(r[0]);
      names.put(unit, (String) r[1]);
      counts.computeIfAbsent(unit, k -> new long[4])[0] = ((Number) r[2]).longValue();
    }
    String signed =
        " EXISTS (SELECT s FROM PactSignature s WHERE s.nip = e.nip AND s.electionId = :el"
            + " AND s.validMarker = 'Y')";
    String trained =
        " EXISTS (SELECT c FROM TrainingCompletion c WHERE c.nip = e.nip AND c.moduleCode = :m"
            + " AND c.completedOn <= :day AND c.validUntil >= :day)";
    add(
        counts,
        1,
        "SELECT e.unitCode, COUNT(e) FROM Employee e WHERE" + ACTIVE + " AND" + signed,
        agency,
        electionId,
        null,
        null);
    add(
        counts,
        2,
        "SELECT e.unitCode, COUNT(e) FROM Employee e WHERE" + ACTIVE + " AND" + trained,
        agency,
        null,
        trainingCode,
        day);
    add(
        counts,
        3,
        "SELECT e.unitCode, COUNT(e) FROM Employee e WHERE"
            + ACTIVE
            + " AND"
            + signed
            + " AND"
            + trained,
        agency,
        electionId,
        trainingCode,
        day);
    List<UnitCounts> out = new ArrayList<>();
    counts.forEach(
        (unit, c) ->
            out.add(
                new UnitCounts(
                    unit.isEmpty() ? null : unit, names.get(unit), c[0], c[1], c[2], c[3])));
    out.sort(
        java.util.Comparator.comparing(
            u -> u.unitName() == null ? "" : u.unitName(), String.CASE_INSENSITIVE_ORDER));
    return out;
  }

  private void add(
      Map<String, long[]> counts,
      int slot,
      String jpql,
      String agency,
      Long electionId,
      String trainingCode,
      LocalDate day) {
    var q =
        em.createQuery(jpql + " GROUP BY e.unitCode", Object[].class)
            .setParameter("a", agency)
            .setParameter("inactive", EmployeeStatus.INACTIVE);
    if (electionId != null) {
      q.setParameter("el", electionId);
    }
    if (trainingCode != null) {
      q.setParameter("m", trainingCode).setParameter("day", day);
    }
    for (Object[] r : q.getResultList()) {
      counts.computeIfAbsent(key(r[0]), k -> new long[4])[slot] = ((Number) r[1]).longValue();
    }
  }

  private static String key(Object unit) {
    return unit == null ? "" : (String) unit;
  }

  @Override
  public List<Instant> signatureTimes(String agency, long electionId) {
    return em.createQuery(
            "SELECT MIN(s.signedAt) FROM PactSignature s, Employee e WHERE s.nip = e.nip AND"
                + ACTIVE
                + " AND s.electionId = :el AND s.validMarker = 'Y' GROUP BY s.nip",
            Instant.class)
        .setParameter("a", agency)
        .setParameter("inactive", EmployeeStatus.INACTIVE)
        .setParameter("el", electionId)
        .getResultList();
  }

  @Override
  public List<LocalDate> passDays(String agency, String trainingCode, LocalDate day) {
    return em.createQuery(
            "SELECT MIN(c.completedOn) FROM TrainingCompletion c, Employee e WHERE c.nip = e.nip"
                + " AND"
                + ACTIVE
                + " AND c.moduleCode = :m AND c.validUntil >= :day GROUP BY c.nip",
            LocalDate.class)
        .setParameter("a", agency)
        .setParameter("inactive", EmployeeStatus.INACTIVE)
        .setParameter("m", trainingCode)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public java.util.Set<String> signedNips(String agency, long electionId) {
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT DISTINCT s.nip FROM PactSignature s WHERE s.agencyCode = :a"
                    + " AND s.electionId = :el AND s.validMarker = 'Y'",
                String.class)
            .setParameter("a", agency)
            .setParameter("el", electionId)
            .getResultList());
  }

  @Override
  public Map<String, LocalDate> trainedUntil(String agency, String trainingCode) {
    Map<String, LocalDate> out = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT c.nip, MAX(c.validUntil) FROM TrainingCompletion c WHERE c.agencyCode = :a"
                    + " AND c.moduleCode = :m GROUP BY c.nip",
                Object[].class)
            .setParameter("a", agency)
            .setParameter("m", trainingCode)
            .getResultList()) {
      out.put((String) r[0], (LocalDate) r[1]);
    }
    return out;
  }
}
