package id.netra.domain.pact;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An employee's signature of one published pact version for one election. The database allows one
 * valid signature per employee and election ({@code valid_marker} is 'Y' while valid).
 */
@Entity
@Table(name = "pact_signature")
public class PactSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pact_signature_seq")
  @SequenceGenerator(
      name = "pact_signature_seq",
      sequenceName = "pact_signature_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "election_id", nullable = false)
  private Long electionId;

  @Column(name = "template_id", nullable = false)
  private Long templateId;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(name = "template_hash", nullable = false, length = 64)
  private String templateHash;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private SignatureChannel channel;

  @Column(name = "evidence_ref", length = 300)
  private String evidenceRef;

  @Column(name = "witness_nip", length = 18)
  private String witnessNip;

  @Column(name = "typed_name", length = 200)
  private String typedName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "valid_marker", length = 1)
  private String validMarker = "Y";

  @Column(name = "receipt", length = 8000)
  private String receipt;

  protected PactSignature() {}

  private PactSignature(
      String nip,
      String agencyCode,
      long electionId,
      PactTemplate template,
      Instant signedAt,
      SignatureChannel channel,
      String evidenceRef,
      String witnessNip,
      String typedName,
      Instant recordedAt) {
    this.nip = nip;
    this.agencyCode = agencyCode;
    this.electionId = electionId;
    this.templateId = template.id();
    this.templateVersion = template.templateVersion();
    this.templateHash = template.contentHash();
    this.signedAt = signedAt;
    this.channel = channel;
    this.evidenceRef = evidenceRef;
    this.witnessNip = witnessNip;
    this.typedName = typedName;
    this.recordedAt = recordedAt;
  }

  /** A signature given at a paper ceremony; needs the evidence (scan, register) it rests on. */
  public static PactSignature offline(
      String nip,
      String agencyCode,
      long electionId,
      PactTemplate template,
      Instant signedAt,
      String evidenceRef,
      String witnessNip,
      Instant recordedAt) {
    Validations v = new Validations();
    requirePublished(template, v);
    v.requireText(evidenceRef, "evidenceRef", 300);
    v.require(
        signedAt != null && !signedAt.isAfter(recordedAt),
        "signedAt",
        "DATE_FUTURE",
        "Waktu tanda tangan wajib diisi dan tidak boleh di masa depan.",
        "The signing time is required and cannot be in the future.");
    v.throwIfAny();
    return new PactSignature(
        nip,
        agencyCode,
        electionId,
        template,
        signedAt,
        SignatureChannel.OFFLINE_CEREMONY,
        evidenceRef.trim(),
        witnessNip,
        null,
        recordedAt);
  }

  /** A signature given in the portal widget: the employee typed their full name. */
  public static PactSignature portal(
      String nip,
      String agencyCode,
      long electionId,
      PactTemplate template,
      String typedName,
      String employeeName,
      Instant now) {
    Validations v = new Validations();
    requirePublished(template, v);
    v.requireText(typedName, "typedName", 200);
    v.require(
        typedName == null
            || employeeName == null
            || normalise(typedName).equals(normalise(employeeName)),
        "typedName",
        "NAME_MISMATCH",
        "Nama yang diketik harus sama dengan nama lengkap Anda.",
        "The typed name must match your full name.");
    v.throwIfAny();
    return new PactSignature(
        nip,
        agencyCode,
        electionId,
        template,
        now,
        SignatureChannel.PORTAL,
        null,
        null,
        typedName.trim(),
        now);
  }

  private static void requirePublished(PactTemplate template, Validations v) {
    v.require(
        template != null && template.isPublished(),
        "templateId",
        "TEMPLATE_NOT_PUBLISHED",
        "Hanya versi pakta yang sudah diterbitkan yang dapat ditandatangani.",
        "Only a published pact version can be signed.");
  }

  private static String normalise(String name) {
    return name.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  /** Signs and keeps the receipt; the signature must have its id (be persisted) first. */
  public void issueReceipt(ReceiptSigner signer) {
    this.receipt = signer.sign(this);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("nip", nip);
    m.put("electionId", electionId);
    m.put("templateId", templateId);
    m.put("templateVersion", templateVersion);
    m.put("templateHash", templateHash);
    m.put("signedAt", signedAt);
    m.put("channel", channel);
    m.put("evidenceRef", evidenceRef);
    m.put("valid", isValid());
    return m;
  }

  public boolean isValid() {
    return "Y".equals(validMarker);
  }

  public Long id() {
    return id;
  }

  public String nip() {
    return nip;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public Long electionId() {
    return electionId;
  }

  public Long templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public String templateHash() {
    return templateHash;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public SignatureChannel channel() {
    return channel;
  }

  public String evidenceRef() {
    return evidenceRef;
  }

  public String witnessNip() {
    return witnessNip;
  }

  public String typedName() {
    return typedName;
  }

  public String receipt() {
    return receipt;
  }
}
