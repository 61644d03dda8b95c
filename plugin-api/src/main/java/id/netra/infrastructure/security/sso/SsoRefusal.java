package id.netra.infrastructure.security.sso;

import id.netra.domain.shared.DomainStateException;

/**
 * Why a single sign-on did not log anyone in: a code the console shows in the person's language,
 * and the texts for the log. It never reaches the problem answers: the browser is sent back to the
 * login page with its code.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public final class SsoRefusal extends DomainStateException {

  public SsoRefusal(String code, String messageId, String messageEn) {
    super(code, messageId, messageEn);
  }

  public SsoRefusal(String code, String messageId, String messageEn, Throwable cause) {
    this(code, messageId, messageEn);
    initCause(cause);
  }

  static SsoRefusal noRole(String provider) {
    return new SsoRefusal(
        "SSO_NO_ROLE",
        "Akun SSO Anda tidak memegang peran Netra apa pun (admin, officer, ppk, auditor); minta"
            + " administrator SSO "
            + provider
            + " memberikannya.",
        "Your SSO account holds no Netra role (admin, officer, ppk, auditor); ask the"
            + " administrator of "
            + provider
            + " to grant one.");
  }

  static SsoRefusal noAgency(String claim) {
    return new SsoRefusal(
        "SSO_NO_AGENCY",
        "Token SSO tidak menyebut instansi Anda (klaim " + claim + "); Netra tidak menebaknya.",
        "The SSO token names no agency of yours (claim " + claim + "); Netra does not guess it.");
  }

  static SsoRefusal token(String why, Throwable cause) {
    return new SsoRefusal(
        "SSO_TOKEN",
        "Jawaban penyedia SSO tidak dapat diterima: " + why,
        "The SSO provider's answer cannot be accepted: " + why,
        cause);
  }

  static SsoRefusal unreachable(String provider, Throwable cause) {
    return new SsoRefusal(
        "SSO_UNREACHABLE",
        "Penyedia SSO " + provider + " tidak dapat dihubungi; coba lagi nanti.",
        "The SSO provider " + provider + " cannot be reached; try again later.",
        cause);
  }
}
