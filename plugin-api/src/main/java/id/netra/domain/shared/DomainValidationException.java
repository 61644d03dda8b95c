package id.netra.domain.shared;

import java.util.List;

/** An input the domain refuses; carries every violation found, not just the first. */
public class DomainValidationException extends RuntimeException {

  private final transient List<Violation> violations;

  public DomainValidationException(List<Violation> violations) {
    super(violations.isEmpty() ? "invalid input" : violations.get(0).messageEn());
    this.violations = List.copyOf(violations);
  }

  public DomainValidationException(Violation violation) {
    this(List.of(violation));
  }

  public static DomainValidationException of(
      String field, String code, String messageId, String messageEn) {
    return new DomainValidationException(new Violation(field, code, messageId, messageEn));
  }

  public List<Violation> violations() {
    return violations;
  }
}
