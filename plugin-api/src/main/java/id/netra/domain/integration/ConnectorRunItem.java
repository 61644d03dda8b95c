package id.netra.domain.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One record of a run that did not stay unchanged: its key, outcome and reasons (JSON). */
@Embeddable
public class ConnectorRunItem {

  @Column(name = "record_key", length = 200)
  private String recordKey;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(length = 200)
  private String detail;

  @Column(length = 4000)
  private String reasons;

  protected ConnectorRunItem() {}

  public ConnectorRunItem(String recordKey, String outcome, String detail, String reasons) {
    this.recordKey = recordKey;
    this.outcome = outcome;
    this.detail = detail;
    this.reasons = reasons;
  }

  public String recordKey() {
    return recordKey;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public String reasons() {
    return reasons;
  }
}
