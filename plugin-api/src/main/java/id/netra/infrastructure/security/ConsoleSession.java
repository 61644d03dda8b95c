package id.netra.infrastructure.security;

import id.netra.domain.shared.Hashing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A login of an account: a browser's session (its token in an HttpOnly cookie, a CSRF token for
 * every change) or a script's bearer token. Only the token's SHA-256 is stored, in the database so
 * that every instance knows every session.
 */
@Entity
@Table(name = "console_session")
public class ConsoleSession {

  /** How the token travels. */
  public enum Kind {
    /** In the {@code NETRA_SESSION} cookie; changes need the CSRF token. */
    COOKIE,
    /** As {@code Authorization: Bearer nts_…}, never sent by a browser on its own. */
    TOKEN
  }

  /** What a bearer token of an account starts with (an employee's portal token is a JWT). */
  public static final String TOKEN_PREFIX = "nts_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Kind kind;

  @Column(name = "csrf_token", length = 64)
  private String csrfToken;

  @Column(length = 64)
  private String address;

  @Column(name = "user_agent", length = 200)
  private String userAgent;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ConsoleSession() {}

  /** A session just opened, with the token its holder gets this once. */
  public record Opened(ConsoleSession session, String token) {}

  public static Opened open(
      Account account, Kind kind, String address, String userAgent, LoginPolicy p, Instant now) {
    String token = TOKEN_PREFIX + random(32);
    ConsoleSession s = new ConsoleSession();
    s.tokenHash = hash(token);
    s.account = account;
    s.kind = kind;
    s.csrfToken = kind == Kind.COOKIE ? random(24) : null;
    s.address = address;
    s.userAgent =
        userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length()));
    s.createdAt = now;
    s.lastSeenAt = now;
    s.expiresAt = now.plus(kind == Kind.COOKIE ? p.sessionMax() : p.tokenLifetime());
    return new Opened(s, token);
  }

  public static String hash(String token) {
    return Hashing.sha256Hex(token);
  }

  /** Whether the session still holds then: not past its end, not idle too long (a cookie). */
  public boolean liveAt(Instant now, LoginPolicy p) {
    if (!expiresAt.isAfter(now) || !account.active()) {
      return false;
    }
    return kind == Kind.TOKEN || lastSeenAt.plus(p.sessionIdle()).isAfter(now);
  }

  /** Notes a request; true when that changed the row (at most once a minute). */
  public boolean touch(Instant now) {
    if (lastSeenAt.plus(TOUCH_EVERY).isAfter(now)) {
      return false;
    }
    lastSeenAt = now;
    return true;
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Account account() {
    return account;
  }

  public Kind kind() {
    return kind;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
