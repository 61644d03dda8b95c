package id.netra.domain.discipline;

import id.netra.domain.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recommendation to the PPK: by KASN up to {@link #KASN_LAST_DAY}, by BKN after (UU 20/2023 moved
 * KASN's task to BKN). Bawaslu forwards findings; it does not recommend sanctions.
 */
public record Recommendation(String issuer, String number, LocalDate date, String sanction) {

  /** The last day KASN issued recommendations; BKN issues them from the day after. */
  public static final LocalDate KASN_LAST_DAY = LocalDate.of(2024, 8, 24);

  /** The issuer as Netra keeps it: in capitals, trimmed, or empty. */
  static String issuerOf(Recommendation r) {
    return r == null || r.issuer() == null ? "" : r.issuer().strip().toUpperCase(Locale.ROOT);
  }

  /**
   * What a recommendation filed on {@code today} lacks or gets wrong: its number, a date not after
   * today, and an issuer that could have made it on that date; empty when nothing.
   */
  static List<Violation> problems(Recommendation r, LocalDate today) {
    List<Violation> out = new ArrayList<>(issuerProblems(issuerOf(r), r == null ? null : r.date()));
    if (r == null || r.number() == null || r.number().isBlank()) {
      out.add(
          new Violation(
              "number",
              "REQUIRED",
              "Nomor rekomendasi wajib.",
              "The recommendation's number is required."));
    }
    if (r != null && r.number() != null && r.number().length() > 100) {
      out.add(
          new Violation(
              "number", "TOO_LONG", "Paling banyak 100 karakter.", "At most 100 characters."));
    }
    if (r == null || r.date() == null || r.date().isAfter(today)) {
      out.add(
          new Violation(
              "date",
              "DATE_REQUIRED",
              "Tanggal rekomendasi wajib dan tidak setelah hari ini.",
              "The recommendation's date is required and not after today."));
    }
    return out;
  }

  private static List<Violation> issuerProblems(String by, LocalDate date) {
    List<Violation> out = new ArrayList<>();
    if (!by.equals("KASN") && !by.equals("BKN")) {
      out.add(
          new Violation(
              "issuer",
              "RECOMMENDATION_ISSUER",
              "Rekomendasi diterbitkan oleh KASN (sampai 24 Agustus 2024) atau BKN (sesudahnya);"
                  + " Bawaslu meneruskan temuan, tidak merekomendasikan hukuman.",
              "A recommendation comes from KASN (up to 24 August 2024) or BKN (after); Bawaslu"
                  + " forwards findings, it does not recommend sanctions."));
    } else if (date != null && by.equals("KASN") != !date.isAfter(KASN_LAST_DAY)) {
      String right = date.isAfter(KASN_LAST_DAY) ? "BKN" : "KASN";
      out.add(
          new Violation(
              "issuer",
              "RECOMMENDATION_ISSUER_DATE",
              "Rekomendasi bertanggal "
                  + date
                  + " diterbitkan oleh "
                  + right
                  + " (KASN sampai 24 Agustus 2024, BKN sesudahnya).",
              "A recommendation dated "
                  + date
                  + " comes from "
                  + right
                  + " (KASN up to 24 August 2024, BKN after)."));
    }
    return out;
  }
}
