package id.netra.domain.pact;

import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Hashing;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of an agency's pact text. Drafts are edited; publishing fixes the text and its
 * content hash for good, and signatures point at that hash.
 */
@Entity
@Table(name = "pact_template")
public class PactTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pact_template_seq")
  @SequenceGenerator(
      name = "pact_template_seq",
      sequenceName = "pact_template_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(name = "title_id", nullable = false, length = 300)
  private String titleId;

  @Column(name = "title_en", nullable = false, length = 300)
  private String titleEn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pact_clause", joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "position")
  private List<PactClause> clauses = new ArrayList<>();

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TemplateStatus status;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected PactTemplate() {}

  public PactTemplate(String agencyCode, String code, int templateVersion, PactText text) {
    this.agencyCode = agencyCode;
    this.code = code;
    this.templateVersion = templateVersion;
    this.status = TemplateStatus.DRAFT;
    edit(text);
  }

  /** Replaces the text of a draft. */
  public void edit(PactText text) {
    if (status == TemplateStatus.PUBLISHED) {
      throw new DomainStateException(
          "TEMPLATE_PUBLISHED",
          "Versi pakta yang sudah diterbitkan tidak dapat diubah; buat versi baru.",
          "A published pact version cannot change; create a new version.");
    }
    validate(text);
    this.titleId = text.titleId().trim();
    this.titleEn = text.titleEn().trim();
    this.clauses = new ArrayList<>(text.clauses());
    this.contentHash = hash(text);
  }

  /** Fixes the text for good. */
  public void publish(Instant now) {
    if (status == TemplateStatus.PUBLISHED) {
      throw new DomainStateException(
          "TEMPLATE_PUBLISHED",
          "Versi pakta ini sudah diterbitkan.",
          "This pact version is already published.");
    }
    status = TemplateStatus.PUBLISHED;
    publishedAt = now;
  }

  static void validate(PactText text) {
    Validations v = new Validations();
    v.requireText(text.titleId(), "titleId", 300);
    v.requireText(text.titleEn(), "titleEn", 300);
    v.require(
        text.clauses() != null && !text.clauses().isEmpty(),
        "clauses",
        "REQUIRED",
        "Pakta harus memiliki paling sedikit satu butir.",
        "A pact needs at least one clause.");
    if (text.clauses() != null) {
      for (int i = 0; i < text.clauses().size(); i++) {
        PactClause c = text.clauses().get(i);
        v.requireText(c.textId(), "clauses[" + i + "].textId", 4000);
        v.requireText(c.textEn(), "clauses[" + i + "].textEn", 4000);
      }
    }
    v.throwIfAny();
  }

  /**
   * The content hash: SHA-256 over the titles and clauses, each in both languages, separated so
   * that no two different texts hash alike.
   */
  public static String hash(PactText text) {
    StringBuilder sb = new StringBuilder("netra-pact-v1\n");
    sb.append(text.titleId().trim()).append('\u001f').append(text.titleEn().trim()).append('\n');
    for (PactClause c : text.clauses()) {
      sb.append(c.textId()).append('\u001f').append(c.textEn()).append('\n');
    }
    return Hashing.sha256Hex(sb.toString());
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("agency", agencyCode);
    m.put("code", code);
    m.put("version", templateVersion);
    m.put("status", status);
    m.put("contentHash", contentHash);
    return m;
  }

  public boolean isPublished() {
    return status == TemplateStatus.PUBLISHED;
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

  public int templateVersion() {
    return templateVersion;
  }

  public String titleId() {
    return titleId;
  }

  public String titleEn() {
    return titleEn;
  }

  public List<PactClause> clauses() {
    return List.copyOf(clauses);
  }

  public String contentHash() {
    return contentHash;
  }

  public TemplateStatus status() {
    return status;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
