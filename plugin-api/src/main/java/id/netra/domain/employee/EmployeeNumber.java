package id.netra.domain.employee;

import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An employee's identifier in its one canonical form. For an ASN: 18 digits, no spaces. NIPs and NI
 * PPPKs arrive written as {@code 19660801 198803 1 001} or {@code 196608011988031001}; both parse
 * to the same number.
 *
 * <ul>
 *   <li>NIP (PNS): birth date YYYYMMDD, first CPNS appointment YYYYMM, gender 1 or 2, sequence.
 *   <li>NI PPPK: birth date YYYYMMDD, appointment year YYYY, number of contracts (2 digits, not a
 *       month), gender 1 or 2, sequence.
 * </ul>
 *
 * <p>Non-ASN staff have no NIP: their identifier is the agency's own registration number (NIPTT,
 * NRTH or the like), 6 to 18 letters or digits, kept in capitals.
 */
public final class EmployeeNumber {

  /** The youngest age at which anyone is appointed. */
  static final int MIN_APPOINTMENT_AGE = 17;

  private final String digits;
  private final EmployeeType type;

  private EmployeeNumber(String digits, EmployeeType type) {
    this.digits = digits;
    this.type = type;
  }

  /** Removes the separators people write (spaces, dots, dashes); does not validate. */
  public static String canonical(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Parses a NIP or NI PPPK for the given employee type, checking every rule that needs no
   * calendar; whether its dates lie in the future is for {@link #problems(String, EmployeeType,
   * LocalDate)}, which every import runs first.
   *
   * @throws DomainValidationException naming every rule the number breaks
   */
  public static EmployeeNumber parse(String raw, EmployeeType type) {
    List<Violation> problems = problems(raw, type, LocalDate.MAX);
    if (!problems.isEmpty()) {
      throw new DomainValidationException(problems);
    }
    return new EmployeeNumber(canonical(raw), type);
  }

  /**
   * Every rule the number breaks, with field {@code nip}; empty when valid.
   *
   * @param today the day a birth or an appointment cannot lie after
   */
  public static List<Violation> problems(String raw, EmployeeType type, LocalDate today) {
    Objects.requireNonNull(type, "type");
    String d = canonical(raw);
    List<Violation> out = new ArrayList<>();
    if (type == EmployeeType.NON_ASN) {
      if (!d.matches("[0-9A-Z]{6,18}")) {
        out.add(
            violation(
                "NIP_FORMAT",
                "Nomor induk non-ASN harus 6 sampai 18 huruf atau angka (spasi boleh).",
                "A non-ASN staff number is 6 to 18 letters or digits (spaces allowed)."));
      }
      return out;
    }
    String label = type == EmployeeType.PNS ? "NIP" : "NI PPPK";
    if (!d.matches("\\d{18}")) {
      out.add(
          violation(
              "NIP_FORMAT",
              label + " harus 18 digit angka (spasi boleh).",
              label + " must be 18 digits (spaces allowed)."));
      return out;
    }
    LocalDate birth = date(d.substring(0, 8));
    if (birth == null || birth.getYear() < 1900 || birth.isAfter(today)) {
      out.add(
          violation(
              "NIP_BIRTH_DATE",
              "Digit 1-8 " + label + " bukan tanggal lahir yang sah (YYYYMMDD).",
              "Digits 1-8 of the " + label + " are not a valid birth date (YYYYMMDD)."));
    }
    int appointmentYear = Integer.parseInt(d.substring(8, 12));
    if (type == EmployeeType.PNS) {
      int month = Integer.parseInt(d.substring(12, 14));
      if (month < 1 || month > 12) {
        out.add(
            violation(
                "NIP_APPOINTMENT",
                "Digit 9-14 NIP bukan bulan pengangkatan CPNS yang sah (YYYYMM).",
                "Digits 9-14 of the NIP are not a valid CPNS appointment month (YYYYMM)."));
      }
    } else if (d.substring(12, 14).equals("00")) {
      out.add(
          violation(
              "NIP_CONTRACTS",
              "Digit 13-14 NI PPPK (jumlah kontrak) tidak boleh 00.",
              "Digits 13-14 of the NI PPPK (number of contracts) cannot be 00."));
    }
    if (birth != null
        && (appointmentYear < birth.getYear() + MIN_APPOINTMENT_AGE
            || appointmentYear > today.getYear())) {
      out.add(
          violation(
              "NIP_APPOINTMENT",
              "Tahun pengangkatan pada " + label + " tidak cocok dengan tanggal lahir.",
              "The appointment year in the " + label + " does not fit the birth date."));
    }
    char gender = d.charAt(14);
    if (gender != '1' && gender != '2') {
      out.add(
          violation(
              "NIP_GENDER",
              "Digit 15 " + label + " harus 1 (laki-laki) atau 2 (perempuan).",
              "Digit 15 of the " + label + " must be 1 (male) or 2 (female)."));
    }
    if (d.endsWith("000")) {
      out.add(
          violation(
              "NIP_SEQUENCE",
              "Nomor urut (3 digit terakhir) " + label + " tidak boleh 000.",
              "The sequence number (last 3 digits) of the " + label + " cannot be 000."));
    }
    return out;
  }

  private static Violation violation(String code, String id, String en) {
    return new Violation("nip", code, id, en);
  }

  private static LocalDate date(String yyyymmdd) {
    try {
      return LocalDate.of(
          Integer.parseInt(yyyymmdd.substring(0, 4)),
          Integer.parseInt(yyyymmdd.substring(4, 6)),
          Integer.parseInt(yyyymmdd.substring(6, 8)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  public String digits() {
    return digits;
  }

  public EmployeeType type() {
    return type;
  }

  /** The birth date an ASN's number carries; null for non-ASN staff. */
  public LocalDate birthDate() {
    if (type == EmployeeType.NON_ASN) {
      return null;
    }
    return date(digits.substring(0, 8));
  }

  /** 1 male, 2 female, as the number says. */
  public int genderDigit() {
    return digits.charAt(14) - '0';
  }

  /**
   * The number as people write it: {@code 19660801 198803 1 001} or {@code 19900101 2021 01 1 001}.
   */
  public String display() {
    if (type == EmployeeType.NON_ASN) {
      return digits;
    }
    return type == EmployeeType.PNS
        ? digits.substring(0, 8)
            + " "
            + digits.substring(8, 14)
            + " "
            + digits.charAt(14)
            + " "
            + digits.substring(15)
        : digits.substring(0, 8)
            + " "
            + digits.substring(8, 12)
            + " "
            + digits.substring(12, 14)
            + " "
            + digits.charAt(14)
            + " "
            + digits.substring(15);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmployeeNumber other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return digits;
  }
}
