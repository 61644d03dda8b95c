package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An HR system allowed to call the integration API for one agency. Only the key's hash is kept. */
@Entity
@Table(name = "api_client")
public class ApiClient {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
  @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "key_prefix", nullable = false, unique = true, length = 32)
  private String keyPrefix;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * The connector its decisions are delivered through: a {@code webhook} instance linked to this HR
   * system's client, or the connector an internal client stands for.
   */
  @Column(name = "connector_id", length = 64)
  private String connectorId;

  /** A connector instance's own identity: it has no usable key and acts from routes. */
  @Column(nullable = false)
  private boolean internal;

  protected ApiClient() {}

  public ApiClient(String name, String agencyCode, ApiKeys.Issued key, Instant now) {
    this.name = name;
    this.agencyCode = agencyCode;
    this.keyPrefix = key.prefix();
    this.keyHash = key.hash();
    this.active = true;
    this.createdAt = now;
  }

  /** The identity a connector instance decides requests under; its key is never handed out. */
  public static ApiClient forConnector(String connectorId, String agencyCode, Instant now) {
    ApiClient c = new ApiClient("connector " + connectorId, agencyCode, ApiKeys.issue(), now);
    c.connectorId = connectorId;
    c.internal = true;
    return c;
  }

  /** Decisions on this client's requests go out through the connector from now on. */
  public void link(String connectorId) {
    if (internal) {
      throw new IllegalStateException("An internal client stays with its connector");
    }
    this.connectorId = connectorId;
  }

  public void unlink() {
    if (!internal) {
      this.connectorId = null;
    }
  }

  public boolean internal() {
    return internal;
  }

  public String connectorId() {
    return connectorId;
  }

  public void deactivate() {
    this.active = false;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public String keyHash() {
    return keyHash;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
