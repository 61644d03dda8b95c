package id.netra.domain.discipline;

import id.netra.domain.discipline.SanctionComparison.Difference;
import id.netra.domain.discipline.SanctionComparison.Finding;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One difference between Netra and a personnel record, and its resolution: sent again (for a record
 * that lacks the sanction or its cancellation) or accepted with a note (fixed by hand, or right as
 * it is).
 */
@Entity
@Table(name = "reconciliation_item")
public class ReconciliationItem {

  /** How a difference was resolved. */
  public enum Resolution {
    RESENT,
    ACCEPTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_item_seq")
  @SequenceGenerator(
      name = "reconciliation_item_seq",
      sequenceName = "reconciliation_item_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reconciliation_id", nullable = false, updatable = false)
  private SanctionReconciliation reconciliation;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connector;

  @Column(name = "case_id")
  private Long caseId;

  @Column(length = 18)
  private String nip;

  @Column(name = "decree_number", length = 100)
  private String decreeNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Difference difference;

  @Column(name = "expected_value", length = 500)
  private String expected;

  @Column(name = "found_value", length = 2000)
  private String found;

  @Column(name = "target_id", length = 100)
  private String targetId;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Resolution resolution;

  @Column(name = "resolved_by", length = 200)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolution_note", length = 2000)
  private String note;

  protected ReconciliationItem() {}

  ReconciliationItem(SanctionReconciliation reconciliation, String connector, Finding f) {
    this.reconciliation = reconciliation;
    this.connector = connector;
    this.caseId = f.caseId() == 0 ? null : f.caseId();
    this.nip = f.nip();
    this.decreeNumber = f.decreeNumber();
    this.difference = f.difference();
    this.expected = cut(f.expected(), 500);
    this.found = cut(f.found(), 2000);
    this.targetId = f.targetId();
  }

  /**
   * Resolves the difference once.
   *
   * @throws DomainStateException if it is resolved already, or cannot be resolved by resending
   * @throws DomainValidationException if it is accepted without a note saying why
   */
  public void resolve(Resolution how, String by, String note, Instant now) {
    if (resolution != null) {
      throw new DomainStateException(
          "ALREADY_RESOLVED",
          "Perbedaan ini sudah diselesaikan (" + resolution + ") oleh " + resolvedBy + ".",
          "This difference was resolved already (" + resolution + ") by " + resolvedBy + ".");
    }
    if (how == Resolution.ACCEPTED && (note == null || note.isBlank())) {
      throw DomainValidationException.of(
          "note",
          "REQUIRED",
          "Tuliskan mengapa perbedaan ini diterima.",
          "Say why this difference is accepted.");
    }
    if (how == Resolution.RESENT && !difference.resendable()) {
      throw new DomainStateException(
          "NOT_RESENDABLE",
          "Perbedaan "
              + difference
              + " tidak selesai dengan mengirim ulang; perbaiki catatan lalu terima dengan"
              + " catatan.",
          "A "
              + difference
              + " difference is not resolved by sending again; correct the record, then accept"
              + " it with a note.");
    }
    this.resolution = how;
    this.resolvedBy = by;
    this.note = cut(note, 2000);
    this.resolvedAt = now;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("connector", connector);
    m.put("caseId", caseId);
    m.put("decreeNumber", decreeNumber);
    m.put("difference", difference.name());
    m.put("resolution", resolution == null ? null : resolution.name());
    m.put("note", note);
    return m;
  }

  public long id() {
    return id;
  }

  public SanctionReconciliation reconciliation() {
    return reconciliation;
  }

  public String connector() {
    return connector;
  }

  public Long caseId() {
    return caseId;
  }

  public String nip() {
    return nip;
  }

  public String decreeNumber() {
    return decreeNumber;
  }

  public Difference difference() {
    return difference;
  }

  public String expected() {
    return expected;
  }

  public String found() {
    return found;
  }

  public String targetId() {
    return targetId;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String note() {
    return note;
  }
}
