package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who uses the console: roles from {@link Role}; an agency code limits them to that
 * agency, none means every agency.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "agency_code", length = 32)
  private String agencyCode;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Account() {}

  public Account(
      String username, String password, Set<String> roles, String agencyCode, Instant now) {
    this.username = username;
    this.passwordHash = Passwords.hash(password);
    this.roles = String.join(",", new TreeSet<>(roles));
    this.agencyCode = agencyCode;
    this.active = true;
    this.createdAt = now;
  }

  public boolean checkPassword(String password) {
    return active && Passwords.verify(password, passwordHash);
  }

  public String username() {
    return username;
  }

  public Set<String> roles() {
    return new TreeSet<>(Arrays.asList(roles.split(",")));
  }

  public String agencyCode() {
    return agencyCode;
  }
}
