package id.netra.integration.connector;

import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.Reason;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.connector.SiasnRestSettings.Personnel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SIASN's {@code pns/data-utama} answer read as Netra's: the employee's fields, and the agency its
 * {@code instansiKerjaId} names through the connector's map. Camel-free, so its rules stand on
 * their own.
 */
final class SiasnDataUtama {

  private SiasnDataUtama() {}

  /**
   * With an instansi map configured, an employee SIASN shows at an instansi the map does not name
   * is left as Netra has them: Netra cannot tell which agency they went to.
   */
  static Optional<RecordResult> unmapped(String nip, Map<?, ?> d, Personnel p) {
    String instansi = text(d.get("instansiKerjaId"));
    if (!p.unmapped(instansi)) {
      return Optional.empty();
    }
    String name = Objects.toString(text(d.get("instansiKerjaNama")), "?");
    return Optional.of(
        RecordResult.failed(
            nip,
            List.of(
                Reason.of(
                    "instansiKerjaId",
                    "SIASN_INSTANSI_UNMAPPED",
                    "SIASN mencatat pegawai ini di instansi "
                        + name
                        + " ("
                        + instansi
                        + ") yang tidak ada di personnel.agencies konektor: data pegawai"
                        + " tidak diubah. Tambahkan instansi itu bila pegawai pindah ke instansi"
                        + " yang memakai Netra.",
                    "SIASN has this employee at instansi "
                        + name
                        + " ("
                        + instansi
                        + "), which the connector's personnel.agencies does not list: the"
                        + " employee was left unchanged. Add that instansi if they moved to an"
                        + " agency that uses Netra."))));
  }

  /** data-utama's fields as Netra's; what SIASN does not say is left as Netra has it. */
  static PersonnelRecord record(String nip, Map<?, ?> d, Personnel p) {
    String kedudukan = text(d.get("kedudukanPnsId"));
    String status =
        kedudukan == null ? null : p.inactive().contains(kedudukan) ? "INACTIVE" : "ACTIVE";
    String statusPegawai = text(d.get("statusPegawai"));
    String type =
        statusPegawai == null
            ? null
            : statusPegawai.toUpperCase(Locale.ROOT).contains("PPPK") ? "PPPK" : "PNS";
    String nipBaru = text(d.get("nipBaru"));
    return new PersonnelRecord(
        nipBaru == null ? nip : nipBaru,
        type,
        text(d.get("nama")),
        text(d.get("unorId")),
        text(d.get("unorNama")),
        null,
        text(d.get("golRuangAkhir")),
        null,
        status,
        text(d.get("id")),
        true,
        p.agencyOf(text(d.get("instansiKerjaId"))));
  }

  private static String text(Object o) {
    return SiasnRestHandler.text(o);
  }
}
