package id.netra.domain.gate;

import id.netra.domain.shared.Hashing;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gate's answer to one request under given facts, before it is stored.
 *
 * @param outcome allow, allow with warning, or block
 * @param reasons every reason, blocking ones first
 * @param facts the facts it was decided under
 */
public record GateEvaluation(Outcome outcome, List<GateReason> reasons, GateFacts facts) {

  /**
   * A hash of everything the answer depends on: the same request under the same facts always has
   * the same fingerprint, and a repeated request is answered with the stored decision.
   */
  public String fingerprint(GateRequest request) {
    String reasonsText =
        reasons.stream().map(GateReason::toString).collect(Collectors.joining(","));
    return Hashing.sha256Hex(
        String.join(
            "|",
            String.valueOf(request),
            String.valueOf(facts.employeeType()),
            String.valueOf(facts.employeeStatus()),
            String.valueOf(facts.electionId()),
            String.valueOf(facts.policyId()),
            String.valueOf(facts.policyVersion()),
            String.valueOf(facts.pactSigned()),
            String.valueOf(facts.training().state()),
            outcome.name(),
            reasonsText));
  }
}
