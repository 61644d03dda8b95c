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

  public Validations requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(field, "REQUIRED", "Wajib diisi.", "Required."));
    } else if (value.length() > maxLength) {
      violations.add(
          new Violation(
              field,
              "TOO_LONG",
              "Paling banyak " + maxLength + " karakter.",
              "At most " + maxLength + " characters."));
    }
    return this;
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
