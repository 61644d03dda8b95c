package id.netra.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section of training material. */
@Embeddable
public class TrainingSection {

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 20000)
  private String body;

  protected TrainingSection() {}

  public TrainingSection(String title, String body) {
    this.title = title;
    this.body = body;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }
}
