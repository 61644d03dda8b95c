package id.netra.domain.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Where a connector's incremental pull goes on from: the greatest change marker it has seen. */
@Entity
@Table(name = "connector_marker")
@IdClass(ConnectorMarker.Key.class)
public class ConnectorMarker {

  /** The marker's key: connector and name. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String connectorId;
    private String name;

    public Key() {}

    public Key(String connectorId, String name) {
      this.connectorId = connectorId;
      this.name = name;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.connectorId.equals(connectorId) && k.name.equals(name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(connectorId, name);
    }
  }

  @Id
  @Column(name = "connector_id", length = 64)
  private String connectorId;

  @Id
  @Column(length = 64)
  private String name;

  @Column(nullable = false, length = 200)
  private String marker;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ConnectorMarker() {}

  public ConnectorMarker(String connectorId, String name, String marker, Instant now) {
    this.connectorId = connectorId;
    this.name = name;
    this.marker = marker;
    this.updatedAt = now;
  }

  public void moveTo(String marker, Instant now) {
    this.marker = marker;
    this.updatedAt = now;
  }

  public String marker() {
    return marker;
  }
}
