package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence that holds against someone with database access: signed checkpoints kept elsewhere show
 * a rewrite, the receipt key rotates with the old public halves still served, and the trail's
 * export for an archive checks without Netra (each hash recomputed here, the links followed to the
 * signed checkpoint).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceIT {

  private static final String API = "/netra/api/v1";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  private Api admin() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  private static boolean agencyAdminCreated;

  /** An administrator of agency DEMO only. */
  private synchronized Api agencyAdmin() {
    if (!agencyAdminCreated) {
      admin()
          .post(
              API + "/admin/accounts",
              "{\"username\":\"bukti.admin\",\"password\":\"Hujan-Reda-Di-Bogor-5\","
                  + "\"roles\":[\"admin\",\"auditor\"],\"agency\":\"DEMO\"}")
          .expect(201);
      agencyAdminCreated = true;
    }
    return Api.account(base, "bukti.admin", "Hujan-Reda-Di-Bogor-5");
  }

  /** Netra's own database, reached as someone with database access would (H2 or PostgreSQL). */
  private static java.sql.Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        System.getProperty("netra.test.db.url"),
        System.getProperty("netra.test.db.user"),
        System.getProperty("netra.test.db.password"));
  }

  private static void setColumn(long seq, String column, String value) throws Exception {
    try (var c = database();
        var s = c.prepareStatement("UPDATE audit_entry SET " + column + " = ? WHERE seq = ?")) {
      s.setString(1, value);
      s.setLong(2, seq);
      assertEquals(1, s.executeUpdate());
    }
  }

  private static String column(long seq, String column) throws Exception {
    try (var c = database();
        var s = c.prepareStatement("SELECT " + column + " FROM audit_entry WHERE seq = ?")) {
      s.setLong(1, seq);
      try (var rs = s.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  private JsonObject checkpointCheck(Api auditor, String jws) {
    return auditor
        .post(
            API + "/audit/checkpoint/check",
            Json.createObjectBuilder().add("checkpoint", jws).build().toString())
        .expect(200)
        .json();
  }

  @Test
  void aSignedCheckpointKeptElsewhereShowsARewriteOfTheTrail() throws Exception {
    Api auditor = Api.account(base, "auditor", Api.DEMO_PASSWORD);
    assertTrue(admin().get(API + "/audit/verify").expect(200).json().getBoolean("valid"));
    JsonObject signed = auditor.get(API + "/audit/checkpoint").expect(200).json();
    long seq = signed.getJsonNumber("seq").longValue();
    String jws = signed.getString("jws");
    assertEquals("INTACT", checkpointCheck(auditor, jws).getString("state"));
    // Anyone verifies its signature with the published keys; it is no receipt, nor the reverse.
    String[] parts = jws.split("\\.");
    String forgedClaims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"seq\":" + seq, "\"seq\":" + (seq - 1))
                    .getBytes(StandardCharsets.UTF_8));
    assertFalse(
        checkpointCheck(auditor, parts[0] + "." + forgedClaims + "." + parts[2])
            .getBoolean("signatureValid"));
    assertFalse(
        admin()
            .post(
                API + "/pact/receipts/verify",
                Json.createObjectBuilder().add("receipt", jws).build().toString())
            .expect(200)
            .json()
            .getBoolean("valid"),
        "a checkpoint is not a receipt");

    // Someone with database access rewrites the entry (and would recompute every later hash).
    String hash = column(seq, "hash");
    String after = column(seq, "after_state");
    try {
      setColumn(seq, "hash", "f".repeat(64));
      JsonObject rewritten = checkpointCheck(auditor, jws);
      assertEquals("REWRITTEN", rewritten.getString("state"), rewritten.toString());
      assertEquals("f".repeat(64), rewritten.getString("currentHash"));
      setColumn(seq, "hash", hash);
      setColumn(seq, "after_state", "{\"forged\":true}");
      assertEquals("ALTERED", checkpointCheck(auditor, jws).getString("state"));
    } finally {
      setColumn(seq, "hash", hash);
      setColumn(seq, "after_state", after);
    }
    assertEquals("INTACT", checkpointCheck(auditor, jws).getString("state"));
  }

  private static String kidOf(String jws) {
    return Json.createReader(
            new StringReader(
                new String(
                    Base64.getUrlDecoder().decode(jws.split("\\.")[0]), StandardCharsets.UTF_8)))
        .readObject()
        .getString("kid");
  }

  @Test
  void theReceiptKeyRotatesCentrallyAndWhatTheOldKeySignedStillVerifies() {
    Api auditor = Api.account(base, "auditor", Api.DEMO_PASSWORD);
    agencyAdmin().post(API + "/admin/receipt-keys/rotate", "{}").problem(403, "CENTRAL_ONLY");
    assertTrue(admin().get(API + "/audit/verify").expect(200).json().getBoolean("valid"));
    String before = auditor.get(API + "/audit/checkpoint").expect(200).json().getString("jws");
    String kid =
        admin().post(API + "/admin/receipt-keys/rotate", "{}").expect(200).json().getString("kid");
    assertFalse(kid.equals(kidOf(before)), kid);
    String after = auditor.get(API + "/audit/checkpoint").expect(200).json().getString("jws");
    assertEquals(kid, kidOf(after), "signed with the new key from now on");
    String keys = Api.anonymous(base).get(API + "/pact/receipt-keys").expect(200).body();
    assertTrue(keys.contains(kid) && keys.contains(kidOf(before)), keys);
    assertTrue(checkpointCheck(auditor, before).getBoolean("signatureValid"));
    assertTrue(checkpointCheck(auditor, after).getBoolean("signatureValid"));
  }

  /** The hash an archivist recomputes from an exported line, as the export's header says. */
  private static String hashOf(JsonObject e) throws Exception {
    String input =
        String.join(
            "\u001f",
            String.valueOf(e.getJsonNumber("seq").longValue()),
            e.getString("prevHash"),
            e.getString("occurredAt"),
            e.getString("actor"),
            e.isNull("agency") ? "null" : e.getString("agency"),
            e.getString("action"),
            e.getString("entityType"),
            e.getString("entityId"),
            e.isNull("before") ? "null" : e.getString("before"),
            e.isNull("after") ? "null" : e.getString("after"));
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(input.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(digest);
  }

  @Test
  void theTrailsExportChecksWithoutNetraUpToItsSignedCheckpoint() throws Exception {
    assertTrue(admin().get(API + "/audit/verify").expect(200).json().getBoolean("valid"));
    Api.Res export = admin().get(API + "/audit/export");
    export.expect(200);
    assertTrue(export.contentType().startsWith("application/x-ndjson"), export.contentType());
    List<JsonObject> lines =
        export
            .body()
            .lines()
            .map(l -> Json.createReader(new StringReader(l)).readObject())
            .toList();
    JsonObject header = lines.get(0);
    assertEquals("netra-audit-export/1", header.getString("format"));
    JsonObject last = lines.get(lines.size() - 1).getJsonObject("checkpoint");
    long to = last.getJsonNumber("seq").longValue();
    assertEquals(to, header.getJsonNumber("toSeq").longValue());
    List<JsonObject> entries = lines.subList(1, lines.size() - 1);
    assertEquals(to, entries.size(), "every entry from the first to the checkpoint");
    String prev = "0".repeat(64);
    long seq = 0;
    for (JsonObject e : entries) {
      assertEquals(++seq, e.getJsonNumber("seq").longValue());
      assertEquals(prev, e.getString("prevHash"), "linked at " + seq);
      assertEquals(hashOf(e), e.getString("hash"), "hash at " + seq);
      prev = e.getString("hash");
    }
    assertEquals(prev, last.getString("hash"), "the chain ends at the signed checkpoint");
    assertEquals(
        "INTACT",
        checkpointCheck(Api.account(base, "auditor", Api.DEMO_PASSWORD), last.getString("jws"))
            .getString("state"));

    // The next export starts where this one ended, its first link the last hash above.
    agencyAdmin(); // an audited change after the checkpoint
    assertTrue(admin().get(API + "/audit/verify").expect(200).json().getBoolean("valid"));
    List<String> next =
        admin().get(API + "/audit/export?afterSeq=" + to).expect(200).body().lines().toList();
    JsonObject first = Json.createReader(new StringReader(next.get(1))).readObject();
    if (first.containsKey("seq")) {
      assertEquals(to + 1, first.getJsonNumber("seq").longValue());
      assertEquals(prev, first.getString("prevHash"));
    }
    // An agency's account cannot take the chain of every agency.
    Api.account(base, "auditor", Api.DEMO_PASSWORD)
        .get(API + "/audit/export")
        .problem(403, "CENTRAL_ONLY");
  }
}
