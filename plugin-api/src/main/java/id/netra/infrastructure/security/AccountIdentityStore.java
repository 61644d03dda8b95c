package id.netra.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Console accounts as a Jakarta Security identity store: a username and password are valid when the
 * account exists, is active and the password is its own. A name without account costs the same full
 * password check against a decoy, so the time of the answer does not tell which names exist. An
 * account of single sign-on never logs in with a password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** A hash of nobody's password, made once with the same work as every stored one. */
  private static final String DECOY = Passwords.hash("decoy-" + System.nanoTime());

  @Inject AccessRepository access;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential c)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account = access.findAccount(c.getCaller());
    String password = c.getPasswordAsString();
    if (account.isEmpty()) {
      Passwords.verify(password, DECOY);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account a = account.get();
    if (!a.passwordMatches(password) || !a.active() || a.ssoProvider() != null) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(a.username(), a.roles());
  }
}
