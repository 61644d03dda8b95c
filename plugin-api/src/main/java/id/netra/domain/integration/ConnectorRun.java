package id.netra.domain.integration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The kept report of one connector run: what was created, updated, decided or failed. */
@Entity
@Table(name = "connector_run")
public class ConnectorRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connector_run_seq")
  @SequenceGenerator(
      name = "connector_run_seq",
      sequenceName = "connector_run_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connectorId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "run_kind", nullable = false, length = 16)
  private String runKind;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "unchanged_count", nullable = false)
  private int unchanged;

  @Column(name = "deactivated_count", nullable = false)
  private int deactivated;

  @Column(name = "decided_count", nullable = false)
  private int decided;

  @Column(name = "replayed_count", nullable = false)
  private int replayed;

  @Column(name = "failed_count", nullable = false)
  private int failed;

  @Column(name = "marker_from", length = 200)
  private String markerFrom;

  @Column(name = "marker_to", length = 200)
  private String markerTo;

  @Column(length = 1000)
  private String error;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "connector_run_item", joinColumns = @JoinColumn(name = "run_id"))
  @OrderColumn(name = "item_no")
  private List<ConnectorRunItem> items = new ArrayList<>();

  protected ConnectorRun() {}

  /** Counts in the order created, updated, unchanged, deactivated, decided, replayed, failed. */
  public ConnectorRun(
      String connectorId,
      String agencyCode,
      String runKind,
      boolean dryRun,
      String status,
      Instant startedAt,
      Instant finishedAt,
      int[] counts,
      String markerFrom,
      String markerTo,
      String error,
      List<ConnectorRunItem> items) {
    this.connectorId = connectorId;
    this.agencyCode = agencyCode;
    this.runKind = runKind;
    this.dryRun = dryRun;
    this.status = status;
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
    this.created = counts[0];
    this.updated = counts[1];
    this.unchanged = counts[2];
    this.deactivated = counts[3];
    this.decided = counts[4];
    this.replayed = counts[5];
    this.failed = counts[6];
    this.markerFrom = markerFrom;
    this.markerTo = markerTo;
    this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    this.items = new ArrayList<>(items);
  }

  public Long id() {
    return id;
  }

  public String connectorId() {
    return connectorId;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String runKind() {
    return runKind;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public String status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int deactivated() {
    return deactivated;
  }

  public int decided() {
    return decided;
  }

  public int replayed() {
    return replayed;
  }

  public int failed() {
    return failed;
  }

  public String markerFrom() {
    return markerFrom;
  }

  public String markerTo() {
    return markerTo;
  }

  public String error() {
    return error;
  }

  public List<ConnectorRunItem> items() {
    return items;
  }
}
