package id.netra.domain.employee;

import java.util.Locale;
import java.util.Optional;

/** The kinds of staff Netra tracks: the two kinds of ASN, and non-ASN staff. */
public enum EmployeeType {
  /** Pegawai Negeri Sipil: identified by an 18-digit NIP. */
  PNS,
  /** Pegawai Pemerintah dengan Perjanjian Kerja: identified by an 18-digit NI PPPK. */
  PPPK,
  /**
   * Honorer, PPNPN and other non-ASN staff: identified by the agency's own registration number (6
   * to 18 letters or digits). They sign the pact and take training where the region asks it, but
   * stand outside PP 94/2021: their breaches follow their contract.
   */
  NON_ASN;

  /** Whether the employee is an ASN (PNS or PPPK), under PP 94/2021 or PP 49/2018. */
  public boolean asn() {
    return this != NON_ASN;
  }

  /**
   * The type named by a word personnel sources use: the enum's name, or {@code HONORER}, {@code
   * PPNPN}, {@code NON-ASN}, {@code NONASN} for non-ASN staff, {@code P3K} for PPPK.
   */
  public static Optional<EmployeeType> named(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return switch (w) {
      case "PNS" -> Optional.of(PNS);
      case "PPPK", "P3K" -> Optional.of(PPPK);
      case "NON_ASN", "NONASN", "HONORER", "PPNPN", "TENAGA_HONORER" -> Optional.of(NON_ASN);
      default -> Optional.empty();
    };
  }
}
