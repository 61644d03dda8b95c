package id.netra.domain.election;

import java.time.LocalDate;
import java.util.Set;

/**
 * The editable facts of an election period. {@code candidateDay} is the KPU's candidate
 * determination day (penetapan calon), or null while it is not known.
 */
public record ElectionSchedule(
    ElectionType type,
    String name,
    Set<String> agencies,
    LocalDate startDate,
    LocalDate campaignStart,
    LocalDate campaignEnd,
    LocalDate votingDay,
    LocalDate endDate,
    LocalDate candidateDay) {}
