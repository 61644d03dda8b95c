package id.netra.infrastructure.security;

import java.time.Duration;
import java.time.Instant;

/** What a login came to: a session, or a refusal with its reason and when to try again. */
public sealed interface LoginOutcome {

  /** The password is the account's (a check without a session). */
  record Verified(Account account) implements LoginOutcome {}

  /** Logged in: the session and its token, shown this once. */
  record LoggedIn(ConsoleSession session, String token) implements LoginOutcome {}

  /**
   * Refused.
   *
   * @param status the HTTP status that tells it (401 wrong, 429 held back, 503 too many at once)
   * @param retryAfter when the caller may try again, if that is known
   */
  record Refused(int status, String code, String messageId, String messageEn, Instant retryAfter)
      implements LoginOutcome {

    static Refused wrong() {
      return new Refused(
          401,
          "LOGIN_FAILED",
          "Nama pengguna atau kata sandi salah.",
          "Wrong username or password.",
          null);
    }

    static Refused held(Instant until, Instant now) {
      long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
      return new Refused(
          429,
          "LOGIN_LOCKED",
          "Terlalu banyak percobaan masuk yang salah; coba lagi dalam " + minutes + " menit.",
          "Too many wrong logins; try again in " + minutes + " minute(s).",
          until);
    }

    static Refused busy(Instant now) {
      return new Refused(
          503,
          "LOGIN_BUSY",
          "Terlalu banyak permintaan masuk sekaligus; coba lagi sebentar lagi.",
          "Too many logins at once; try again shortly.",
          now.plusSeconds(5));
    }
  }
}
