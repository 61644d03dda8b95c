package id.netra.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who uses the console: roles from {@link Role}; an agency code limits them to that
 * agency, none means every agency. It keeps its own failed logins and lock (shared by every
 * instance on the database), its last login, and whether its password was set by an administrator
 * and must be changed.
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

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "last_failed_at")
  private Instant lastFailedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "last_login_address", length = 64)
  private String lastLoginAddress;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "sso_provider", length = 64)
  private String ssoProvider;

  @Column(name = "sso_subject", length = 255)
  private String ssoSubject;

  protected Account() {}

  public Account(
      String username, String password, Set<String> roles, String agencyCode, Instant now) {
    this.username = username;
    this.passwordHash = Passwords.hash(password);
    this.roles = String.join(",", new TreeSet<>(roles));
    this.agencyCode = agencyCode;
    this.active = true;
    this.createdAt = now;
    this.passwordChangedAt = now;
  }

  /**
   * An account of single sign-on: {@code provider}'s {@code subject}, with the roles and agency its
   * claims gave at the first login. Its password is a random one nobody is told, so it logs in
   * through the provider only.
   */
  public static Account ofSso(
      String provider,
      String subject,
      String username,
      Set<String> roles,
      String agencyCode,
      Instant now) {
    byte[] random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    Account a =
        new Account(
            username, java.util.Base64.getEncoder().encodeToString(random), roles, agencyCode, now);
    a.ssoProvider = provider;
    a.ssoSubject = subject;
    return a;
  }

  /** Whether the password is this account's; the full check runs whatever the account's state. */
  public boolean passwordMatches(String password) {
    return Passwords.verify(password, passwordHash);
  }

  /** Whether logins are refused until then (a lock after failed logins). */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a wrong password and locks the account once {@code policy} says so.
   *
   * @return the end of the lock, if this failure locked the account
   */
  public java.util.Optional<Instant> failedLogin(LoginPolicy policy, Instant now) {
    if (lastFailedAt != null && policy.forgotten(lastFailedAt, now)) {
      failedLogins = 0;
    }
    failedLogins++;
    lastFailedAt = now;
    Duration lock = policy.lockFor(failedLogins);
    if (lock.isZero()) {
      return java.util.Optional.empty();
    }
    lockedUntil = now.plus(lock);
    return java.util.Optional.of(lockedUntil);
  }

  public void loggedIn(Instant now, String address) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
    lastLoginAddress = address;
  }

  /** Lifts a lock at once (an administrator's unlock). */
  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /**
   * Sets a new password.
   *
   * @param temporary set by an administrator: the account must choose its own at the next login
   */
  public void setPassword(String password, boolean temporary, Instant now) {
    passwordHash = Passwords.hash(password);
    passwordChangedAt = now;
    mustChangePassword = temporary;
    unlock();
  }

  public void setRoles(Set<String> newRoles) {
    roles = String.join(",", new TreeSet<>(newRoles));
  }

  /**
   * Takes what the provider's claims say at a login: its name there, roles and agency.
   *
   * @return whether anything changed
   */
  public boolean takeClaims(String newUsername, Set<String> newRoles, String newAgency) {
    boolean changed =
        !username.equals(newUsername)
            || !roles().equals(new TreeSet<>(newRoles))
            || !java.util.Objects.equals(agencyCode, newAgency);
    username = newUsername;
    setRoles(newRoles);
    agencyCode = newAgency;
    return changed;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public long id() {
    return id;
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

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public String lastLoginAddress() {
    return lastLoginAddress;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The single sign-on provider this account logs in through, or null for a password account. */
  public String ssoProvider() {
    return ssoProvider;
  }

  public String ssoSubject() {
    return ssoSubject;
  }
}
