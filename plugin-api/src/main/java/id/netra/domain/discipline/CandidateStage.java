package id.netra.domain.discipline;

import java.time.LocalDate;

/**
 * Whether an act was done for a <i>bakal calon</i> (before the KPU determines the candidates) or
 * for a <i>calon</i> (on or after the determination day): several SKB 2022 items are ethics
 * breaches in the first stage and discipline breaches in the second.
 */
public enum CandidateStage {
  /** Before the candidate determination day (penetapan calon). */
  BAKAL_CALON,
  /** On or after the candidate determination day. */
  CALON;

  /** The stage an event on {@code eventDate} falls in, given the determination day. */
  public static CandidateStage of(LocalDate eventDate, LocalDate determinationDay) {
    return eventDate.isBefore(determinationDay) ? BAKAL_CALON : CALON;
  }
}
