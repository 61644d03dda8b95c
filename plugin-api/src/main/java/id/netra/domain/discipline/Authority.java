package id.netra.domain.discipline;

import id.netra.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Who signed a decree: the capacity, and for a Plt or Pj the letter that gave the mandate (for a
 * Pj, the minister's written approval a disciplinary decree needs).
 */
public record Authority(Capacity capacity, String mandate) {

  /** In which capacity the official who signed the decree acted. */
  public enum Capacity {
    /** The definitive PPK (the elected regional head, minister or agency head). */
    DEFINITIVE,
    /** Pelaksana tugas: a deputy standing in. */
    PLT,
    /** Penjabat: an acting head appointed for the period without an elected head. */
    PJ
  }

  public static final Authority DEFINITIVE = new Authority(Capacity.DEFINITIVE, null);

  /** The authority given, or the definitive PPK when none is named. */
  static Authority orDefinitive(Authority a) {
    return a == null || a.capacity() == null ? DEFINITIVE : a;
  }

  /** The mandate as kept: trimmed, null when blank. */
  String mandateText() {
    return mandate == null || mandate.isBlank() ? null : mandate.strip();
  }

  /** Why this authority cannot sign as stated; empty when it can. */
  List<Violation> problems() {
    List<Violation> out = new ArrayList<>();
    if (capacity != Capacity.DEFINITIVE && mandateText() == null) {
      out.add(
          new Violation(
              "mandate",
              "MANDATE_REQUIRED",
              "Pejabat Pembina Kepegawaian (PPK) yang bertindak sebagai Plt atau Pj menyebutkan"
                  + " surat yang memberinya wewenang.",
              "An agency head (PPK) acting as Plt or Pj names the letter that gave the mandate."));
    }
    if (mandate != null && mandate.length() > 200) {
      out.add(
          new Violation(
              "mandate",
              "TOO_LONG",
              "Surat mandat paling panjang 200 karakter.",
              "The mandate is at most 200 characters."));
    }
    return out;
  }
}
