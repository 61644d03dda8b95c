package id.netra.integration.canonical;

import java.time.LocalDate;

/**
 * A finding or report of a neutrality violation as a source lists it (a line of Bawaslu's recap):
 * Netra registers it as a case, once per {@code reference}.
 *
 * @param reference the source's own number for it (for example the finding's register number); the
 *     same reference is never registered twice for an agency
 * @param nip the reported employee
 * @param violation the catalogue code (PP94-5N-1 … SKB-11)
 * @param source BAWASLU_FINDING, PUBLIC_REPORT or INTERNAL; null: BAWASLU_FINDING
 * @param evidence references to evidence, separated by {@code ;}
 */
public record CaseReport(
    String reference,
    String nip,
    String violation,
    String source,
    String reporter,
    LocalDate eventDate,
    LocalDate knownDate,
    String evidence,
    String description) {}
