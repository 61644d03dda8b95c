package id.netra.domain.pact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One clause of a pact, in Indonesian (binding) and English. */
@Embeddable
public class PactClause {

  @Column(name = "text_id", nullable = false, length = 4000)
  private String textId;

  @Column(name = "text_en", nullable = false, length = 4000)
  private String textEn;

  protected PactClause() {}

  public PactClause(String textId, String textEn) {
    this.textId = textId;
    this.textEn = textEn;
  }

  public String textId() {
    return textId;
  }

  public String textEn() {
    return textEn;
  }
}
