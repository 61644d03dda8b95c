package id.netra.infrastructure.security;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.application.NotFound;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Console accounts as administrators and their holders manage them: created, their roles changed,
 * disabled and enabled, unlocked, their passwords reset (a temporary one the holder must change) or
 * changed by the holder. An agency's administrator manages the accounts of their agency only;
 * accounts of every agency are managed centrally. Every change is audited; a disabled account, a
 * reset or a changed password ends the account's other sessions at once.
 */
@Stateless
public class AccountService {

  /** The console roles an account may hold. */
  public static final Set<String> ACCOUNT_ROLES =
      Set.of(Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TEMPORARY_ALPHABET =
      "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";

  @Inject Clock clock;
  @Inject AccessRepository access;
  @Inject AuditService audit;
  @Inject LoginService logins;

  /** A change an administrator makes to an account; null fields stay as they are. */
  public record Change(Set<String> roles, Boolean active) {}

  /**
   * Creates a console account in the actor's agency (or the agency a central admin names; none for
   * another central account).
   *
   * @throws DomainValidationException for a bad username, a weak password, an unknown role or a
   *     taken username
   */
  public Account create(
      Actor actor, String username, String password, Set<String> roles, String agency) {
    Validations v = new Validations();
    v.require(
        username != null && username.matches("[a-z0-9._-]{3,100}"),
        "username",
        "USERNAME_FORMAT",
        "Nama pengguna 3-100 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "A username has 3-100 characters: lower-case letters, digits, dot, underscore or hyphen.");
    PasswordPolicy.check(v, "password", password, username);
    checkRoles(v, roles);
    v.throwIfAny();
    String a = actor.agencyFor(agency);
    if (!ensure(actor, username, password, roles, a)) {
      throw DomainValidationException.of(
          "username",
          "USERNAME_TAKEN",
          "Nama pengguna ini sudah dipakai.",
          "This username is already taken.");
    }
    return access.findAccount(username).orElseThrow();
  }

  /** Creates an account, unless the username is taken (then nothing changes). */
  public boolean ensure(
      Actor actor, String username, String password, Set<String> roles, String agency) {
    if (access.findAccount(username).isPresent()) {
      return false;
    }
    access.add(new Account(username, password, roles, agency, Times.now(clock)));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("username", username);
    after.put("roles", String.join(",", new java.util.TreeSet<>(roles)));
    after.put("agency", agency);
    audit.record(actor, agency, "ACCOUNT_CREATED", "account", username, null, after);
    return true;
  }

  /** The accounts the actor manages: of their agency, or of the one a central admin names. */
  public List<Account> list(Actor actor, String agency, int offset, int limit) {
    return access.findAccounts(actor.scope(agency), offset, Math.min(Math.max(limit, 1), 1000));
  }

  public long count() {
    return access.countAccounts();
  }

  /** Changes an account's roles or whether it may log in. */
  public Account change(Actor actor, String username, Change change) {
    Account a = managed(actor, username);
    Validations v = new Validations();
    if (change.roles() != null) {
      checkRoles(v, change.roles());
    }
    v.throwIfAny();
    notOneself(actor, a, change);
    if (change.roles() != null && a.ssoProvider() != null && !change.roles().equals(a.roles())) {
      throw ssoOnly();
    }
    Map<String, Object> before = describe(a);
    if (change.roles() != null) {
      a.setRoles(change.roles());
    }
    if (change.active() != null) {
      a.setActive(change.active());
      if (!change.active()) {
        access.removeSessionsOf(a, null);
      }
    }
    Map<String, Object> after = describe(a);
    if (!after.equals(before)) {
      audit.record(actor, a.agencyCode(), "ACCOUNT_CHANGED", "account", username, before, after);
    }
    return a;
  }

  /**
   * Gives the account a temporary password, shown in this answer only; the holder must change it at
   * their next login, and their sessions end now.
   */
  public String resetPassword(Actor actor, String username) {
    Account a = managed(actor, username);
    if (a.ssoProvider() != null) {
      throw ssoOnly();
    }
    StringBuilder temporary = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      temporary.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
    }
    a.setPassword(temporary.toString(), true, Times.now(clock));
    access.removeSessionsOf(a, null);
    audit.record(
        actor,
        a.agencyCode(),
        "ACCOUNT_PASSWORD_RESET",
        "account",
        username,
        null,
        Map.of("mustChangePassword", true));
    return temporary.toString();
  }

  /** Lifts a lock after wrong passwords. */
  public Account unlock(Actor actor, String username) {
    Account a = managed(actor, username);
    Instant was = a.lockedUntil();
    a.unlock();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("lockedUntil", was == null ? null : was.toString());
    audit.record(actor, a.agencyCode(), "ACCOUNT_UNLOCKED", "account", username, before, Map.of());
    return a;
  }

  /**
   * The holder changes their own password: the current one is checked as a login is (a wrong one
   * counts against the account), the new one against the policy; other sessions end.
   */
  public void changeOwnPassword(
      LoginService.ActiveSession session, String current, String next, String address) {
    if (access.findAccount(session.username()).map(Account::ssoProvider).isPresent()) {
      throw ssoOnly();
    }
    Validations v = new Validations();
    v.requireText(current, "currentPassword", PasswordPolicy.MAX_LENGTH);
    PasswordPolicy.check(v, "newPassword", next, session.username());
    v.require(
        next == null || !next.equals(current),
        "newPassword",
        "PASSWORD_UNCHANGED",
        "Kata sandi baru harus berbeda dari yang sekarang.",
        "The new password must differ from the current one.");
    v.throwIfAny();
    LoginOutcome checked = logins.check(session.username(), current, address);
    if (checked instanceof LoginOutcome.Refused r) {
      throw new LoginRefused(r);
    }
    Account a = access.findAccount(session.username()).orElseThrow();
    a.setPassword(next, false, Times.now(clock));
    access.removeSessionsOf(a, session.tokenHash());
    audit.record(
        session.actor(),
        a.agencyCode(),
        "ACCOUNT_PASSWORD_CHANGED",
        "account",
        a.username(),
        null,
        Map.of("mustChangePassword", false));
  }

  private Account managed(Actor actor, String username) {
    Optional<Account> a = access.findAccount(username == null ? "" : username);
    if (a.isEmpty() || !mayManage(actor, a.get())) {
      throw new NotFound("account", username);
    }
    return a.get();
  }

  private static boolean mayManage(Actor actor, Account a) {
    return actor.central() || (a.agencyCode() != null && actor.mayAct(a.agencyCode()));
  }

  private static void notOneself(Actor actor, Account a, Change change) {
    boolean self = actor.name().equals(Actor.account(a.username(), null).name());
    boolean dropsAdmin = change.roles() != null && !change.roles().contains(Role.ADMIN);
    boolean disables = Boolean.FALSE.equals(change.active());
    if (self && (dropsAdmin || disables)) {
      throw new DomainStateException(
          "OWN_ACCOUNT",
          "Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin Anda sendiri.",
          "You cannot disable your own account or take away your own admin role.");
    }
  }

  private static DomainStateException ssoOnly() {
    return new DomainStateException(
        "ACCOUNT_SSO",
        "Akun ini masuk melalui SSO: peran dan kata sandinya diatur di penyedia SSO, bukan di"
            + " Netra (Netra hanya dapat menonaktifkannya).",
        "This account logs in through single sign-on: its roles and password are managed at the"
            + " provider, not in Netra (Netra can only disable it).");
  }

  private static void checkRoles(Validations v, Set<String> roles) {
    v.require(
        roles != null && !roles.isEmpty() && ACCOUNT_ROLES.containsAll(roles),
        "roles",
        "UNKNOWN_VALUE",
        "Peran harus dari: admin, officer, ppk, auditor.",
        "Roles must come from: admin, officer, ppk, auditor.");
  }

  private static Map<String, Object> describe(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("roles", String.join(",", a.roles()));
    m.put("active", a.active());
    return m;
  }

  /**
   * Thrown when the current password of a change is refused; carries the refusal. The wrong
   * password it counted stays counted.
   */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static final class LoginRefused extends RuntimeException {
    private final transient LoginOutcome.Refused refusal;

    LoginRefused(LoginOutcome.Refused refusal) {
      super(refusal.code(), null, false, false);
      this.refusal = refusal;
    }

    public LoginOutcome.Refused refusal() {
      return refusal;
    }
  }
}
