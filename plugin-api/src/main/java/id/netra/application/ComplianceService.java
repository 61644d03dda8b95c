package id.netra.application;

import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseState;
import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.shared.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance picture of an agency for an election: pact and training completion per unit and
 * over time, open cases by violation type and state, and what is overdue.
 */
@Stateless
public class ComplianceService {

  @Inject ElectionService elections;
  @Inject GateRepository gates;
  @Inject ComplianceRepository counts;
  @Inject CaseRepository cases;

  /** Completion per unit. */
  public record Unit(
      String unitCode,
      String unitName,
      long employees,
      long signed,
      long trained,
      long compliant,
      int signedPercent,
      int trainedPercent,
      int compliantPercent) {}

  /** How many had signed and passed by the end of a day. */
  public record Day(LocalDate day, long signed, long trained) {}

  /** Open cases of a violation type in a state. */
  public record OpenCases(String violation, String state, long cases, long overdue) {}

  /**
   * One election of the agency, for the picture across elections: completion on its voting day (or
   * today, while that is still ahead).
   */
  public record ElectionTotal(
      long electionId,
      String name,
      LocalDate votingDay,
      LocalDate asOf,
      long employees,
      int signedPercent,
      int trainedPercent,
      int compliantPercent) {}

  public record Dashboard(
      long electionId,
      String electionName,
      String agency,
      LocalDate asOf,
      String trainingCode,
      Unit total,
      List<Unit> units,
      List<Day> timeline,
      List<OpenCases> openCases,
      long overdueCases,
      long blockRecommended,
      List<ElectionTotal> acrossElections) {}

  /** The per-unit table alone (what the CSV export holds), for the agency and election. */
  public record UnitTable(String agency, long electionId, List<Unit> units) {}

  public UnitTable unitTable(Actor actor, long electionId, String agency) {
    String scope = actor.agencyFor(agency);
    elections.covering(scope, electionId);
    return new UnitTable(
        scope,
        electionId,
        units(scope, electionId, trainingCode(scope, electionId), LocalDate.now(Times.WIB)));
  }

  public Dashboard dashboard(Actor actor, long electionId, String agency) {
    String scope = actor.agencyFor(agency);
    ElectionPeriod election = elections.covering(scope, electionId);
    String code = trainingCode(scope, electionId);
    LocalDate today = LocalDate.now(Times.WIB);

    List<Unit> units = units(scope, electionId, code, today);
    Unit total = total(units);

    TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
    for (Instant t : counts.signatureTimes(scope, electionId)) {
      perDay.computeIfAbsent(t.atZone(Times.WIB).toLocalDate(), d -> new long[2])[0]++;
    }
    for (LocalDate d : counts.passDays(scope, code, today)) {
      perDay.computeIfAbsent(d, x -> new long[2])[1]++;
    }
    List<Day> timeline = new ArrayList<>();
    if (!perDay.isEmpty()) {
      LocalDate from = perDay.firstKey();
      long signed = 0;
      long trained = 0;
      // At most 120 days back: older passes count in the first day shown.
      LocalDate first = from.isBefore(today.minusDays(119)) ? today.minusDays(119) : from;
      for (Map.Entry<LocalDate, long[]> e : perDay.headMap(first, false).entrySet()) {
        signed += e.getValue()[0];
        trained += e.getValue()[1];
      }
      for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
        long[] c = perDay.get(d);
        if (c != null) {
          signed += c[0];
          trained += c[1];
        }
        timeline.add(new Day(d, signed, trained));
      }
    }

    List<OpenCases> open = new ArrayList<>();
    Map<String, long[]> byKind = new TreeMap<>();
    long overdue = 0;
    long blocked = 0;
    for (CaseRepository.CaseCount c : cases.countCases(scope, today)) {
      if (c.state().terminal()) {
        continue;
      }
      long[] n = byKind.computeIfAbsent(c.violationCode() + "|" + c.state(), k -> new long[2]);
      n[0] += c.cases();
      n[1] += c.overdue();
      overdue += c.overdue();
      blocked += c.blockRecommended();
    }
    byKind.forEach(
        (k, n) -> {
          String[] p = k.split("\\|");
          open.add(new OpenCases(p[0], p[1], n[0], n[1]));
        });
    open.sort(
        java.util.Comparator.comparing((OpenCases o) -> CaseState.valueOf(o.state()).ordinal())
            .thenComparing(OpenCases::violation));
    return new Dashboard(
        election.id(),
        election.name(),
        scope,
        today,
        code,
        total,
        units,
        timeline,
        open,
        overdue,
        blocked,
        acrossElections(scope, today, electionId, total));
  }

  /**
   * Every election of the agency, oldest first, each counted on its voting day or today; the
   * election shown, when counted today, takes the total already counted.
   */
  List<ElectionTotal> acrossElections(String scope, LocalDate today, long shown, Unit shownTotal) {
    List<ElectionTotal> out = new ArrayList<>();
    for (ElectionPeriod e : elections.ofAgency(scope)) {
      LocalDate asOf = e.votingDay().isBefore(today) ? e.votingDay() : today;
      Unit t =
          e.id() == shown && asOf.equals(today)
              ? shownTotal
              : total(units(scope, e.id(), trainingCode(scope, e.id()), asOf));
      out.add(
          new ElectionTotal(
              e.id(),
              e.name(),
              e.votingDay(),
              asOf,
              t.employees(),
              t.signedPercent(),
              t.trainedPercent(),
              t.compliantPercent()));
    }
    out.sort(
        java.util.Comparator.comparing(ElectionTotal::votingDay)
            .thenComparing(ElectionTotal::electionId));
    return out;
  }

  private List<Unit> units(String scope, long electionId, String trainingCode, LocalDate day) {
    List<Unit> units = new ArrayList<>();
    for (ComplianceRepository.UnitCounts u : counts.units(scope, electionId, trainingCode, day)) {
      units.add(unit(u.unitCode(), u.unitName(), u.employees(), u.signed(), u.trained(), u.both()));
    }
    return units;
  }

  private String trainingCode(String scope, long electionId) {
    return gates
        .findPolicy(scope, electionId)
        .map(p -> p.rules().trainingCode())
        .orElse(GatePolicy.DEFAULT_TRAINING_CODE);
  }

  private static Unit total(List<Unit> units) {
    long[] sum = new long[4];
    for (Unit u : units) {
      sum[0] += u.employees();
      sum[1] += u.signed();
      sum[2] += u.trained();
      sum[3] += u.compliant();
    }
    return unit(null, null, sum[0], sum[1], sum[2], sum[3]);
  }

  private static Unit unit(
      String code, String name, long employees, long signed, long trained, long both) {
    return new Unit(
        code,
        name,
        employees,
        signed,
        trained,
        both,
        percent(signed, employees),
        percent(trained, employees),
        percent(both, employees));
  }

  static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
  }
}
