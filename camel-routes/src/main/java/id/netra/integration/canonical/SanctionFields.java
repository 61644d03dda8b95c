package id.netra.integration.canonical;

import java.util.List;

/**
 * The fields of a {@code SANCTION} outbox entry, in Netra's words; each connector kind maps them to
 * its target's (SIASN's {@code hukdis/save}, a SIMPEG's sanction insert). Dates are ISO ({@code
 * yyyy-mm-dd}); the connector writes them as its target wants.
 */
public final class SanctionFields {

  /** Netra's id of the sanction. */
  public static final String SANCTION_ID = "sanctionId";

  public static final String NIP = "nip";

  /** SIASN's id of the person, when Netra already knows it. */
  public static final String PNS_ORANG_ID = "pnsOrangId";

  /** SIASN {@code jenisHukumanId}. */
  public static final String SANCTION_TYPE = "sanctionType";

  /** R, S or B ({@code jenisTingkatHukumanId}). */
  public static final String TIER = "tier";

  /** SIASN {@code alasanHukumanDisiplinId}. */
  public static final String REASON_ID = "reasonId";

  public static final String DECREE_NUMBER = "decreeNumber";
  public static final String DECREE_DATE = "decreeDate";
  public static final String START_DATE = "startDate";
  public static final String END_DATE = "endDate";
  public static final String YEARS = "years";
  public static final String MONTHS = "months";

  /** The regulation, for example {@code 94/2021}; the connector's default when absent. */
  public static final String REGULATION = "regulation";

  public static final String GOLONGAN_ID = "golonganId";
  public static final String GOLONGAN_LAMA = "golonganLama";

  /** SIASN {@code kedudukanHukumId}, when the sanction changes it. */
  public static final String LEGAL_STATUS_ID = "legalStatusId";

  /** The cancellation decree, when the sanction is cancelled. */
  public static final String CANCELLATION_NUMBER = "cancellationNumber";

  public static final String CANCELLATION_DATE = "cancellationDate";

  /** Free text ({@code keterangan}). */
  public static final String NOTE = "note";

  /**
   * The decree's document, when the case keeps one: its id (the integration side opens it through
   * {@link id.netra.integration.port.CasePort#document}), name and SHA-256.
   */
  public static final String DOCUMENT_ID = "documentId";

  public static final String DOCUMENT_NAME = "documentName";
  public static final String DOCUMENT_SHA256 = "documentSha256";

  /**
   * For a sanction that ends the employment: SIASN's {@code jenisPemberhentianId} of the
   * termination to propose (8 party membership, 7 a disciplinary sanction), else absent.
   */
  public static final String TERMINATION_TYPE = "terminationTypeId";

  public static final List<String> ALL =
      List.of(
          SANCTION_ID,
          NIP,
          PNS_ORANG_ID,
          SANCTION_TYPE,
          TIER,
          REASON_ID,
          DECREE_NUMBER,
          DECREE_DATE,
          START_DATE,
          END_DATE,
          YEARS,
          MONTHS,
          REGULATION,
          GOLONGAN_ID,
          GOLONGAN_LAMA,
          LEGAL_STATUS_ID,
          CANCELLATION_NUMBER,
          CANCELLATION_DATE,
          NOTE,
          TERMINATION_TYPE);

  private SanctionFields() {}
}
