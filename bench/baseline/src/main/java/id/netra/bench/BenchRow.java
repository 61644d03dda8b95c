package id.netra.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored row of the one-row baseline. */
@Entity
@Table(name = "bench_row")
public class BenchRow {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 200)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private long createdAt;

  protected BenchRow() {}

  public BenchRow(String id, String payload, Instant createdAt) {
    this.id = id;
    this.payload = payload;
    this.createdAt = createdAt.toEpochMilli();
  }

  public String id() {
    return id;
  }
}
