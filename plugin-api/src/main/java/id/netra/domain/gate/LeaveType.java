package id.netra.domain.gate;

import java.util.Locale;
import java.util.Optional;

/**
 * Leave types of PP 11/2017 Pasal 310, numbered as on the Peraturan BKN 24/2017 form; cuti bersama
 * has the local code 7.
 */
public enum LeaveType {
  TAHUNAN(1),
  BESAR(2),
  SAKIT(3),
  MELAHIRKAN(4),
  ALASAN_PENTING(5),
  CLTN(6),
  BERSAMA(7);

  private final int formCode;

  LeaveType(int formCode) {
    this.formCode = formCode;
  }

  public int formCode() {
    return formCode;
  }

  /** Accepts the name ({@code CLTN}, {@code tahunan}) or the form number ({@code 6}). */
  public static Optional<LeaveType> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (LeaveType t : values()) {
      if (t.name().equals(s) || String.valueOf(t.formCode).equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
