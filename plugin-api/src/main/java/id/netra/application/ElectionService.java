package id.netra.application;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionRepository;
import id.netra.domain.election.ElectionSchedule;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.gate.GateRepository;
import id.netra.domain.gate.PolicyRules;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Election periods and the agencies' gate policies for them. */
@Stateless
public class ElectionService {

  @Inject ElectionRepository elections;
  @Inject GateRepository gates;
  @Inject AuditService audit;

  public ElectionPeriod create(Actor actor, ElectionSchedule schedule) {
    ElectionPeriod e = new ElectionPeriod(schedule);
    e.agencies().forEach(actor::requireAgency);
    elections.add(e);
    recordFor(e.agencies(), actor, "ELECTION_CREATED", e.id(), null, e.snapshot());
    return e;
  }

  /**
   * Changes an election. One that covers several agencies is shared: only a central administrator
   * changes it (an agency's own part is its gate policy); an agency's administrator changes the
   * elections of their agency alone. Every agency covered before or after sees the change audited.
   *
   * @throws Forbidden {@code CENTRAL_ONLY} for an agency's actor and a shared election
   */
  public ElectionPeriod update(Actor actor, long id, ElectionSchedule schedule) {
    ElectionPeriod e = find(actor, id);
    if (e.agencies().size() > 1) {
      actor.requireCentral(
          "Pemilihan yang mencakup beberapa instansi", "An election of several agencies");
    }
    Map<String, Object> before = e.snapshot();
    Set<String> concerned = new TreeSet<>(e.agencies());
    e.apply(schedule);
    e.agencies().forEach(actor::requireAgency);
    concerned.addAll(e.agencies());
    recordFor(concerned, actor, "ELECTION_UPDATED", e.id(), before, e.snapshot());
    return e;
  }

  /**
   * One entry per agency concerned, so that each agency's auditors see a shared election's change.
   */
  private void recordFor(
      Set<String> agencies,
      Actor actor,
      String action,
      Long id,
      Map<String, Object> before,
      Map<String, Object> after) {
    for (String agency : agencies) {
      audit.record(actor, agency, action, "election", id, before, after);
    }
  }

  public ElectionPeriod find(Actor actor, long id) {
    return elections
        .find(id)
        .filter(e -> actor.agencyCode() == null || e.covers(actor.agencyCode()))
        .orElseThrow(() -> new NotFound("election", id));
  }

  /** An election that covers the agency, or NotFound (also for another agency's elections). */
  public ElectionPeriod covering(String agencyCode, long electionId) {
    return elections
        .find(electionId)
        .filter(e -> e.covers(agencyCode))
        .orElseThrow(() -> new NotFound("election", electionId));
  }

  /** The elections an agency takes part in. */
  public List<ElectionPeriod> ofAgency(String agencyCode) {
    return elections.findByAgency(agencyCode);
  }

  /** The elections the caller may see: their agency's, or every one for a central account. */
  public List<ElectionPeriod> visible(Actor actor) {
    return actor.agencyCode() == null
        ? elections.findAll()
        : elections.findByAgency(actor.agencyCode());
  }

  public List<ElectionPeriod> list(Actor actor, String agency) {
    return ofAgency(actor.agencyFor(agency));
  }

  /** The agency's policy for the election, if it wrote one (else the default applies). */
  public Optional<GatePolicy> policy(Actor actor, long electionId, String agency) {
    find(actor, electionId);
    return gates.findPolicy(actor.agencyFor(agency), electionId);
  }

  /** Writes the agency's policy for the election; each write is a new policy version. */
  public GatePolicy putPolicy(Actor actor, long electionId, String agency, PolicyRules rules) {
    ElectionPeriod election = find(actor, electionId);
    String a = actor.agencyFor(agency);
    if (!election.covers(a)) {
      throw new NotFound("election", electionId);
    }
    Optional<GatePolicy> existing = gates.findPolicy(a, electionId);
    if (existing.isPresent()) {
      GatePolicy p = existing.get();
      Map<String, Object> before = p.snapshot();
      p.apply(rules);
      audit.record(actor, a, "POLICY_UPDATED", "gate_policy", p.id(), before, p.snapshot());
      return p;
    }
    GatePolicy p = new GatePolicy(a, electionId, rules);
    gates.addPolicy(p);
    audit.record(actor, a, "POLICY_CREATED", "gate_policy", p.id(), null, p.snapshot());
    return p;
  }
}
