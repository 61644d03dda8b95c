package id.netra.infrastructure.security;

import id.netra.domain.pact.PactSignature;
import id.netra.domain.pact.ReceiptSigner;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's Ed25519 receipt keys: created on first start and kept in the database; receipts are
 * compact JWS ({@code alg} EdDSA) whose public keys are published as a JWK set.
 */
@Singleton
@Startup
@LocalBean
@Local(ReceiptSigner.class)
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReceiptKeys implements ReceiptSigner {

  /** The claims a verified receipt carries. */
  public record Verified(String kid, JsonObject claims) {}

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  @PersistenceContext(unitName = "netra")
  EntityManager em;

  private volatile String currentKid;
  private volatile PrivateKey currentPrivate;
  private final Map<String, PublicKey> publicKeys = new HashMap<>();

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void load() {
    List<SigningKey> keys =
        em.createQuery("SELECT k FROM SigningKey k ORDER BY k.createdAt DESC", SigningKey.class)
            .getResultList();
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      if (keys.isEmpty()) {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String kid = "netra-" + Times.now().toEpochMilli();
        SigningKey key =
            new SigningKey(
                kid,
                "EdDSA",
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Times.now());
        em.persist(key);
        keys = List.of(key);
      }
      for (SigningKey k : keys) {
        publicKeys.put(
            k.kid(),
            factory.generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(k.publicKey()))));
      }
      SigningKey newest = keys.get(0);
      currentKid = newest.kid();
      currentPrivate =
          factory.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(newest.privateKey())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 keys cannot be loaded", e);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String sign(PactSignature s) {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("kid", currentKid)
            .add("typ", "netra-pact-receipt+jwt")
            .build();
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
    String input = b64(header.toString()) + "." + b64(claims.build().toString());
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(currentPrivate);
      ed.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Receipt cannot be signed", e);
    }
  }

  /** Verifies a receipt against the published keys. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Verified> verify(String jws) {
    try {
      String[] parts = jws.trim().split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      JsonObject header = json(parts[0]);
      PublicKey key = publicKeys.get(header.getString("kid", ""));
      if (key == null || !"EdDSA".equals(header.getString("alg", ""))) {
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
