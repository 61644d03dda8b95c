package id.netra.domain.gate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One reason behind a decision, as stored with it. */
@Embeddable
public class GateReason {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ReasonCode code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Severity severity;

  protected GateReason() {}

  public GateReason(ReasonCode code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  public ReasonCode code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GateReason r && r.code == code && r.severity == severity;
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + severity.hashCode();
  }

  @Override
  public String toString() {
    return code + "/" + severity;
  }
}
