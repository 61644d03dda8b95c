package id.netra.infrastructure.security;

import id.netra.domain.shared.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The receipt key from a PKCS#12 keystore, when one is configured ({@code netra.receipt.keystore},
 * its password {@code netra.receipt.keystore-password}, ideally a Payara password alias, and the
 * key's alias {@code netra.receipt.key-alias}): every instance given the same keystore signs with
 * the same key, under the same kid, and the private half never enters the database. An Ed25519 key
 * pair is made with {@code keytool -genkeypair -keyalg Ed25519}.
 */
final class ReceiptKeystore {

  /** A key from the keystore with the kid every instance derives from its public half. */
  record Loaded(String kid, KeyPair pair) {}

  private ReceiptKeystore() {}

  /**
   * @return the configured key, or empty when no keystore is configured
   * @throws IllegalStateException when one is configured but cannot be read: Netra does not start
   *     with another key than the one it was told to use
   */
  static Optional<Loaded> load(Config config) {
    return load(
        config.getOptionalValue("netra.receipt.keystore", String.class).orElse(null),
        config
            .getOptionalValue("netra.receipt.keystore-password", String.class)
            // the password alias setup-domain.sh makes of
            // NETRA_SECRET_NETRA_RECEIPT_KEYSTORE_PASSWORD
            .or(() -> config.getOptionalValue("netra-receipt-keystore-password", String.class))
            .orElse(""),
        config.getOptionalValue("netra.receipt.key-alias", String.class).orElse("netra-receipt"));
  }

  /** The key under {@code alias} of the PKCS#12 file, or empty for no file. */
  static Optional<Loaded> load(String keystore, String storePassword, String alias) {
    if (keystore == null || keystore.isBlank()) {
      return Optional.empty();
    }
    Optional<String> file = Optional.of(keystore.strip());
    char[] password = storePassword.toCharArray();
    try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)
          || store.getCertificate(alias) == null) {
        throw new IllegalStateException(
            "The receipt keystore " + file.get() + " holds no private key under alias " + alias);
      }
      if (!"EdDSA".equals(privateKey.getAlgorithm())
          && !"Ed25519".equals(privateKey.getAlgorithm())) {
        throw new IllegalStateException(
            "The receipt key " + alias + " is " + privateKey.getAlgorithm() + ", not Ed25519");
      }
      PublicKey publicKey = store.getCertificate(alias).getPublicKey();
      return Optional.of(new Loaded(kidOf(publicKey), new KeyPair(publicKey, privateKey)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("The receipt keystore " + file.get() + " cannot be read", e);
    }
  }

  /** A kid that depends on the public key alone, so that every instance names it alike. */
  static String kidOf(PublicKey key) {
    String hex = Hashing.sha256Hex(Base64.getEncoder().encodeToString(key.getEncoded()));
    return "netra-ks-" + hex.substring(0, 16);
  }
}
