package id.netra.domain.gate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where policies, decisions and decision changes are kept. */
public interface GateRepository {

  Optional<GatePolicy> findPolicy(String agencyCode, long electionId);

  void addPolicy(GatePolicy policy);

  Optional<GateDecision> findDecision(long id);

  Optional<GateDecision> findCurrentDecision(long clientId, String requestRef);

  /** Current decisions for an employee that are not ALLOW: candidates for a change. */
  List<GateDecision> findOpenDecisions(String nip);

  void addDecision(GateDecision decision);

  void addChange(DecisionChange change);

  List<DecisionChange> findChanges(long clientId, Instant since, int limit);
}
