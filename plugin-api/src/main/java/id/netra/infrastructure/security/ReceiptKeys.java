package id.netra.infrastructure.security;

import id.netra.domain.pact.PactSignature;
import id.netra.domain.pact.ReceiptSigner;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The server's Ed25519 receipt keys: receipts and audit checkpoints are compact JWS ({@code alg}
 * EdDSA) whose public keys are published as a JWK set, every key ever used, so that old receipts
 * still verify after a rotation. The current key comes from a keystore when one is configured
 * ({@link ReceiptKeystore}: the same key on every instance, its private half never in the
 * database); else it is made on the first start and kept in the database, made once however many
 * instances start together, and rotated with {@link #rotate}. Every instance follows the newest key
 * within {@link #REFRESH}.
 */
@Singleton
@Startup
@LocalBean
@Local(ReceiptSigner.class)
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReceiptKeys implements ReceiptSigner {

  /** The {@code typ} of a signature receipt. */
  public static final String RECEIPT = "netra-pact-receipt+jwt";

  /** The {@code typ} of a signed audit checkpoint. */
  public static final String CHECKPOINT = "netra-audit-checkpoint+jwt";

  /** How soon every instance signs with a key rotated on another one. */
  static final Duration REFRESH = Duration.ofSeconds(30);

  /** The claims a verified receipt carries. */
  public record Verified(String kid, JsonObject claims) {}

  private record Current(String kid, PrivateKey key) {}

  private static final Logger LOG = Logger.getLogger(ReceiptKeys.class.getName());
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  @PersistenceContext(unitName = "netra")
  EntityManager em;

  @Inject Clock clock;
  @Inject Config config;

  private volatile Current current;
  private volatile boolean fromKeystore;
  private volatile Instant refreshedAt = Instant.EPOCH;
  private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void load() {
    Optional<ReceiptKeystore.Loaded> configured = ReceiptKeystore.load(config);
    if (configured.isPresent()) {
      ReceiptKeystore.Loaded k = configured.get();
      fromKeystore = true;
      current = new Current(k.kid(), k.pair().getPrivate());
      publicKeys.put(k.kid(), k.pair().getPublic());
      lockKeys();
      if (em.find(SigningKey.class, k.kid()) == null) {
        em.persist(
            new SigningKey(
                k.kid(),
                "EdDSA",
                Base64.getEncoder().encodeToString(k.pair().getPublic().getEncoded()),
                null,
                Times.now(clock)));
      }
      LOG.info("Receipts are signed with " + k.kid() + " from the keystore.");
    } else {
      lockKeys();
      if (stored().isEmpty()) {
        em.persist(newKey());
      }
    }
    reload();
  }

  /**
   * A new key for receipts and checkpoints from now on; the old public halves stay published.
   *
   * @return the new key's kid
   * @throws DomainStateException {@code RECEIPT_KEY_IN_KEYSTORE} when the key comes from a keystore
   *     (rotate it there: a new alias, then a restart)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String rotate() {
    if (fromKeystore) {
      throw new DomainStateException(
          "RECEIPT_KEY_IN_KEYSTORE",
          "Kunci tanda terima berasal dari keystore: ganti di sana (alias baru), lalu mulai ulang.",
          "The receipt key comes from a keystore: rotate it there (a new alias), then restart.");
    }
    lockKeys();
    SigningKey key = newKey();
    em.persist(key);
    em.flush();
    reload();
    return key.kid();
  }

  /** The kid receipts are signed with now. */
  public String currentKid() {
    return current().kid();
  }

  /** Serialises key creation across instances: the audit head's row is the one lock they share. */
  private void lockKeys() {
    em.createNativeQuery("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE").getResultList();
  }

  private List<SigningKey> stored() {
    return em.createQuery(
            "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC, k.kid DESC", SigningKey.class)
        .getResultList();
  }

  private SigningKey newKey() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new SigningKey(
          "netra-" + Times.now(clock).toEpochMilli(),
          "EdDSA",
          Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
          Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
          Times.now(clock));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available", e);
    }
  }

  /** Reads every public half and, without a keystore, the newest private key. */
  private synchronized void reload() {
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      List<SigningKey> keys = stored();
      for (SigningKey k : keys) {
        publicKeys.computeIfAbsent(k.kid(), kid -> publicOf(factory, k));
      }
      if (!fromKeystore) {
        SigningKey newest =
            keys.stream().filter(k -> k.privateKey() != null).findFirst().orElseThrow();
        if (current == null || !current.kid().equals(newest.kid())) {
          current =
              new Current(
                  newest.kid(),
                  factory.generatePrivate(
                      new PKCS8EncodedKeySpec(Base64.getDecoder().decode(newest.privateKey()))));
        }
      }
      refreshedAt = Times.now(clock);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 keys cannot be loaded", e);
    }
  }

  private static PublicKey publicOf(KeyFactory factory, SigningKey k) {
    try {
      return factory.generatePublic(
          new X509EncodedKeySpec(Base64.getDecoder().decode(k.publicKey())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The public key " + k.kid() + " cannot be read", e);
    }
  }

  /** The current key, re-read now and then so that a rotation elsewhere is followed. */
  private Current current() {
    if (Times.now(clock).isAfter(refreshedAt.plus(REFRESH))) {
      reload();
    }
    return current;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String sign(PactSignature s) {
    var claims =
        Json.createObjectBuilder()
            .add("iss", "netra")
            .add("sub", s.nip())
            .add("sid", s.id())
            .add("agency", s.agencyCode())
            .add("electionId", s.electionId())
            .add("templateId", s.templateId())
            .add("templateVersion", s.templateVersion())
            .add("templateHash", s.templateHash())
            .add("channel", s.channel().name())
            .add("iat", s.signedAt().getEpochSecond());
    if (s.typedName() != null) {
      claims.add("name", s.typedName());
    }
    return signStatement(RECEIPT, claims.build());
  }

  /**
   * Signs a statement of Netra's other than a receipt (an audit checkpoint) with the same key, so
   * that the same published JWK set verifies it.
   *
   * @param typ the JWS {@code typ}, naming what is signed
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String signStatement(String typ, JsonObject claims) {
    Current key = current(); // once: the kid and the key it names stay together
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("kid", key.kid())
            .add("typ", typ)
            .build();
    String input = b64(header.toString()) + "." + b64(claims.toString());
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(key.key());
      ed.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Netra's statement cannot be signed", e);
    }
  }

  /** Verifies a receipt against the published keys. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Verified> verify(String jws) {
    return verify(jws, RECEIPT);
  }

  /**
   * Verifies a statement of the given {@code typ} (a receipt is no checkpoint, nor the reverse).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Verified> verify(String jws, String typ) {
    try {
      String[] parts = jws.trim().split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      JsonObject header = json(parts[0]);
      PublicKey key = publicKeys.get(header.getString("kid", ""));
      if (key == null && Times.now(clock).isAfter(refreshedAt.plusSeconds(1))) {
        reload(); // a key made on another instance since this one last looked
        key = publicKeys.get(header.getString("kid", ""));
      }
      if (key == null
          || !"EdDSA".equals(header.getString("alg", ""))
          || !typ.equals(header.getString("typ", ""))) {
        return Optional.empty();
      }
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!ed.verify(B64D.decode(parts[2]))) {
        return Optional.empty();
      }
      return Optional.of(new Verified(header.getString("kid"), json(parts[1])));
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The public keys as a JWK set (OKP, Ed25519). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JsonObject jwks() {
    current();
    var keys = Json.createArrayBuilder();
    publicKeys.forEach(
        (kid, key) -> {
          byte[] spki = key.getEncoded();
          byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
          keys.add(
              Json.createObjectBuilder()
                  .add("kty", "OKP")
                  .add("crv", "Ed25519")
                  .add("alg", "EdDSA")
                  .add("use", "sig")
                  .add("kid", kid)
                  .add("x", B64.encodeToString(raw)));
        });
    return Json.createObjectBuilder().add("keys", keys).build();
  }

  private static String b64(String s) {
    return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String part) {
    try (JsonReader r =
        Json.createReader(
            new StringReader(new String(B64D.decode(part), StandardCharsets.UTF_8)))) {
      return r.readObject();
    }
  }
}
