package id.netra.domain.training;

import id.netra.domain.pact.TemplateStatus;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Validations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of a training module: material, quiz, pass mark and how long a pass stays valid. */
@Entity
@Table(name = "training_module")
public class TrainingModule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_seq")
  @SequenceGenerator(
      name = "training_module_seq",
      sequenceName = "training_module_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "module_version", nullable = false)
  private int moduleVersion;

  @Column(nullable = false, length = 300)
  private String title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "training_section", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  private List<TrainingSection> sections = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "module_id"))
  @OrderColumn(name = "position")
  private List<QuizQuestion> questions = new ArrayList<>();

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @Column(name = "validity_days", nullable = false)
  private int validityDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TemplateStatus status;

  @Version private long version;

  protected TrainingModule() {}

  public TrainingModule(
      String agencyCode,
      String code,
      int moduleVersion,
      String title,
      List<TrainingSection> sections,
      List<QuizQuestion> questions,
      int passMark,
      int validityDays) {
    new Validations().requireText(code, "code", 64).throwIfAny();
    this.agencyCode = agencyCode;
    this.code = code;
    this.moduleVersion = moduleVersion;
    this.status = TemplateStatus.DRAFT;
    edit(title, sections, questions, passMark, validityDays);
  }

  /** Replaces the content of a draft; a published version never changes. */
  public void edit(
      String title,
      List<TrainingSection> sections,
      List<QuizQuestion> questions,
      int passMark,
      int validityDays) {
    if (status == TemplateStatus.PUBLISHED) {
      throw new DomainStateException(
          "MODULE_PUBLISHED",
          "Versi modul yang sudah diterbitkan tidak dapat diubah; buat versi baru.",
          "A published module version cannot change; create a new version.");
    }
    Validations v = new Validations();
    v.requireText(title, "title", 300);
    v.require(
        sections != null && !sections.isEmpty(),
        "sections",
        "REQUIRED",
        "Modul memerlukan paling sedikit satu bagian materi.",
        "A module needs at least one section.");
    v.require(
        questions != null && !questions.isEmpty(),
        "questions",
        "REQUIRED",
        "Modul memerlukan paling sedikit satu soal.",
        "A module needs at least one question.");
    if (questions != null) {
      for (int i = 0; i < questions.size(); i++) {
        QuizQuestion q = questions.get(i);
        v.require(
            q.choices().size() >= 2
                && q.correctChoice() >= 0
                && q.correctChoice() < q.choices().size(),
            "questions[" + i + "]",
            "QUESTION_INVALID",
            "Soal memerlukan paling sedikit dua pilihan dan satu jawaban benar di antaranya.",
            "A question needs at least two choices and a correct one among them.");
      }
    }
    v.require(
        passMark >= 1 && passMark <= 100,
        "passMark",
        "RANGE",
        "Nilai lulus antara 1 dan 100.",
        "The pass mark lies between 1 and 100.");
    v.require(
        validityDays >= 1,
        "validityDays",
        "RANGE",
        "Masa berlaku paling sedikit 1 hari.",
        "Validity is at least 1 day.");
    v.throwIfAny();
    this.title = title.trim();
    this.sections = new ArrayList<>(sections);
    this.questions = new ArrayList<>(questions);
    this.passMark = passMark;
    this.validityDays = validityDays;
  }

  public void publish() {
    if (status == TemplateStatus.PUBLISHED) {
      throw new DomainStateException(
          "MODULE_PUBLISHED", "Modul ini sudah diterbitkan.", "This module is already published.");
    }
    status = TemplateStatus.PUBLISHED;
  }

  /**
   * Scores a set of answers, one choice index per question in order.
   *
   * @return the score from 0 to 100, rounded down
   */
  public int grade(List<Integer> answers) {
    if (answers == null || answers.size() != questions.size()) {
      throw DomainValidationException.of(
          "answers",
          "ANSWER_COUNT",
          "Jawab semua " + questions.size() + " soal.",
          "Answer all " + questions.size() + " questions.");
    }
    int right = 0;
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).isAnsweredBy(answers.get(i))) {
        right++;
      }
    }
    return right * 100 / questions.size();
  }

  public boolean passes(int score) {
    return score >= passMark;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("agency", agencyCode);
    m.put("code", code);
    m.put("version", moduleVersion);
    m.put("passMark", passMark);
    m.put("validityDays", validityDays);
    m.put("status", status);
    return m;
  }

  public Long id() {
    return id;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String code() {
    return code;
  }

  public int moduleVersion() {
    return moduleVersion;
  }

  public String title() {
    return title;
  }

  public List<TrainingSection> sections() {
    return List.copyOf(sections);
  }

  public List<QuizQuestion> questions() {
    return List.copyOf(questions);
  }

  public int passMark() {
    return passMark;
  }

  public int validityDays() {
    return validityDays;
  }

  public TemplateStatus status() {
    return status;
  }

  public boolean isPublished() {
    return status == TemplateStatus.PUBLISHED;
  }
}
