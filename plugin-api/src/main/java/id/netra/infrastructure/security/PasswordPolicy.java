package id.netra.infrastructure.security;

import id.netra.domain.shared.Validations;
import java.util.Locale;
import java.util.Set;

/**
 * What a console password must be (after NIST SP 800-63B: length over composition rules, and no
 * password everybody tries first): 10 to 128 characters, at least 5 different ones, not the
 * account's name, and not one of the commonly guessed words with digits and signs around it.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  /** Words tried first, in English and Indonesian: letters only, lower case. */
  private static final Set<String> GUESSED =
      Set.of(
          "password",
          "passw",
          "pass",
          "qwerty",
          "qwertyuiop",
          "asdfgh",
          "asdfghjkl",
          "zxcvbnm",
          "abc",
          "abcdef",
          "abcdefgh",
          "admin",
          "administrator",
          "letmein",
          "welcome",
          "iloveyou",
          "monkey",
          "dragon",
          "master",
          "sunshine",
          "princess",
          "football",
          "baseball",
          "shadow",
          "superman",
          "trustno",
          "rahasia",
          "katasandi",
          "sandi",
          "indonesia",
          "jakarta",
          "bismillah",
          "merdeka",
          "garuda",
          "pancasila",
          "sayang",
          "cinta",
          "bangsa",
          "pemilu",
          "netra",
          "asn",
          "pns",
          "pegawai",
          "bkn",
          "simpeg",
          "siasn",
          "bkpsdm",
          "user",
          "test",
          "changeme",
          "default",
          "secret",
          "root",
          "login",
          "");

  private PasswordPolicy() {}

  /** Adds to {@code v} what is wrong with the password (field {@code field}). */
  public static Validations check(Validations v, String field, String password, String username) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return v.require(
          false,
          field,
          "PASSWORD_WEAK",
          "Kata sandi " + MIN_LENGTH + "-" + MAX_LENGTH + " karakter.",
          "A password has " + MIN_LENGTH + "-" + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    v.require(
        lower.chars().distinct().count() >= 5,
        field,
        "PASSWORD_WEAK",
        "Kata sandi memuat paling sedikit 5 karakter berbeda.",
        "A password holds at least 5 different characters.");
    v.require(
        username == null
            || username.isBlank()
            || !lower.contains(username.toLowerCase(Locale.ROOT)),
        field,
        "PASSWORD_WEAK",
        "Kata sandi tidak boleh memuat nama pengguna.",
        "A password may not contain the username.");
    String letters = lower.replaceAll("[^\\p{L}]", "");
    v.require(
        !GUESSED.contains(letters),
        field,
        "PASSWORD_COMMON",
        "Kata sandi ini termasuk yang paling sering ditebak; pilih yang lain.",
        "This password is among the first ones guessed; choose another.");
    return v;
  }
}
