package id.netra.application;

import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.discipline.ReconciliationItem;
import id.netra.domain.discipline.ReconciliationItem.Resolution;
import id.netra.domain.discipline.SanctionComparison;
import id.netra.domain.discipline.SanctionComparison.Difference;
import id.netra.domain.discipline.SanctionComparison.Expected;
import id.netra.domain.discipline.SanctionComparison.Held;
import id.netra.domain.discipline.SanctionReconciliation;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.ViolationType;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compares an agency's decided sanctions with what each of its personnel records holds ({@code
 * pns/rw-hukdis}, the SIMPEG's table), keeps the differences, and resolves them: sent again, or
 * accepted with a note. Every run and every resolution is audited.
 */
@Stateless
public class ReconciliationService {

  private static final Logger LOG = Logger.getLogger(ReconciliationService.class.getName());

  @Inject Clock clock;
  @Inject CaseRepository cases;
  @Inject SanctionTargets targets;
  @Inject DeliveryService deliveries;
  @Inject EmployeeService employees;
  @Inject AuditService audit;

  public SanctionReconciliation run(Actor actor, String agency) {
    actor.requireAgency(agency);
    Catalogue catalogue = cases.catalogue();
    // What each record should hold: every ASN sanction for the SIMPEG and other records, and for
    // SIASN only those it keeps as disciplinary history (terminations are proposed to BKN).
    List<NeutralityCase> sanctioned =
        cases.findSanctioned(agency).stream().filter(c -> recorded(c, catalogue, true)).toList();
    List<Expected> expected = sanctioned.stream().map(c -> expected(c, catalogue)).toList();
    List<Expected> forSiasn =
        sanctioned.stream()
            .filter(c -> recorded(c, catalogue, false))
            .map(c -> expected(c, catalogue))
            .toList();
    SanctionReconciliation r =
        new SanctionReconciliation(agency, actor.name(), expected.size(), Times.now(clock));
    List<String> connectors = targets.of(agency, true);
    java.util.Set<String> notSiasn = java.util.Set.copyOf(targets.of(agency, false));
    if (connectors.isEmpty()) {
      r.unreadable("-", "no connector of the agency takes sanctions");
    }
    java.util.Set<Long> terminations =
        sanctioned.stream()
            .filter(
                c ->
                    catalogue
                        .sanction(c.sanction())
                        .map(t -> t.jenisPemberhentianId() != null)
                        .orElse(false))
            .map(NeutralityCase::id)
            .collect(java.util.stream.Collectors.toSet());
    for (String connector : connectors) {
      boolean apart = targets.terminationsApart(connector);
      List<Expected> mine =
          (notSiasn.contains(connector) ? expected : forSiasn)
              .stream()
                  .filter(e -> !(apart && terminations.contains(e.caseId())))
                  .map(
                      e ->
                          new Expected(
                              e.caseId(),
                              e.nip(),
                              e.decreeNumber(),
                              targets.recordCode(connector, e.sanctionType()),
                              e.startDate(),
                              e.cancellationNumber()))
                  .toList();
      List<String> nips = mine.stream().map(Expected::nip).distinct().sorted().toList();
      try {
        List<Held> held = nips.isEmpty() ? List.of() : targets.held(connector, nips);
        r.compared(connector, held.size(), SanctionComparison.compare(mine, held));
      } catch (UnsupportedOperationException e) {
        r.unreadable(connector, "cannot read sanctions back");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reconciliation could not read " + connector, e);
        r.unreadable(connector, e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
    cases.add(r);
    audit.record(
        actor,
        agency,
        "SANCTIONS_RECONCILED",
        "sanction_reconciliation",
        r.id(),
        null,
        Map.of("compared", r.sanctionsCompared(), "differences", r.open(), "summary", r.summary()));
    return r;
  }

  public SanctionReconciliation find(Actor actor, long id) {
    return cases
        .findReconciliation(id)
        .filter(r -> actor.mayAct(r.agency()))
        .orElseThrow(() -> new NotFound("reconciliation", id));
  }

  public List<SanctionReconciliation> list(Actor actor, String agency, int limit) {
    return cases.findReconciliations(actor.scope(agency), Math.min(Math.max(limit, 1), 200));
  }

  /** Resolves one difference: RESENT queues the sanction again for that record; ACCEPTED notes. */
  public ReconciliationItem resolve(
      Actor actor, long reconciliationId, long itemId, String resolution, String note) {
    SanctionReconciliation r = find(actor, reconciliationId);
    ReconciliationItem item =
        r.item(itemId).orElseThrow(() -> new NotFound("reconciliation item", itemId));
    var v = new Validations();
    Resolution how = v.enumValue(Resolution.class, resolution, "resolution", true);
    v.throwIfAny();
    Map<String, Object> before = item.snapshot();
    item.resolve(how, actor.name(), note, Times.now(clock));
    if (how == Resolution.RESENT) {
      NeutralityCase c =
          cases.find(item.caseId()).orElseThrow(() -> new NotFound("case", item.caseId()));
      Catalogue catalogue = cases.catalogue();
      SanctionType type = catalogue.sanction(c.sanction()).orElseThrow();
      ViolationType violation = cases.findViolation(c.violationTypeId()).orElseThrow();
      deliveries.sanctionResend(
          c,
          type,
          violation,
          employees.find(Actor.SYSTEM, c.nip()),
          item.connector(),
          item.id(),
          item.difference() == Difference.CANCELLATION_MISSING);
    }
    audit.record(
        actor,
        r.agency(),
        "SANCTION_DIFFERENCE_RESOLVED",
        "reconciliation_item",
        item.id(),
        before,
        item.snapshot());
    return item;
  }

  /**
   * Whether a case's sanction is written to personnel records: never a contract measure; to SIASN
   * only what {@code hukdis/save} records.
   */
  static boolean recorded(NeutralityCase c, Catalogue catalogue, boolean anyRecord) {
    return catalogue.sanction(c.sanction()).map(t -> t.keptBy(!anyRecord)).orElse(true);
  }

  private static Expected expected(NeutralityCase c, Catalogue catalogue) {
    String code =
        catalogue.sanction(c.sanction()).map(SanctionType::recordCode).orElse(c.sanction());
    return new Expected(
        c.id(),
        c.nip(),
        c.decree().number(),
        code,
        c.period().start(),
        c.cancellation() == null ? null : c.cancellation().number());
  }
}
