package id.netra.infrastructure.security;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.domain.shared.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Console logins: the throttle first (address, then account or unknown name), then one password
 * check through Jakarta Security's identity store, then a session. A wrong password counts against
 * the account (every instance sees it) or, for a name without account, against the name in this
 * instance's memory, with the same lock either way.
 */
@Stateless
public class LoginService {

  @Inject Clock clock;
  @Inject AccessRepository access;
  @Inject IdentityStoreHandler identityStores;
  @Inject Logins logins;
  @Inject AuditService audit;

  /** The session a presented token stands for, while it holds. */
  public record ActiveSession(
      String tokenHash,
      ConsoleSession.Kind kind,
      String csrfToken,
      String username,
      String agencyCode,
      java.util.Set<String> roles,
      boolean mustChangePassword) {

    public Actor actor() {
      return Actor.account(username, agencyCode);
    }
  }

  public LoginOutcome login(
      String username,
      String password,
      String address,
      String userAgent,
      ConsoleSession.Kind kind) {
    LoginOutcome checked = check(username, password, address);
    if (!(checked instanceof LoginOutcome.Verified v)) {
      return checked;
    }
    Instant now = Times.now(clock);
    v.account().loggedIn(now, address);
    access.removeSessionsExpiredBy(now);
    ConsoleSession.Opened opened =
        ConsoleSession.open(v.account(), kind, address, userAgent, logins.policy(), now);
    access.add(opened.session());
    return new LoginOutcome.LoggedIn(opened.session(), opened.token());
  }

  /**
   * Checks a username and password as a login does, throttle included: {@link
   * LoginOutcome.Verified} or {@link LoginOutcome.Refused}.
   */
  public LoginOutcome check(String username, String password, String address) {
    Instant now = Times.now(clock);
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    LoginThrottle throttle = logins.throttle();
    Optional<Instant> held = throttle.addressHeld(address, now);
    if (held.isPresent()) {
      return LoginOutcome.Refused.held(held.get(), now);
    }
    Optional<Account> account =
        name.length() > 100 ? Optional.empty() : access.findAccountForUpdate(name);
    held =
        account.isPresent()
            ? Optional.ofNullable(account.get().lockedAt(now) ? account.get().lockedUntil() : null)
            : throttle.nameLocked(name, now);
    if (held.isPresent()) {
      return LoginOutcome.Refused.held(held.get(), now);
    }
    if (!logins.acquireCheck()) {
      return LoginOutcome.Refused.busy(now);
    }
    CredentialValidationResult result;
    try {
      result =
          identityStores.validate(
              new UsernamePasswordCredential(name, password == null ? "" : password));
    } finally {
      logins.releaseCheck();
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(address, account.isPresent() ? null : name, now);
      account.ifPresent(a -> failed(a, address, now));
      return LoginOutcome.Refused.wrong();
    }
    Account a = account.orElseThrow();
    a.unlock();
    throttle.succeeded(address);
    return new LoginOutcome.Verified(a);
  }

  private void failed(Account a, String address, Instant now) {
    a.failedLogin(logins.policy(), now)
        .ifPresent(
            until -> {
              Map<String, Object> after = new LinkedHashMap<>();
              after.put("lockedUntil", until.toString());
              after.put("failedLogins", a.failedLogins());
              after.put("address", address);
              audit.record(
                  Actor.SYSTEM,
                  a.agencyCode(),
                  "ACCOUNT_LOCKED",
                  "account",
                  a.username(),
                  null,
                  after);
            });
  }

  /** The session of a presented token, while it holds; its last request noted once a minute. */
  public Optional<ActiveSession> resolve(String token) {
    if (token == null || !token.startsWith(ConsoleSession.TOKEN_PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Times.now(clock);
    return access
        .findSession(ConsoleSession.hash(token))
        .filter(s -> s.liveAt(now, logins.policy()))
        .map(
            s -> {
              s.touch(now);
              Account a = s.account();
              return new ActiveSession(
                  s.tokenHash(),
                  s.kind(),
                  s.csrfToken(),
                  a.username(),
                  a.agencyCode(),
                  a.roles(),
                  a.mustChangePassword());
            });
  }

  /** Ends the session (a logout). */
  public void logout(String tokenHash) {
    access.findSession(tokenHash).ifPresent(access::removeSession);
  }

  public LoginPolicy policy() {
    return logins.policy();
  }
}
