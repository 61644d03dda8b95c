package id.netra.interfaces.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The gate's answer. {@code id} is null for a dry run. */
public record DecisionDto(
    Long id,
    String requestRef,
    String kind,
    String leaveType,
    String dutyBody,
    String nip,
    LocalDate startDate,
    LocalDate endDate,
    String outcome,
    List<ReasonDto> reasons,
    Long electionId,
    Long policyId,
    int policyVersion,
    String policyMode,
    Instant decidedAt,
    Long supersedesId,
    boolean replayed,
    boolean dryRun) {}
