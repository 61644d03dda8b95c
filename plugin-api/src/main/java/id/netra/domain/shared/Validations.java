package id.netra.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations so that an input is refused with all its faults at once. */
public final class Validations {

  private final List<Violation> violations = new ArrayList<>();

  public Validations require(boolean ok, String field, String code, String id, String en) {
    if (!ok) {
      violations.add(new Violation(field, code, id, en));
    }
    return this;
  }

  /** Whether a fault of this field is already recorded. */
  public boolean has(String field) {
    return violations.stream().anyMatch(v -> field.equals(v.field()));
  }

  /** Records {@code TOO_LONG} when an optional text is longer than the column that keeps it. */
  public Validations maxLength(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      violations.add(
          new Violation(
              field,
              "TOO_LONG",
              "Paling banyak " + maxLength + " karakter.",
              "At most " + maxLength + " characters."));
    }
    return this;
  }

  public Validations requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(field, "REQUIRED", "Wajib diisi.", "Required."));
      return this;
    }
    return maxLength(value, field, maxLength);
  }

  /**
   * Parses an enum constant by name (case and surrounding blanks ignored), recording {@code
   * REQUIRED} or {@code UNKNOWN_VALUE} with the allowed names when it cannot.
   *
   * @return the constant, or null with a violation recorded (or null and nothing recorded when
   *     optional and blank)
   */
  public <E extends Enum<E>> E enumValue(
      Class<E> type, String raw, String field, boolean required) {
    if (raw == null || raw.isBlank()) {
      require(!required, field, "REQUIRED", "Wajib diisi.", "Required.");
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(raw.trim())) {
        return constant;
      }
    }
    String allowed =
        java.util.Arrays.stream(type.getEnumConstants())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.joining(", "));
    violations.add(
        new Violation(
            field,
            "UNKNOWN_VALUE",
            "Nilai tidak dikenal; pilih salah satu: " + allowed + ".",
            "Unknown value; choose one of: " + allowed + "."));
    return null;
  }

  public Validations add(Violation violation) {
    violations.add(violation);
    return this;
  }

  public Validations addAll(List<Violation> more) {
    violations.addAll(more);
    return this;
  }

  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }
}
