package id.netra.infrastructure.security.sso;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.domain.shared.Times;
import id.netra.infrastructure.security.AccessRepository;
import id.netra.infrastructure.security.Account;
import id.netra.infrastructure.security.ConsoleSession;
import id.netra.infrastructure.security.Logins;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A console login through single sign-on: the account of the provider's subject, made at the first
 * login and brought in line with the claims at every later one (the provider is where its roles and
 * agency are managed; every change is audited), then a browser session as a password login opens.
 * An account disabled in Netra stays out, whatever the provider says.
 */
@Stateless
public class SsoLogins {

  @Inject Clock clock;
  @Inject AccessRepository access;
  @Inject Logins logins;
  @Inject AuditService audit;

  public ConsoleSession.Opened login(
      SsoProvider provider, SsoProvider.Identity who, String address, String userAgent) {
    Instant now = Times.now(clock);
    Optional<Account> known = access.findSsoAccountForUpdate(provider.id(), who.subject());
    Account account;
    if (known.isEmpty()) {
      if (access.findAccount(who.username()).isPresent()) {
        throw new SsoRefusal(
            "SSO_NAME_TAKEN",
            "Nama " + who.username() + " sudah dipakai akun lain; hubungi administrator Netra.",
            "The name "
                + who.username()
                + " is taken by another account; ask Netra's"
                + " administrator.");
      }
      account =
          Account.ofSso(
              provider.id(), who.subject(), who.username(), who.roles(), who.agency(), now);
      access.add(account);
      audit.record(
          actor(provider),
          who.agency(),
          "ACCOUNT_CREATED",
          "account",
          who.username(),
          null,
          describe(account));
    } else {
      account = known.get();
      if (!account.active()) {
        throw new SsoRefusal(
            "SSO_DISABLED",
            "Akun Netra Anda dinonaktifkan; hubungi administrator Netra.",
            "Your Netra account is disabled; ask Netra's administrator.");
      }
      Map<String, Object> before = describe(account);
      String was = account.agencyCode();
      if (account.takeClaims(who.username(), who.roles(), who.agency())) {
        Map<String, Object> after = describe(account);
        audit.record(
            actor(provider), was, "ACCOUNT_CHANGED", "account", who.username(), before, after);
        if (was != null && !was.equals(who.agency())) {
          // the agency it left sees that it did, as the one it joined does
          audit.record(
              actor(provider),
              who.agency(),
              "ACCOUNT_CHANGED",
              "account",
              who.username(),
              before,
              after);
        }
      }
    }
    account.loggedIn(now, address);
    access.removeSessionsExpiredBy(now);
    ConsoleSession.Opened opened =
        ConsoleSession.open(
            account, ConsoleSession.Kind.COOKIE, address, userAgent, logins.policy(), now);
    access.add(opened.session());
    return opened;
  }

  private static Actor actor(SsoProvider provider) {
    return new Actor("sso:" + provider.id(), null, null, null);
  }

  private static Map<String, Object> describe(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", a.username());
    m.put("roles", String.join(",", a.roles()));
    m.put("agency", a.agencyCode());
    m.put("sso", a.ssoProvider());
    return m;
  }
}
