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

  /** Why the issuer cannot have made this recommendation; empty when it can. */
  List<Violation> issuerProblems() {
    List<Violation> out = new ArrayList<>();
    String by = issuerOf(this);
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
