package id.netra.interfaces.rest.dto;

import java.time.Instant;

/** A decision that changed after the HR system was answered. */
public record DecisionChangeDto(
    long changeId,
    String requestRef,
    long decisionId,
    long previousDecisionId,
    String fromOutcome,
    String toOutcome,
    String cause,
    Instant changedAt) {}
