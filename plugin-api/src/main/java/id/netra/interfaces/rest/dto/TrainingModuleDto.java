package id.netra.interfaces.rest.dto;

import id.netra.domain.training.QuizQuestion;
import id.netra.domain.training.TrainingModule;
import id.netra.domain.training.TrainingSection;
import java.util.List;

/**
 * A training module version. On output the questions carry no correct answer; on input {@code
 * correctChoice} is read and kept on the server.
 */
public record TrainingModuleDto(
    Long id,
    String agency,
    String code,
    Integer version,
    String status,
    String title,
    List<Section> sections,
    List<Question> questions,
    Integer passMark,
    Integer validityDays) {

  /** A section of material. */
  public record Section(String title, String body) {}

  /** A question; {@code correctChoice} only on input. */
  public record Question(String prompt, List<String> choices, Integer correctChoice) {}

  public static TrainingModuleDto of(TrainingModule m) {
    return new TrainingModuleDto(
        m.id(),
        m.agencyCode(),
        m.code(),
        m.moduleVersion(),
        m.status().name(),
        m.title(),
        m.sections().stream().map(s -> new Section(s.title(), s.body())).toList(),
        m.questions().stream().map(q -> new Question(q.prompt(), q.choices(), null)).toList(),
        m.passMark(),
        m.validityDays());
  }

  public List<TrainingSection> toSections() {
    return sections == null
        ? List.of()
        : sections.stream().map(s -> new TrainingSection(s.title(), s.body())).toList();
  }

  public List<QuizQuestion> toQuestions() {
    return questions == null
        ? List.of()
        : questions.stream()
            .map(
                q ->
                    new QuizQuestion(
                        q.prompt(),
                        q.choices() == null ? List.of() : q.choices(),
                        q.correctChoice() == null ? -1 : q.correctChoice()))
            .toList();
  }
}
