package id.netra.domain.training;

import id.netra.domain.shared.Validations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Proof that an employee passed a training module, valid until a date. */
@Entity
@Table(name = "training_completion")
public class TrainingCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
  @SequenceGenerator(
      name = "training_completion_seq",
      sequenceName = "training_completion_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "module_code", nullable = false, length = 64)
  private String moduleCode;

  @Column(name = "module_version")
  private Integer moduleVersion;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false)
  private int score;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "certificate_number", nullable = false, length = 64)
  private String certificateNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CompletionSource source;

  @Column(length = 100)
  private String provider;

  @Column(name = "external_id", length = 200)
  private String externalId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected TrainingCompletion() {}

  private TrainingCompletion(
      String nip,
      String agencyCode,
      TrainingModule module,
      LocalDate completedOn,
      int score,
      String certificateNumber,
      CompletionSource source,
      String provider,
      String externalId,
      Instant recordedAt) {
    this.nip = nip;
    this.agencyCode = agencyCode;
    this.moduleCode = module.code();
    this.moduleVersion = module.moduleVersion();
    this.completedOn = completedOn;
    this.score = score;
    this.validUntil = completedOn.plusDays(module.validityDays());
    this.certificateNumber = certificateNumber;
    this.source = source;
    this.provider = provider;
    this.externalId = externalId;
    this.recordedAt = recordedAt;
  }

  /** A pass in Netra's own quiz. */
  public static TrainingCompletion passedInPortal(
      String nip,
      String agencyCode,
      TrainingModule module,
      int score,
      String certificateNumber,
      LocalDate today,
      Instant now) {
    return new TrainingCompletion(
        nip,
        agencyCode,
        module,
        today,
        score,
        certificateNumber,
        CompletionSource.PORTAL,
        null,
        null,
        now);
  }

  /**
   * A completion reported by an external LMS. The LMS's own score must reach the module's pass
   * mark: an import of a failed attempt is refused, not stored as a pass.
   */
  public static TrainingCompletion importedFromLms(
      String nip,
      String agencyCode,
      TrainingModule module,
      String provider,
      String externalId,
      LocalDate completedOn,
      int score,
      String certificateNumber,
      LocalDate today,
      Instant now) {
    Validations v = new Validations();
    v.requireText(provider, "provider", 100);
    v.requireText(externalId, "externalId", 200);
    v.require(
        completedOn != null && !completedOn.isAfter(today),
        "completedOn",
        "DATE_FUTURE",
        "Tanggal selesai wajib diisi dan tidak boleh di masa depan.",
        "The completion date is required and cannot be in the future.");
    v.require(
        score >= 0 && score <= 100,
        "score",
        "RANGE",
        "Nilai antara 0 dan 100.",
        "The score lies between 0 and 100.");
    v.require(
        module.passes(score),
        "score",
        "BELOW_PASS_MARK",
        "Nilai " + score + " di bawah nilai lulus " + module.passMark() + ".",
        "Score " + score + " is below the pass mark " + module.passMark() + ".");
    v.throwIfAny();
    String certificate =
        certificateNumber == null || certificateNumber.isBlank()
            ? provider.trim() + "-" + externalId.trim()
            : certificateNumber.trim();
    return new TrainingCompletion(
        nip,
        agencyCode,
        module,
        completedOn,
        score,
        certificate,
        CompletionSource.LMS_IMPORT,
        provider.trim(),
        externalId.trim(),
        now);
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("nip", nip);
    m.put("moduleCode", moduleCode);
    m.put("moduleVersion", moduleVersion);
    m.put("completedOn", completedOn);
    m.put("score", score);
    m.put("validUntil", validUntil);
    m.put("certificateNumber", certificateNumber);
    m.put("source", source);
    m.put("provider", provider);
    m.put("externalId", externalId);
    return m;
  }

  public Long id() {
    return id;
  }

  public String nip() {
    return nip;
  }

  public String moduleCode() {
    return moduleCode;
  }

  public Integer moduleVersion() {
    return moduleVersion;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public int score() {
    return score;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public CompletionSource source() {
    return source;
  }

  public String provider() {
    return provider;
  }

  public String externalId() {
    return externalId;
  }
}
