package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An HR portal as Netra knows it: the issuer ({@code iss}) its employee tokens name, and the one
 * agency it belongs to. An agency may run several portals; an issuer is never another agency's.
 */
@Entity
@Table(name = "portal_issuer")
public class PortalIssuer {

  @Id
  @Column(length = 200)
  private String issuer;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PortalIssuer() {}

  public PortalIssuer(String issuer, String agencyCode, Instant now) {
    this.issuer = issuer;
    this.agencyCode = agencyCode;
    this.createdAt = now;
  }

  public String issuer() {
    return issuer;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
