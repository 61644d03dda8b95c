package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One key a portal signs employee tokens with (HS256). A portal has one current key; when it is
 * rotated the previous one stays valid until {@link #retiresAt()} (the overlap in which the
 * portal's servers switch over), and any key can be revoked at once.
 */
@Entity
@Table(name = "portal_signing_key")
public class PortalKey {

  /** Where a key stands at a given time. */
  public enum State {
    /** The key the portal signs with now. */
    CURRENT,
    /** Replaced, still valid until its retirement time. */
    RETIRING,
    /** Replaced and past its retirement time. */
    RETIRED,
    /** Withdrawn by an administrator. */
    REVOKED
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "key_id", length = 40)
  private String keyId;

  @Column(nullable = false, length = 200)
  private String issuer;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(nullable = false, length = 200)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retires_at")
  private Instant retiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PortalKey() {}

  public PortalKey(PortalIssuer portal, String secret, Instant now) {
    byte[] id = new byte[8];
    RANDOM.nextBytes(id);
    this.keyId = "pk_" + HexFormat.of().formatHex(id);
    this.issuer = portal.issuer();
    this.agencyCode = portal.agencyCode();
    this.secret = secret;
    this.createdAt = now;
  }

  /** Whether tokens signed with this key are accepted at {@code now}. */
  public boolean validAt(Instant now) {
    return revokedAt == null && (retiresAt == null || now.isBefore(retiresAt));
  }

  public State stateAt(Instant now) {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    if (retiresAt == null) {
      return State.CURRENT;
    }
    return now.isBefore(retiresAt) ? State.RETIRING : State.RETIRED;
  }

  /** Replaced by a newer key: valid until {@code until}. */
  void retire(Instant until) {
    this.retiresAt = until;
  }

  void revoke(Instant now) {
    this.revokedAt = now;
  }

  public String keyId() {
    return keyId;
  }

  public String issuer() {
    return issuer;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String secret() {
    return secret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant retiresAt() {
    return retiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
