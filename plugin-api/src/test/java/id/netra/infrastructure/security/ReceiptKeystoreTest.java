package id.netra.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptKeystoreTest {

  @TempDir Path dir;

  /** A keystore as an administrator makes one, with the JDK's keytool. */
  Path keystore(String alias, String keyalg) throws Exception {
    Path file = dir.resolve(alias + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-keyalg",
                keyalg,
                "-alias",
                alias,
                "-keystore",
                file.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "rahasia-123",
                "-dname",
                "CN=Netra",
                "-validity",
                "3650")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertTrue(Files.size(file) > 0);
    return file;
  }

  @Test
  void everyInstanceGivenTheKeystoreSignsWithTheSameKeyUnderTheSameKid() throws Exception {
    Path file = keystore("netra-receipt", "Ed25519");
    ReceiptKeystore.Loaded a =
        ReceiptKeystore.load(file.toString(), "rahasia-123", "netra-receipt").orElseThrow();
    ReceiptKeystore.Loaded b =
        ReceiptKeystore.load(file.toString(), "rahasia-123", "netra-receipt").orElseThrow();
    assertEquals(a.kid(), b.kid());
    assertTrue(a.kid().startsWith("netra-ks-"));
    Signature sign = Signature.getInstance("Ed25519");
    sign.initSign(a.pair().getPrivate());
    sign.update(new byte[] {1, 2, 3});
    Signature check = Signature.getInstance("Ed25519");
    check.initVerify(b.pair().getPublic());
    check.update(new byte[] {1, 2, 3});
    assertTrue(check.verify(sign.sign()));
  }

  @Test
  void noKeystoreMeansTheDatabaseKeyAndABadOneStopsTheStart() throws Exception {
    assertTrue(ReceiptKeystore.load(null, "", "netra-receipt").isEmpty());
    assertTrue(ReceiptKeystore.load(" ", "", "netra-receipt").isEmpty());
    Path file = keystore("netra-receipt", "Ed25519");
    assertThrows(
        IllegalStateException.class,
        () -> ReceiptKeystore.load(file.toString(), "wrong-password", "netra-receipt"));
    assertThrows(
        IllegalStateException.class,
        () -> ReceiptKeystore.load(file.toString(), "rahasia-123", "another-alias"));
    Path rsa = keystore("rsa-key", "RSA");
    assertThrows(
        IllegalStateException.class,
        () -> ReceiptKeystore.load(rsa.toString(), "rahasia-123", "rsa-key"));
    assertThrows(
        IllegalStateException.class,
        () -> ReceiptKeystore.load(dir.resolve("none.p12").toString(), "x", "netra-receipt"));
  }
}
