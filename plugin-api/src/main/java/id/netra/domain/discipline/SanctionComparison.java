package id.netra.domain.discipline;

import id.netra.domain.employee.EmployeeNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the sanctions Netra decided with what a personnel record holds, matched on NIP and
 * decree number (spaces and case ignored, as officers type them differently).
 */
public final class SanctionComparison {

  private SanctionComparison() {}

  /** What can differ between Netra and a record. */
  public enum Difference {
    /** The record lacks the sanction: resending writes it. */
    MISSING,
    /** Netra has the cancellation decree, the record does not: resending writes it. */
    CANCELLATION_MISSING,
    /** The record has another sanction type under the same decree. */
    TYPE_DIFFERS,
    /** The record has another start date. */
    START_DIFFERS,
    /** The record shows a cancellation Netra does not know. */
    CANCELLED_ONLY_THERE,
    /** The record could not be read: nothing was compared. */
    TARGET_UNREADABLE;

    /** Whether sending the sanction again resolves it (the other differences need a person). */
    public boolean resendable() {
      return this == MISSING || this == CANCELLATION_MISSING;
    }
  }

  /** A sanction as Netra decided it, in the target's codes. */
  public record Expected(
      long caseId,
      String nip,
      String decreeNumber,
      String sanctionType,
      LocalDate startDate,
      String cancellationNumber) {}

  /** A sanction as the record holds it. */
  public record Held(
      String nip,
      String decreeNumber,
      String sanctionType,
      LocalDate startDate,
      String cancellationNumber,
      String targetId) {}

  /** One difference: what Netra expects and what the record has. */
  public record Finding(
      long caseId,
      String nip,
      String decreeNumber,
      Difference difference,
      String expected,
      String found,
      String targetId) {}

  public static List<Finding> compare(List<Expected> expected, List<Held> held) {
    Map<String, Held> byKey = new HashMap<>();
    for (Held h : held) {
      byKey.putIfAbsent(key(h.nip(), h.decreeNumber()), h);
    }
    List<Finding> out = new ArrayList<>();
    for (Expected e : expected) {
      Held h = byKey.get(key(e.nip(), e.decreeNumber()));
      if (h == null) {
        out.add(
            new Finding(
                e.caseId(),
                e.nip(),
                e.decreeNumber(),
                Difference.MISSING,
                e.sanctionType() + " " + e.startDate(),
                null,
                null));
        continue;
      }
      if (!Objects.equals(e.sanctionType(), h.sanctionType())) {
        out.add(finding(e, h, Difference.TYPE_DIFFERS, e.sanctionType(), h.sanctionType()));
      }
      if (h.startDate() != null && !h.startDate().equals(e.startDate())) {
        out.add(
            finding(
                e,
                h,
                Difference.START_DIFFERS,
                String.valueOf(e.startDate()),
                String.valueOf(h.startDate())));
      }
      boolean netraCancelled = !blank(e.cancellationNumber());
      boolean recordCancelled = !blank(h.cancellationNumber());
      if (netraCancelled && !recordCancelled) {
        out.add(finding(e, h, Difference.CANCELLATION_MISSING, e.cancellationNumber(), null));
      } else if (!netraCancelled && recordCancelled) {
        out.add(finding(e, h, Difference.CANCELLED_ONLY_THERE, null, h.cancellationNumber()));
      }
    }
    return out;
  }

  private static Finding finding(Expected e, Held h, Difference d, String expected, String found) {
    return new Finding(e.caseId(), e.nip(), e.decreeNumber(), d, expected, found, h.targetId());
  }

  static String key(String nip, String decree) {
    return EmployeeNumber.canonical(nip)
        + "|"
        + (decree == null ? "" : decree.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
