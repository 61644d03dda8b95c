package id.netra.integration.canonical;

import java.time.LocalDate;

/**
 * A leave request or election-duty permit waiting in a source for approval.
 *
 * @param source the request source's name in the connector's configuration (for example {@code
 *     cuti})
 * @param sourceId the source's own id of the request, as text
 * @param kind LEAVE or ELECTION_DUTY
 */
public record PendingRequest(
    String source,
    String sourceId,
    String kind,
    String leaveType,
    String dutyBody,
    String nip,
    LocalDate startDate,
    LocalDate endDate) {

  /** The reference Netra keeps for the request: unique within one connector. */
  public String requestRef() {
    return source + ":" + sourceId;
  }
}
