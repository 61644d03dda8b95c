package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key the server signs receipts with: the public half is published for ever, rotated or not. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

  @Id
  @Column(length = 64)
  private String kid;

  @Column(nullable = false, length = 16)
  private String algorithm;

  @Column(name = "public_key", nullable = false, length = 1000)
  private String publicKey;

  /** Null for a key whose private half lives in a keystore. */
  @Column(name = "private_key", length = 2000)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKey() {}

  public SigningKey(
      String kid, String algorithm, String publicKey, String privateKey, Instant createdAt) {
    this.kid = kid;
    this.algorithm = algorithm;
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.createdAt = createdAt;
  }

  public String kid() {
    return kid;
  }

  public String publicKey() {
    return publicKey;
  }

  public String privateKey() {
    return privateKey;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
