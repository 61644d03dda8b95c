package id.netra.interfaces.rest.dto;

import id.netra.domain.gate.DecisionChange;
import id.netra.domain.gate.EmployeeAction;
import id.netra.domain.gate.GateDecision;
import id.netra.domain.gate.GateEvaluation;
import id.netra.domain.gate.GateReason;
import id.netra.domain.gate.GateRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds decision DTOs, with the widget links for the employee's actions. */
@ApplicationScoped
public class DecisionAssembler {

  @Inject
  @ConfigProperty(name = "netra.public.base-url")
  Optional<String> baseUrl;

  public DecisionDto toDto(GateDecision d, boolean replayed) {
    return new DecisionDto(
        d.id(),
        d.requestRef(),
        d.kind().name(),
        d.leaveType() == null ? null : d.leaveType().name(),
        d.dutyBody() == null ? null : d.dutyBody().name(),
        d.nip(),
        d.startDate(),
        d.endDate(),
        d.outcome().name(),
        reasons(d.reasons(), d.electionId()),
        d.electionId(),
        d.policyId(),
        d.policyVersion(),
        d.mode().name(),
        d.decidedAt(),
        d.supersedesId(),
        replayed,
        false);
  }

  public DecisionDto dryRun(String requestRef, GateRequest r, GateEvaluation e) {
    return new DecisionDto(
        null,
        requestRef,
        r.kind().name(),
        r.leaveType() == null ? null : r.leaveType().name(),
        r.dutyBody() == null ? null : r.dutyBody().name(),
        r.nip(),
        r.startDate(),
        r.endDate(),
        e.outcome().name(),
        reasons(e.reasons(), e.facts().electionId()),
        e.facts().electionId(),
        e.facts().policyId(),
        e.facts().policyVersion(),
        e.facts().rules().mode().name(),
        null,
        null,
        false,
        true);
  }

  public DecisionChangeDto toDto(DecisionChange c) {
    return new DecisionChangeDto(
        c.id(),
        c.requestRef(),
        c.decisionId(),
        c.previousDecisionId(),
        c.fromOutcome().name(),
        c.toOutcome().name(),
        c.cause(),
        c.changedAt());
  }

  List<ReasonDto> reasons(List<GateReason> reasons, Long electionId) {
    return reasons.stream()
        .map(
            r ->
                new ReasonDto(
                    r.code().name(),
                    r.severity().name(),
                    r.code().messageId(),
                    r.code().messageEn(),
                    r.code().action().name(),
                    link(r.code().action(), electionId)))
        .toList();
  }

  private String link(EmployeeAction action, Long electionId) {
    String base = baseUrl.orElse("").replaceAll("/+$", "");
    return switch (action) {
      case SIGN_PACT -> base + "/netra/app/#/pact?election=" + electionId;
      case TAKE_TRAINING -> base + "/netra/app/#/training?election=" + electionId;
      case NONE -> null;
    };
  }
}
