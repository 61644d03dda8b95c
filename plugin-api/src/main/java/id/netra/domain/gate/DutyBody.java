package id.netra.domain.gate;

import java.util.Locale;
import java.util.Optional;

/** Ad hoc election bodies an ASN may serve in with the superior's permit. */
public enum DutyBody {
  PPK,
  PPS,
  KPPS,
  PANTARLIH,
  PANWASCAM,
  PKD,
  PTPS;

  public static Optional<DutyBody> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
