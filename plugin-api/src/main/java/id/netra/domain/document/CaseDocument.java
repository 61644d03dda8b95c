package id.netra.domain.document;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file of a case, as Netra keeps it: what it is, its name and type, its size and SHA-256, and
 * where its bytes are. Documents are never changed nor deleted; a corrected decree is a new one.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

  /** Where the bytes are kept. */
  public enum Storage {
    DATABASE,
    FOLDER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
  @SequenceGenerator(
      name = "case_document_seq",
      sequenceName = "case_document_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DocumentKind kind;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 8)
  private FileType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "stored_in", nullable = false, length = 8)
  private Storage storage;

  /** For a decree or cancellation: the number of the decree it is, once known. */
  @Column(name = "decree_number", length = 100)
  private String decreeNumber;

  @Column(length = 500)
  private String note;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected CaseDocument() {}

  public CaseDocument(
      long caseId,
      String agency,
      DocumentKind kind,
      String fileName,
      FileType type,
      long size,
      String sha256,
      Storage storage,
      String note,
      String uploadedBy,
      Instant uploadedAt) {
    this.caseId = caseId;
    this.agency = agency;
    this.kind = kind;
    this.fileName = fileName;
    this.type = type;
    this.size = size;
    this.sha256 = sha256;
    this.storage = storage;
    this.note = note;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /**
   * A file name as kept: its last path segment without control characters, at most 200 characters
   * (keeping the extension), or the kind's name with the type's extension when none is given.
   */
  public static String fileNameOf(String raw, DocumentKind kind, FileType type) {
    String name = raw == null ? "" : raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = kind.name().toLowerCase(java.util.Locale.ROOT) + "." + type.extension();
    }
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 200 - ext.length()) + ext;
    }
    return name;
  }

  /** Binds a decree (or cancellation) document to the number of the decree it carries. */
  public void bindTo(String decree) {
    if (decreeNumber == null) {
      decreeNumber = decree;
    }
  }

  /** What the audit trail records of the document. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("case", caseId);
    m.put("kind", kind);
    m.put("fileName", fileName);
    m.put("type", type);
    m.put("size", size);
    m.put("sha256", sha256);
    m.put("storedIn", storage);
    m.put("decree", decreeNumber);
    return m;
  }

  public Long id() {
    return id;
  }

  public long caseId() {
    return caseId;
  }

  public String agency() {
    return agency;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public FileType type() {
    return type;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Storage storage() {
    return storage;
  }

  public String decreeNumber() {
    return decreeNumber;
  }

  public String note() {
    return note;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
