package id.netra.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A multiple-choice question; the correct choice never leaves the server. */
@Embeddable
public class QuizQuestion {

  private static final String SEPARATOR = "\u001f";

  @Column(nullable = false, length = 1000)
  private String prompt;

  @Column(name = "choices", nullable = false, length = 4000)
  private String choicesJoined;

  @Column(name = "correct_choice", nullable = false)
  private int correctChoice;

  protected QuizQuestion() {}

  public QuizQuestion(String prompt, List<String> choices, int correctChoice) {
    this.prompt = prompt;
    this.choicesJoined = String.join(SEPARATOR, choices);
    this.correctChoice = correctChoice;
  }

  public String prompt() {
    return prompt;
  }

  public List<String> choices() {
    return Arrays.asList(choicesJoined.split(SEPARATOR, -1));
  }

  int correctChoice() {
    return correctChoice;
  }

  boolean isAnsweredBy(Integer choice) {
    return choice != null && choice == correctChoice;
  }
}
