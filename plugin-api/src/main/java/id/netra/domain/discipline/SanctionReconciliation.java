package id.netra.domain.discipline;

import id.netra.domain.discipline.SanctionComparison.Difference;
import id.netra.domain.discipline.SanctionComparison.Finding;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One comparison of an agency's sanctions with every personnel record it writes to: what each
 * record lacks or holds otherwise, kept until an administrator resolves each difference.
 */
@Entity
@Table(name = "sanction_reconciliation")
public class SanctionReconciliation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanction_reconciliation_seq")
  @SequenceGenerator(
      name = "sanction_reconciliation_seq",
      sequenceName = "sanction_reconciliation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agency;

  @Column(name = "ran_at", nullable = false)
  private Instant ranAt;

  @Column(name = "ran_by", nullable = false, length = 200)
  private String ranBy;

  @Column(name = "sanctions_compared", nullable = false)
  private int sanctionsCompared;

  @Column(nullable = false, length = 4000)
  private String summary = "";

  @OneToMany(mappedBy = "reconciliation", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<ReconciliationItem> items = new ArrayList<>();

  protected SanctionReconciliation() {}

  public SanctionReconciliation(String agency, String ranBy, int sanctionsCompared, Instant now) {
    this.agency = agency;
    this.ranBy = ranBy;
    this.sanctionsCompared = sanctionsCompared;
    this.ranAt = now;
  }

  /** The differences one record showed, and a line for the summary. */
  public void compared(String connector, int held, List<Finding> findings) {
    findings.forEach(f -> items.add(new ReconciliationItem(this, connector, f)));
    note(connector + ": " + held + " held, " + findings.size() + " difference(s)");
  }

  /** A record that could not be read: listed, so that nobody takes silence for agreement. */
  public void unreadable(String connector, String why) {
    items.add(
        new ReconciliationItem(
            this,
            connector,
            new Finding(0, null, null, Difference.TARGET_UNREADABLE, null, why, null)));
    note(connector + ": not read (" + why + ")");
  }

  private void note(String line) {
    String next = summary.isEmpty() ? line : summary + "\n" + line;
    summary = next.length() > 4000 ? next.substring(0, 3999) + "…" : next;
  }

  public Optional<ReconciliationItem> item(long itemId) {
    return items.stream().filter(i -> i.id() == itemId).findFirst();
  }

  public Long id() {
    return id;
  }

  public String agency() {
    return agency;
  }

  public Instant ranAt() {
    return ranAt;
  }

  public String ranBy() {
    return ranBy;
  }

  public int sanctionsCompared() {
    return sanctionsCompared;
  }

  public String summary() {
    return summary;
  }

  public List<ReconciliationItem> items() {
    return List.copyOf(items);
  }

  /** How many differences still wait for an administrator. */
  public long open() {
    return items.stream().filter(i -> i.resolution() == null).count();
  }
}
