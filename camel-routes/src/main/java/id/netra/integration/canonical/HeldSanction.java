package id.netra.integration.canonical;

import java.time.LocalDate;

/**
 * A sanction as a personnel record holds it, read back for reconciliation.
 *
 * @param nip the employee
 * @param decreeNumber the decree's number, as the target wrote it
 * @param sanctionType the target's sanction code (SIASN {@code jenisHukumanId})
 * @param startDate when the sanction starts, or null if the target does not say
 * @param cancellationNumber the cancellation decree recorded on it, or null
 * @param targetId the target's own id of the record, or null
 */
public record HeldSanction(
    String nip,
    String decreeNumber,
    String sanctionType,
    LocalDate startDate,
    String cancellationNumber,
    String targetId) {}
