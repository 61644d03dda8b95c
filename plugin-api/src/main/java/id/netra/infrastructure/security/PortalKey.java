package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The key an agency's HR portal signs employee tokens with (HS256), and the issuer it names. */
@Entity
@Table(name = "portal_key")
public class PortalKey {

  @Id
  @Column(name = "agency_code", length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 200)
  private String issuer;

  @Column(nullable = false, length = 200)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PortalKey() {}

  public PortalKey(String agencyCode, String issuer, String secret, Instant now) {
    this.agencyCode = agencyCode;
    this.issuer = issuer;
    this.secret = secret;
    this.createdAt = now;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String issuer() {
    return issuer;
  }

  public String secret() {
    return secret;
  }
}
