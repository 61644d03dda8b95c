package id.netra.application;

import id.netra.domain.discipline.CaseDeadlines;
import id.netra.domain.discipline.CaseReminder;
import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.employee.Employee;
import id.netra.domain.shared.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the case clock and BKN's lists need: reminders before a deadline, the "block recommended"
 * mark when the PPK's follow-up runs out, and the lists of cases to report to BKN (blocks and
 * terminations).
 */
@Stateless
public class CaseFollowUpService {

  @Inject Clock clock;
  @Inject CaseRepository cases;
  @Inject CaseService caseService;
  @Inject EmployeeService employees;
  @Inject AuditService audit;

  /**
   * Leaves a reminder for the responsible role on every case whose deadline is within its agency's
   * reminder days, once per case, stage and deadline.
   *
   * @return the reminders made now
   */
  public List<CaseReminder> remind(LocalDate today) {
    List<CaseReminder> made = new java.util.ArrayList<>();
    java.util.Map<String, CaseDeadlines> byAgency = new java.util.HashMap<>();
    for (NeutralityCase c : cases.findDueBetween(today, today.plusDays(30))) {
      CaseDeadlines d = byAgency.computeIfAbsent(c.agency(), caseService::deadlines);
      CaseReminder r = CaseReminder.due(c, d, today, Times.now(clock));
      if (r != null && !cases.reminderExists(c.id(), c.state(), c.dueOn())) {
        cases.add(r);
        audit.record(
            Actor.SYSTEM,
            c.agency(),
            "CASE_REMINDER",
            "case",
            c.id(),
            null,
            Map.of("role", r.role().name(), "stage", r.stage().name(), "dueOn", r.dueOn()));
        made.add(r);
      }
    }
    return made;
  }

  /** The reminders for the caller's case roles, in their agency. */
  public List<CaseReminder> reminders(Actor actor, List<CaseRole> roles, boolean openOnly) {
    return cases.findReminders(actor.agencyCode(), roles, openOnly);
  }

  public CaseReminder acknowledge(Actor actor, List<CaseRole> roles, long id) {
    CaseReminder r =
        cases
            .findReminder(id)
            .filter(x -> actor.mayAct(x.agency()) && roles.contains(x.role()))
            .orElseThrow(() -> new NotFound("reminder", id));
    if (r.acknowledgedAt() == null) {
      r.acknowledge(actor.name(), Times.now(clock));
      audit.record(
          actor,
          r.agency(),
          "CASE_REMINDER_ACKNOWLEDGED",
          "case",
          r.caseId(),
          null,
          Map.of("reminder", r.id()));
    }
    return r;
  }

  /** A termination to propose to BKN: the decided case, its sanction type, the employee. */
  public record Termination(NeutralityCase c, SanctionType type, Employee employee) {}

  /**
   * The decided dismissals (party membership, PDHTAPS, PHPK) to propose to BKN as terminations
   * (pemberhentian), never cancelled ones; a page of them, oldest decree first.
   */
  public List<Termination> terminations(Actor actor, String agency, int offset, int limit) {
    Catalogue catalogue = cases.catalogue();
    Map<String, SanctionType> dismissals = new java.util.HashMap<>();
    catalogue.sanctions().stream()
        .filter(t -> t.jenisPemberhentianId() != null)
        .forEach(t -> dismissals.put(t.code(), t));
    return cases
        .findDecidedWith(
            actor.scope(agency),
            dismissals.keySet(),
            Math.max(offset, 0),
            Math.min(Math.max(limit, 1), 1000))
        .stream()
        .map(
            c ->
                new Termination(
                    c, dismissals.get(c.sanction()), employees.find(Actor.SYSTEM, c.nip())))
        .toList();
  }

  /** What BKN is asked to block: cases whose PPK follow-up ran out, with the employee. */
  public record BlockRecommendation(NeutralityCase c, Employee employee) {}

  public List<BlockRecommendation> blockRecommended(Actor actor, String agency) {
    return cases.findBlockRecommended(actor.scope(agency)).stream()
        .map(c -> new BlockRecommendation(c, employees.find(Actor.SYSTEM, c.nip())))
        .toList();
  }

  /**
   * Marks "block recommended" on every case whose PPK follow-up ran out by {@code today}.
   *
   * @return the cases marked now
   */
  public List<NeutralityCase> checkFollowUps(LocalDate today) {
    List<NeutralityCase> marked = cases.findAwaitingPpk(today);
    for (NeutralityCase c : marked) {
      Map<String, Object> before = c.snapshot();
      if (c.checkFollowUp(today, Actor.SYSTEM.name())) {
        audit.record(
            Actor.SYSTEM,
            c.agency(),
            "CASE_BLOCK_RECOMMENDED",
            "case",
            c.id(),
            before,
            c.snapshot());
      }
    }
    return marked;
  }
}
