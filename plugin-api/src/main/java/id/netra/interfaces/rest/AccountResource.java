package id.netra.interfaces.rest;

import id.netra.domain.shared.Times;
import id.netra.infrastructure.security.AccessRepository;
import id.netra.infrastructure.security.Account;
import id.netra.infrastructure.security.AccountService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Csv;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Console accounts and the access review: who holds which role in which agency. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Administration")
public class AccountResource {

  /** An account to create. */
  public record NewAccount(String username, String password, List<String> roles, String agency) {}

  /** A change to an account: new roles, or whether it may log in; absent fields stay. */
  public record AccountChange(List<String> roles, Boolean active) {}

  /**
   * An account as listed: never the password.
   *
   * @param sso the single sign-on provider it logs in through (its roles are managed there), or
   *     null for a password account
   */
  public record AccountDto(
      String username,
      List<String> roles,
      String agency,
      boolean active,
      Instant lockedUntil,
      int failedLogins,
      Instant lastLoginAt,
      String lastLoginAddress,
      Instant passwordChangedAt,
      boolean mustChangePassword,
      Instant createdAt,
      String sso) {

    static AccountDto of(Account a, Instant now) {
      return new AccountDto(
          a.username(),
          List.copyOf(a.roles()),
          a.agencyCode(),
          a.active(),
          a.lockedAt(now) ? a.lockedUntil() : null,
          a.failedLogins(),
          a.lastLoginAt(),
          a.lastLoginAddress(),
          a.passwordChangedAt(),
          a.mustChangePassword(),
          a.createdAt(),
          a.ssoProvider());
    }
  }

  /** A temporary password, shown in this answer only. */
  public record TemporaryPassword(String username, String temporaryPassword) {}

  /**
   * One line of the access review: an account or an HR system's key.
   *
   * @param holder {@code account}, {@code sso:<provider>} (an account of single sign-on) or {@code
   *     api-client}
   * @param agency none: every agency
   */
  public record AccessLine(
      String holder,
      String name,
      String agency,
      String roles,
      boolean active,
      Instant lastLoginAt,
      Instant passwordChangedAt,
      Instant createdAt) {}

  @Inject Clock clock;
  @Inject AccountService accounts;
  @Inject AccessRepository access;
  @Inject CurrentCaller caller;

  @POST
  @Path("accounts")
  @Operation(
      summary = "Create a console account (admin, officer, ppk, auditor) in an agency",
      description =
          "The password follows the policy: 10-128 characters, at least 5 different ones, not"
              + " containing the username, not a commonly guessed word (PASSWORD_WEAK,"
              + " PASSWORD_COMMON).")
  public Response create(NewAccount body) {
    Inputs.requireBody(body);
    Account a =
        accounts.create(
            caller.actor(),
            body.username(),
            body.password(),
            body.roles() == null ? Set.of() : Set.copyOf(body.roles()),
            body.agency());
    return Response.status(Response.Status.CREATED)
        .entity(AccountDto.of(a, Times.now(clock)))
        .build();
  }

  @GET
  @Path("accounts")
  @Operation(summary = "The accounts of the caller's agency (a central admin: all, or one agency)")
  public List<AccountDto> list(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("500") int limit) {
    return accounts.list(caller.actor(), agency, Math.max(offset, 0), limit).stream()
        .map(a -> AccountDto.of(a, Times.now(clock)))
        .toList();
  }

  @PATCH
  @Path("accounts/{username}")
  @Operation(
      summary = "Change an account's roles or disable/enable it",
      description =
          "A disabled account's sessions end at once. Nobody disables their own account or takes"
              + " their own admin role (409 OWN_ACCOUNT).")
  public AccountDto change(@PathParam("username") String username, AccountChange body) {
    Inputs.requireBody(body);
    return AccountDto.of(
        accounts.change(
            caller.actor(),
            username,
            new AccountService.Change(
                body.roles() == null ? null : Set.copyOf(body.roles()), body.active())),
        Times.now(clock));
  }

  @POST
  @Path("accounts/{username}/password-reset")
  @Operation(
      summary = "Reset an account's password",
      description =
          "Answers a temporary password, shown this once; the holder must choose their own at the"
              + " next login, and their sessions end now.")
  public TemporaryPassword reset(@PathParam("username") String username) {
    return new TemporaryPassword(username, accounts.resetPassword(caller.actor(), username));
  }

  @POST
  @Path("accounts/{username}/unlock")
  @Operation(summary = "Lift the lock that wrong passwords put on an account")
  public AccountDto unlock(@PathParam("username") String username) {
    return AccountDto.of(accounts.unlock(caller.actor(), username), Times.now(clock));
  }

  @GET
  @Path("access-review")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(
      summary = "The access review: every account and HR-system key with its roles and agency",
      description = "For a central caller every agency, or the one named; also as CSV.")
  public List<AccessLine> review(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    String scope = caller.actor().scope(agency);
    int size = Math.min(Math.max(limit, 1), 10_000);
    int from = Math.max(offset, 0);
    List<AccessLine> lines = new ArrayList<>();
    for (Account a : access.findAccounts(scope, from, size)) {
      lines.add(
          new AccessLine(
              a.ssoProvider() == null ? "account" : "sso:" + a.ssoProvider(),
              a.username(),
              a.agencyCode(),
              String.join(",", a.roles()),
              a.active(),
              a.lastLoginAt(),
              a.ssoProvider() == null ? a.passwordChangedAt() : null,
              a.createdAt()));
    }
    for (var c : access.findAllClients(scope, from, size)) {
      if (!c.internal()) {
        lines.add(
            new AccessLine(
                "api-client",
                c.name() + " (" + c.keyPrefix() + ")",
                c.agencyCode(),
                Role.HR_CLIENT,
                c.active(),
                null,
                null,
                c.createdAt()));
      }
    }
    return lines;
  }

  @GET
  @Path("access-review.csv")
  @Produces("text/csv")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  public Response reviewCsv(
      @QueryParam("agency") String agency,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("10000") int limit) {
    return Csv.attachment(
        "netra-tinjauan-akses.csv",
        Csv.columns(AccessLine.class),
        review(agency, offset, limit).stream().map(Csv::cells).toList());
  }
}
