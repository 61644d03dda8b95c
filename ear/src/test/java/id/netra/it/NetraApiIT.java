package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration API on the real EAR, in a managed Payara Server with the file-backed H2 database
 * and the demo profile (agency DEMO with its documented key and accounts).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetraApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  static final LocalDate START = Api.today().plusDays(10);

  Api demo() {
    return Api.key(base, Api.DEMO_KEY);
  }

  Api admin() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  static String decision(String ref, String kind, String type, String nip) {
    String typeField =
        kind.equals("LEAVE") ? "\"leaveType\":\"" + type + "\"" : "\"dutyBody\":\"" + type + "\"";
    return "{\"requestRef\":\""
        + ref
        + "\",\"kind\":\""
        + kind
        + "\","
        + typeField
        + ",\"nip\":\""
        + nip
        + "\",\"startDate\":\""
        + START
        + "\",\"endDate\":\""
        + START.plusDays(3)
        + "\"}";
  }

  /** A demo employee of the given type who has neither signed nor trained. */
  JsonObject untouchedEmployee(String type, Set<String> skip) {
    JsonArray all = demo().get("/netra/api/v1/employees?limit=500").expect(200).array();
    for (JsonValue v : all) {
      JsonObject e = v.asJsonObject();
      if (!e.getString("type").equals(type) || skip.contains(e.getString("nip"))) {
        continue;
      }
      if (demo().untouched(e.getString("nip"))) {
        return e;
      }
    }
    throw new AssertionError("no untouched " + type + " employee in the demo data");
  }

  static final Set<String> USED = new HashSet<>();

  synchronized JsonObject untouched(String type) {
    JsonObject e = untouchedEmployee(type, USED);
    USED.add(e.getString("nip"));
    return e;
  }

  JsonObject importCeremonySignature(String nip, long election) {
    String row =
        "[{\"nip\":\"%s\",\"electionId\":%d,\"signedAt\":\"%s\",\"evidenceRef\":\"BA-UPACARA/IT/1\"}]";
    return demo()
        .post(
            "/netra/api/v1/pact/signatures/offline-import",
            String.format(row, nip, election, Instant.now().minusSeconds(3600)))
        .expect(200)
        .json();
  }

  long electionId() {
    return demo().firstElection();
  }

  long auditHead() {
    JsonArray page = admin().get("/netra/api/v1/audit?afterSeq=0&limit=500").expect(200).array();
    long last = 0;
    long after = 0;
    while (!page.isEmpty()) {
      last = page.getJsonObject(page.size() - 1).getJsonNumber("seq").longValue();
      if (page.size() < 500) {
        break;
      }
      after = last;
      page = admin().get("/netra/api/v1/audit?limit=500&afterSeq=" + after).expect(200).array();
    }
    return last;
  }

  @Test
  void healthIsUpWithDatabaseSchemaAndCamel() {
    JsonObject h = Api.anonymous(base).get("/netra/api/v1/health").expect(200).json();
    assertEquals("UP", h.getString("status"));
    assertTrue(h.getBoolean("database"));
    assertEquals(latestMigration(), h.getString("schemaVersion"), "every migration ran");
    JsonObject camel = h.getJsonObject("integration");
    assertTrue(camel.getBoolean("up"));
    assertEquals("Started", camel.getString("contextStatus"));
    assertTrue(camel.getInt("routes") >= 2);
  }

  /** The highest version among the migrations shipped in plugin-api, SQL or Java. */
  private static String latestMigration() {
    try (var files =
        java.util.stream.Stream.concat(
            java.nio.file.Files.list(
                java.nio.file.Path.of("../plugin-api/src/main/resources/db/migration")),
            java.nio.file.Files.list(
                java.nio.file.Path.of(
                    "../plugin-api/src/main/java/id/netra/infrastructure/persistence/migration")))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void openApiDocumentDescribesTheGate() {
    Api.Res doc = Api.anonymous(base).get("/openapi");
    doc.expect(200);
    assertTrue(doc.body().contains("/gate/decisions"), doc.body());
    assertTrue(doc.body().contains("DecisionRequest"));
    assertTrue(doc.body().contains("SIMPEG-CUTI-2029-00042"), "the request example is published");
    assertTrue(doc.body().contains("BA-UPACARA/2029/001"), "the import example is published");
  }

  @Test
  void blockedUntilPactAndTrainingThenAllowedWithADecisionChange() {
    Instant before = Instant.now().minusSeconds(1);
    String nip = untouched("PNS").getString("nip");
    String ref = "IT-KPPS-" + nip;

    JsonObject first =
        demo()
            .post("/netra/api/v1/gate/decisions", decision(ref, "ELECTION_DUTY", "KPPS", nip))
            .expect(201)
            .json();
    assertEquals("BLOCK", first.getString("outcome"));
    List<String> codes =
        first.getJsonArray("reasons").stream()
            .map(r -> r.asJsonObject().getString("code"))
            .collect(Collectors.toList());
    assertEquals(List.of("PACT_NOT_SIGNED", "TRAINING_NOT_PASSED"), codes);
    JsonObject pactReason = first.getJsonArray("reasons").getJsonObject(0);
    assertEquals("SIGN_PACT", pactReason.getString("action"));
    assertTrue(pactReason.getString("actionUrl").contains("pact"));
    assertFalse(pactReason.getString("messageId").isBlank());
    assertFalse(pactReason.getString("messageEn").isBlank());
    assertEquals(electionId(), first.getJsonNumber("electionId").longValue());
    assertTrue(first.getInt("policyVersion") >= 1);

    // The same request under the same facts is the same decision.
    JsonObject replay =
        demo()
            .post("/netra/api/v1/gate/decisions", decision(ref, "ELECTION_DUTY", "KPPS", nip))
            .expect(200)
            .json();
    assertEquals(first.getJsonNumber("id"), replay.getJsonNumber("id"));
    assertTrue(replay.getBoolean("replayed"));

    // A dry run stores nothing.
    String dry =
        decision("IT-DRY-" + nip, "ELECTION_DUTY", "KPPS", nip).replace("}", ",\"dryRun\":true}");
    JsonObject dryAnswer = demo().post("/netra/api/v1/gate/decisions", dry).expect(200).json();
    assertTrue(dryAnswer.getBoolean("dryRun"));
    assertTrue(!dryAnswer.containsKey("id") || dryAnswer.isNull("id"), dryAnswer.toString());

    long election = electionId();
    JsonObject pact = importCeremonySignature(nip, election);
    assertEquals(1, pact.getInt("created"), pact.toString());
    // Importing the same signature again changes nothing.
    JsonObject again = importCeremonySignature(nip, election);
    assertEquals(1, again.getInt("unchanged"));

    JsonObject stillBlocked =
        demo().get("/netra/api/v1/gate/decisions/" + first.getJsonNumber("id")).expect(200).json();
    assertEquals("BLOCK", stillBlocked.getString("outcome"));

    JsonObject lms =
        demo()
            .post(
                "/netra/api/v1/training/completions/lms-import",
                "[{\"nip\":\""
                    + nip
                    + "\",\"moduleCode\":\"NETRALITAS\",\"provider\":\"LMS-IT\","
                    + "\"externalId\":\"it-"
                    + nip
                    + "\",\"completedOn\":\""
                    + Api.today()
                    + "\",\"score\":88}]")
            .expect(200)
            .json();
    assertEquals(1, lms.getInt("created"), lms.toString());

    JsonArray changes =
        demo().get("/netra/api/v1/gate/decisions?changedSince=" + before).expect(200).array();
    JsonObject change =
        changes.stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("requestRef").equals(ref))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no change for " + ref + " in " + changes));
    assertEquals("BLOCK", change.getString("fromOutcome"));
    assertEquals("ALLOW", change.getString("toOutcome"));
    assertEquals("TRAINING_PASSED", change.getString("cause"));

    JsonObject now =
        demo()
            .post("/netra/api/v1/gate/decisions", decision(ref, "ELECTION_DUTY", "KPPS", nip))
            .expect(200)
            .json();
    assertEquals("ALLOW", now.getString("outcome"));
    assertEquals(change.getJsonNumber("decisionId"), now.getJsonNumber("id"));

    JsonObject status =
        demo().get("/netra/api/v1/employees/" + nip + "/neutrality").expect(200).json();
    JsonObject standing = status.getJsonArray("elections").getJsonObject(0);
    assertTrue(standing.getBoolean("pactSigned"));
    assertEquals("OFFLINE_CEREMONY", standing.getString("pactChannel"));
    assertEquals("PASSED", standing.getString("trainingState"));
    assertTrue(standing.getBoolean("compliant"));

    JsonObject verify = admin().get("/netra/api/v1/audit/verify").expect(200).json();
    assertTrue(verify.getBoolean("valid"), verify.toString());
    assertTrue(verify.getJsonNumber("entriesChecked").longValue() > 300);
    JsonArray trail =
        admin()
            .get(
                "/netra/api/v1/audit?entityType=gate_decision&entityId="
                    + first.getJsonNumber("id"))
            .expect(200)
            .array();
    assertEquals("GATE_DECIDED", trail.getJsonObject(0).getString("action"));
  }

  @Test
  void pppkCannotTakeCltn() {
    String nip = untouched("PPPK").getString("nip");
    JsonObject d =
        demo()
            .post("/netra/api/v1/gate/decisions", decision("IT-CLTN-" + nip, "LEAVE", "6", nip))
            .expect(201)
            .json();
    assertEquals("BLOCK", d.getString("outcome"));
    assertEquals("PPPK_NO_CLTN", d.getJsonArray("reasons").getJsonObject(0).getString("code"));
    assertEquals("CLTN", d.getString("leaveType"));
  }

  @Test
  void badInputIsAProblemWithFieldsAndChangesNothing() {
    String nip = untouched("PNS").getString("nip");
    long head = auditHead();

    JsonObject p =
        demo()
            .post(
                "/netra/api/v1/gate/decisions",
                decision("IT-BAD-1", "ELECTION_DUTY", "KPPS", "1966080119880310"))
            .problem(400, "INVALID_INPUT");
    assertEquals("nip", p.getJsonArray("errors").getJsonObject(0).getString("field"));

    String endBeforeStart =
        "{\"requestRef\":\"IT-BAD-2\",\"kind\":\"LEAVE\",\"leaveType\":\"CLTN\",\"nip\":\""
            + nip
            + "\",\"startDate\":\"2029-03-10\",\"endDate\":\"2029-03-01\"}";
    p = demo().post("/netra/api/v1/gate/decisions", endBeforeStart).problem(400, "INVALID_INPUT");
    assertEquals("endDate", p.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("DATE_ORDER", p.getJsonArray("errors").getJsonObject(0).getString("code"));

    p =
        demo()
            .post("/netra/api/v1/gate/decisions", decision("IT-BAD-3", "LEAVE", "HONEYMOON", nip))
            .problem(400, "INVALID_INPUT");
    assertEquals("leaveType", p.getJsonArray("errors").getJsonObject(0).getString("field"));

    String unknownElection =
        decision("IT-BAD-4", "ELECTION_DUTY", "KPPS", nip).replace("}", ",\"electionId\":987654}");
    p = demo().post("/netra/api/v1/gate/decisions", unknownElection).problem(400, "INVALID_INPUT");
    assertEquals("ELECTION_UNKNOWN", p.getJsonArray("errors").getJsonObject(0).getString("code"));

    String badDate =
        decision("IT-BAD-5", "ELECTION_DUTY", "KPPS", nip).replace(START.toString(), "2029-02-30");
    p = demo().post("/netra/api/v1/gate/decisions", badDate).problem(400, "INVALID_INPUT");
    assertEquals("DATE_FORMAT", p.getJsonArray("errors").getJsonObject(0).getString("code"));

    demo().post("/netra/api/v1/gate/decisions", "{\"requestRef\": ").problem(400, "INVALID_INPUT");
    demo().post("/netra/api/v1/gate/decisions", "").problem(400, "INVALID_INPUT");
    byte[] latin1 =
        decision("IT-BAD-7", "ELECTION_DUTY", "KPPS", nip)
            .replace("}", ",\"note\":\"Sekolah Dasar Nº 1\"}")
            .getBytes(StandardCharsets.ISO_8859_1);
    JsonObject notUtf8 =
        demo()
            .upload("/netra/api/v1/gate/decisions", "application/json", latin1)
            .problem(400, "INVALID_INPUT");
    assertEquals(
        "INVALID_UTF8",
        notUtf8.getJsonArray("errors").getJsonObject(0).getString("code"),
        "refused, not stored as U+FFFD");
    demo()
        .send("POST", "/netra/api/v1/gate/decisions", "text/plain", "hello", null)
        .problem(415, "UNSUPPORTED_MEDIA_TYPE");

    assertEquals(413, announceHugeBody());
    String chunked = chunkedHugeBody();
    assertTrue(
        chunked.startsWith("413 ") && chunked.contains("BODY_TOO_LARGE"),
        "a chunked body over the limit is 413, not a JSON error: " + chunked);

    JsonObject english =
        demo()
            .send(
                "POST",
                "/netra/api/v1/gate/decisions",
                "application/json",
                decision("IT-BAD-6", "KPPS", "KPPS", nip),
                "en")
            .problem(400, "INVALID_INPUT");
    assertEquals(english.getJsonObject("messages").getString("en"), english.getString("detail"));
    JsonObject indonesian =
        demo()
            .send(
                "POST",
                "/netra/api/v1/gate/decisions",
                "application/json",
                decision("IT-BAD-6", "KPPS", "KPPS", nip),
                "id-ID")
            .problem(400, "INVALID_INPUT");
    assertEquals(
        indonesian.getJsonObject("messages").getString("id"), indonesian.getString("detail"));

    demo().get("/netra/api/v1/gate/decisions/999999999").problem(404, "NOT_FOUND");
    demo().get("/netra/api/v1/no-such-thing").problem(404, "NOT_FOUND");

    JsonObject withEmptyRow =
        demo()
            .post(
                "/netra/api/v1/employees",
                "[null, {\"nip\":\"123\",\"type\":\"PNS\",\"name\":\"X\"}]")
            .expect(200)
            .json();
    assertEquals(2, withEmptyRow.getInt("failed"));
    assertEquals(
        "ROW_EMPTY",
        withEmptyRow
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("code"));
    demo().post("/netra/api/v1/employees", "{\"nip\":\"1\"}").problem(400, "INVALID_INPUT");

    assertEquals(head, auditHead(), "bad input left no trace in the audit chain");
  }

  /**
   * Sends a 6 MiB JSON body in chunks (no length announced) while reading the answer: its status
   * and body.
   */
  String chunkedHugeBody() {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /netra/api/v1/gate/decisions HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\nX-API-Key: "
                  + Api.DEMO_KEY
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = ("[" + "1,".repeat(32 * 1024)).getBytes(StandardCharsets.US_ASCII);
                try {
                  for (int i = 0; i < 96; i++) {
                    out.write(
                        (Integer.toHexString(chunk.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  // the server answered and closed before the end: what the test expects
                }
              });
      writer.start();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      StringBuilder rest = new StringBuilder();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rest.append(line).append('\n');
      }
      writer.join(60_000);
      return status.substring(status.indexOf(' ') + 1) + "\n" + rest;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Announces a 6 MiB body, sends none of it, and returns the status the server answers with. */
  int announceHugeBody() {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST /netra/api/v1/gate/decisions HTTP/1.1\r\nHost: "
              + base.getHost()
              + "\r\nX-API-Key: "
              + Api.DEMO_KEY
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + (6 * 1024 * 1024)
              + "\r\nConnection: close\r\n\r\n{";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void credentialsAndRolesAreChecked() throws Exception {
    Api.anonymous(base).get("/netra/api/v1/employees").problem(401, "UNAUTHENTICATED");
    // Every answer names its request; a problem says it too, and a caller's id is kept only
    // when it looks like one.
    Api.Res refused = Api.anonymous(base).requestId("hr-7f3a9c21").get("/netra/api/v1/employees");
    assertEquals("hr-7f3a9c21", refused.requestId());
    assertEquals("hr-7f3a9c21", refused.problem(401, "UNAUTHENTICATED").getString("requestId"));
    Api.Res odd = Api.anonymous(base).requestId("not an id; x").get("/netra/api/v1/employees");
    assertEquals(36, odd.requestId().length(), "made up instead: " + odd.requestId());
    assertEquals(odd.requestId(), odd.problem(401, "UNAUTHENTICATED").getString("requestId"));
    String made = demo().get("/netra/api/v1/elections").expect(200).requestId();
    assertEquals(36, made.length(), "one is made up when none is sent: " + made);
    java.nio.file.Path log =
        java.nio.file.Path.of(
            System.getProperty("payara.home"),
            "glassfish",
            "domains",
            System.getProperty("netra.test.domain"),
            "logs",
            "server.log");
    String line = "request " + made + " GET ElectionResource.";
    for (int i = 0; i < 50 && !java.nio.file.Files.readString(log).contains(line); i++) {
      Thread.sleep(200); // the server writes its log a moment later
    }
    String written = java.nio.file.Files.readString(log);
    int at = written.indexOf(line);
    assertTrue(at >= 0, "one log line per request, under its id: " + line);
    String rest = written.substring(at, written.indexOf('\n', at));
    assertTrue(rest.matches(".* 200 \\d+ ms client:.*"), "the HR system named: " + rest);
    Api.key(base, "netra_demo0001_wrong")
        .get("/netra/api/v1/employees")
        .problem(401, "UNAUTHENTICATED");
    Api.account(base, "admin", "wrong")
        .get("/netra/api/v1/employees?agency=DEMO")
        .problem(401, "UNAUTHENTICATED");
    Api.account(base, "officer", Api.DEMO_PASSWORD)
        .post("/netra/api/v1/elections", "{}")
        .problem(403, "FORBIDDEN");
    demo().get("/netra/api/v1/audit/verify").problem(403, "FORBIDDEN");
    Api.account(base, "auditor", Api.DEMO_PASSWORD).get("/netra/api/v1/audit/verify").expect(200);

    // An admin creates an officer, who can work at once and only in their agency.
    JsonObject officer =
        admin()
            .post(
                "/netra/api/v1/admin/accounts",
                "{\"username\":\"siti.officer\",\"password\":\"Pemilu-Jujur-2029!\",\"roles\":[\"officer\"],\"agency\":\"DEMO\"}")
            .expect(201)
            .json();
    assertEquals("DEMO", officer.getString("agency"));
    assertFalse(officer.containsKey("password"));
    Api siti = Api.account(base, "siti.officer", "Pemilu-Jujur-2029!");
    siti.get("/netra/api/v1/employees?limit=1").expect(200);
    siti.post("/netra/api/v1/admin/accounts", "{}").problem(403, "FORBIDDEN");
    JsonObject weak =
        admin()
            .post(
                "/netra/api/v1/admin/accounts",
                "{\"username\":\"Bad Name\",\"password\":\"short\",\"roles\":[\"root\"],\"agency\":\"DEMO\"}")
            .problem(400, "INVALID_INPUT");
    assertEquals(
        List.of("username", "password", "roles"),
        weak.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList());
    admin()
        .post(
            "/netra/api/v1/admin/accounts",
            "{\"username\":\"siti.officer\",\"password\":\"Another-2029!\",\"roles\":[\"ppk\"],\"agency\":\"DEMO\"}")
        .problem(400, "INVALID_INPUT");
    Api.account(base, "siti.officer", "Another-2029!")
        .get("/netra/api/v1/employees?limit=1")
        .problem(401, "UNAUTHENTICATED");
  }

  @Test
  void theAuditTrailIsSearchedByAgencyActorActionAndDay() {
    String today = Api.today().toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();
    String tomorrow = LocalDate.parse(today).plusDays(1).toString();
    admin()
        .post(
            "/netra/api/v1/admin/api-clients", "{\"name\":\"Audit search IT\",\"agency\":\"DEMO\"}")
        .expect(201);
    JsonArray created =
        admin()
            .get("/netra/api/v1/audit?agency=DEMO&action=EMPLOYEE_CREATED&limit=5")
            .expect(200)
            .array();
    assertEquals(5, created.size(), created.toString());
    for (JsonValue e : created) {
      assertEquals("EMPLOYEE_CREATED", e.asJsonObject().getString("action"));
      assertEquals("DEMO", e.asJsonObject().getString("agency"));
    }
    JsonArray byAdmin = admin().get("/netra/api/v1/audit?actor=ADMIN&limit=50").expect(200).array();
    assertFalse(byAdmin.isEmpty());
    byAdmin.forEach(
        e ->
            assertTrue(
                e.asJsonObject().getString("actor").toLowerCase().contains("admin"), e.toString()));
    JsonArray todays =
        admin()
            .get("/netra/api/v1/audit?from=" + yesterday + "&to=" + today + "&limit=20")
            .expect(200)
            .array();
    assertEquals(20, todays.size(), "the demo was loaded today");
    assertTrue(
        admin().get("/netra/api/v1/audit?from=" + tomorrow).expect(200).array().isEmpty(),
        "nothing happened tomorrow");
    // Paging: the next page starts after the last entry seen.
    long last = todays.getJsonObject(todays.size() - 1).getJsonNumber("seq").longValue();
    JsonObject next =
        admin()
            .get("/netra/api/v1/audit?from=" + yesterday + "&limit=1&afterSeq=" + last)
            .expect(200)
            .array()
            .getJsonObject(0);
    assertEquals(last + 1, next.getJsonNumber("seq").longValue());

    // An agency's auditor reads its agency's entries, and those of the catalogue every agency
    // shares; nothing of another agency.
    JsonArray seen =
        Api.account(base, "auditor", Api.DEMO_PASSWORD)
            .get("/netra/api/v1/audit?limit=500")
            .expect(200)
            .array();
    assertFalse(seen.isEmpty());
    seen.forEach(
        e ->
            assertTrue(
                "DEMO".equals(e.asJsonObject().getString("agency", null))
                    || (!e.asJsonObject().containsKey("agency")
                            || e.asJsonObject().isNull("agency"))
                        && java.util.Set.of("catalogue", "violation_type", "sanction_type")
                            .contains(e.asJsonObject().getString("entityType")),
                e.toString()));
    assertTrue(
        seen.stream()
            .anyMatch(e -> e.asJsonObject().getString("action").equals("CATALOGUE_SEEDED")),
        "the shared catalogue's seeding is visible");

    // Bad days are refused with the field named.
    JsonObject bad =
        admin().get("/netra/api/v1/audit?from=2026-13-01").problem(400, "INVALID_INPUT");
    assertEquals("from", bad.getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject order =
        admin()
            .get("/netra/api/v1/audit?from=" + tomorrow + "&to=" + today)
            .problem(400, "INVALID_INPUT");
    assertEquals("DATE_ORDER", order.getJsonArray("errors").getJsonObject(0).getString("code"));
    demo().get("/netra/api/v1/audit").problem(403, "FORBIDDEN");
  }

  @Test
  void apiKeysNeverSeeAnotherAgency() {
    JsonObject created =
        admin()
            .post(
                "/netra/api/v1/admin/api-clients",
                "{\"name\":\"SIMPEG Kab. Lain\",\"agency\":\"OTHER\"}")
            .expect(201)
            .json();
    Api other = Api.key(base, created.getString("apiKey"));
    String otherNip = "198702142010012003";
    JsonObject report =
        other
            .post(
                "/netra/api/v1/employees",
                "[{\"nip\":\"19870214 201001 2 003\",\"type\":\"PNS\",\"name\":\"Rahmi Lubis\","
                    + "\"unitCode\":\"DISDIK\",\"agency\":\"DEMO\"}]")
            .expect(200)
            .json();
    assertEquals(1, report.getInt("created"), report.toString());
    // The key's agency wins over the agency named in the row.
    assertEquals(
        "OTHER",
        other.get("/netra/api/v1/employees/" + otherNip).expect(200).json().getString("agency"));

    demo().get("/netra/api/v1/employees/" + otherNip).problem(404, "NOT_FOUND");
    // Its audit trail too: the DEMO auditor does not see it, even when asking for OTHER.
    String trail = "/netra/api/v1/audit?entityType=employee&entityId=" + otherNip;
    Api auditor = Api.account(base, "auditor", Api.DEMO_PASSWORD);
    assertTrue(auditor.get(trail).expect(200).array().isEmpty());
    assertTrue(auditor.get(trail + "&agency=OTHER").expect(200).array().isEmpty());
    assertEquals(
        "OTHER",
        admin().get(trail).expect(200).array().getJsonObject(0).getString("agency"),
        "a central account sees every agency's trail");
    demo().get("/netra/api/v1/employees/" + otherNip + "/neutrality").problem(404, "NOT_FOUND");
    JsonObject p =
        demo()
            .post(
                "/netra/api/v1/gate/decisions",
                decision("IT-X-1", "ELECTION_DUTY", "KPPS", otherNip))
            .problem(400, "INVALID_INPUT");
    assertEquals("EMPLOYEE_UNKNOWN", p.getJsonArray("errors").getJsonObject(0).getString("code"));
    assertTrue(
        demo().get("/netra/api/v1/employees?limit=500").array().stream()
            .noneMatch(e -> e.asJsonObject().getString("nip").equals(otherNip)));

    // A DEMO decision is invisible to the other agency's key.
    String demoNip = untouched("PNS").getString("nip");
    JsonObject d =
        demo()
            .post(
                "/netra/api/v1/gate/decisions", decision("IT-X-2", "ELECTION_DUTY", "PPS", demoNip))
            .expect(201)
            .json();
    other.get("/netra/api/v1/gate/decisions/" + d.getJsonNumber("id")).problem(404, "NOT_FOUND");

    // The other agency cannot take over a DEMO employee by upserting their NIP.
    JsonObject takeover =
        other
            .post(
                "/netra/api/v1/employees",
                "[{\"nip\":\"" + demoNip + "\",\"type\":\"PNS\",\"name\":\"Someone Else\"}]")
            .expect(200)
            .json();
    assertEquals(1, takeover.getInt("failed"));
    assertEquals(
        "NIP_OTHER_AGENCY",
        takeover
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("code"));
    assertNotEquals(
        "Someone Else", demo().get("/netra/api/v1/employees/" + demoNip).json().getString("name"));
    assertEquals(
        "DEMO", demo().get("/netra/api/v1/employees/" + demoNip).json().getString("agency"));

    // A leaked key is revoked by an administrator and stops working at once.
    admin()
        .send(
            "DELETE",
            "/netra/api/v1/admin/api-clients/" + created.getString("keyPrefix"),
            null,
            null,
            null)
        .expect(204);
    other.get("/netra/api/v1/employees/" + otherNip).problem(401, "UNAUTHENTICATED");
    admin()
        .send("DELETE", "/netra/api/v1/admin/api-clients/nosuchkey", null, null, null)
        .problem(404, "NOT_FOUND");
  }

  @Test
  void recordOnlyPolicyWarnsInsteadOfBlocking() {
    JsonObject created =
        admin()
            .post(
                "/netra/api/v1/admin/api-clients",
                "{\"name\":\"SIMPEG Rollout\",\"agency\":\"ROLLOUT\"}")
            .expect(201)
            .json();
    Api rollout = Api.key(base, created.getString("apiKey"));
    LocalDate today = Api.today();
    JsonObject election =
        admin()
            .post(
                "/netra/api/v1/elections",
                "{\"type\":\"PILKADA\",\"name\":\"Pilkada Rollout\",\"agencies\":[\"ROLLOUT\"],"
                    + "\"startDate\":\""
                    + today.minusDays(10)
                    + "\",\"campaignStart\":\""
                    + today
                    + "\",\"campaignEnd\":\""
                    + today.plusDays(30)
                    + "\",\"votingDay\":\""
                    + today.plusDays(33)
                    + "\",\"endDate\":\""
                    + today.plusDays(60)
                    + "\"}")
            .expect(201)
            .json();
    long id = election.getJsonNumber("id").longValue();
    JsonObject policy =
        admin()
            .put(
                "/netra/api/v1/elections/" + id + "/policy?agency=ROLLOUT",
                "{\"mode\":\"RECORD_ONLY\",\"requirePact\":true,\"requireTraining\":true,"
                    + "\"gatedLeaveTypes\":[\"CLTN\"],\"gatedDutyBodies\":[\"KPPS\",\"PPS\"]}")
            .expect(200)
            .json();
    assertEquals(1, policy.getInt("version"));
    rollout
        .post(
            "/netra/api/v1/employees",
            "[{\"nip\":\"199203152019031004\",\"type\":\"PNS\",\"name\":\"Dimas Pratama\"}]")
        .expect(200);

    JsonObject d =
        rollout
            .post(
                "/netra/api/v1/gate/decisions",
                decision("IT-R-1", "ELECTION_DUTY", "KPPS", "199203152019031004"))
            .expect(201)
            .json();
    assertEquals("ALLOW_WITH_WARNING", d.getString("outcome"));
    assertEquals("RECORD_ONLY", d.getString("policyMode"));
    assertEquals("WARNING", d.getJsonArray("reasons").getJsonObject(0).getString("severity"));

    admin()
        .put(
            "/netra/api/v1/elections/" + id + "/policy?agency=ROLLOUT",
            "{\"mode\":\"ENFORCE\",\"gatedDutyBodies\":[\"KPPS\"]}")
        .expect(200);
    JsonObject enforced =
        rollout
            .post(
                "/netra/api/v1/gate/decisions",
                decision("IT-R-1", "ELECTION_DUTY", "KPPS", "199203152019031004"))
            .expect(201)
            .json();
    assertEquals("BLOCK", enforced.getString("outcome"));
    assertEquals(2, enforced.getInt("policyVersion"));
    assertEquals(d.getJsonNumber("id"), enforced.getJsonNumber("supersedesId"));
  }

  @Test
  void csvUpsertReportsEveryRow() {
    String csv =
        "nip;type;name;unitCode;status\r\n"
            + "19790505 200501 1 007;PNS;\"Wayan Sudarma\";DISHUB;ACTIVE\r\n"
            + "19790505 200513 1 007;PNS;Broken Month;DISHUB;ACTIVE\r\n"
            + "199505052021011008;PPPK;Ayu Lestari;DINKES;\r\n";
    JsonObject r =
        demo().send("POST", "/netra/api/v1/employees", "text/csv", csv, null).expect(200).json();
    assertEquals(2, r.getInt("created"), r.toString());
    assertEquals(1, r.getInt("failed"));
    JsonObject failed = r.getJsonArray("rows").getJsonObject(1);
    assertEquals("FAILED", failed.getString("outcome"));
    assertEquals(
        "NIP_APPOINTMENT", failed.getJsonArray("errors").getJsonObject(0).getString("code"));

    JsonObject again =
        demo().send("POST", "/netra/api/v1/employees", "text/csv", csv, null).expect(200).json();
    assertEquals(2, again.getInt("unchanged"));
    assertEquals(
        "19790505 200501 1 007",
        demo().get("/netra/api/v1/employees/197905052005011007").json().getString("nipDisplay"));
  }

  @Test
  void publishedPactVersionsAreImmutable() {
    String body =
        "{\"agency\":\"DEMO\",\"code\":\"PAKTA-IT\",\"titleId\":\"Pakta\",\"titleEn\":\"Pact\","
            + "\"clauses\":[{\"textId\":\"Saya netral.\",\"textEn\":\"I am neutral.\"}]}";
    JsonObject t = admin().post("/netra/api/v1/pact/templates", body).expect(201).json();
    assertEquals("DRAFT", t.getString("status"));
    long id = t.getJsonNumber("id").longValue();
    JsonObject published =
        admin().post("/netra/api/v1/pact/templates/" + id + "/publish", "").expect(200).json();
    assertEquals("PUBLISHED", published.getString("status"));
    assertEquals(t.getString("contentHash"), published.getString("contentHash"));
    admin().put("/netra/api/v1/pact/templates/" + id, body).problem(409, "TEMPLATE_PUBLISHED");
    JsonObject next = admin().post("/netra/api/v1/pact/templates", body).expect(201).json();
    assertEquals(2, next.getInt("version"));

    String module =
        "{\"agency\":\"DEMO\",\"code\":\"NETRALITAS-IT\",\"title\":\"%s\",\"passMark\":50,"
            + "\"validityDays\":30,\"sections\":[{\"title\":\"S\",\"body\":\"B\"}],"
            + "\"questions\":[{\"prompt\":\"Q\",\"choices\":[\"a\",\"b\"],\"correctChoice\":1}]}";
    JsonObject draft =
        admin()
            .post("/netra/api/v1/training/modules", String.format(module, "Draf"))
            .expect(201)
            .json();
    long moduleId = draft.getJsonNumber("id").longValue();
    JsonObject edited =
        admin()
            .put("/netra/api/v1/training/modules/" + moduleId, String.format(module, "Draf kedua"))
            .expect(200)
            .json();
    assertEquals("Draf kedua", edited.getString("title"));
    admin().post("/netra/api/v1/training/modules/" + moduleId + "/publish", "").expect(200);
    admin()
        .put("/netra/api/v1/training/modules/" + moduleId, String.format(module, "Lain"))
        .problem(409, "MODULE_PUBLISHED");
    JsonObject bad =
        admin()
            .post(
                "/netra/api/v1/training/modules",
                String.format(module, "Bad").replace("\"correctChoice\":1", "\"correctChoice\":5"))
            .problem(400, "INVALID_INPUT");
    assertEquals("questions[0]", bad.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anEmployeeSignsAndPassesInThePortalAndTheirRequestIsAllowed() {
    Instant before = Instant.now().minusSeconds(1);
    JsonObject employee = untouched("PNS");
    String nip = employee.getString("nip");
    String ref = "IT-PORTAL-" + nip;
    demo().post("/netra/api/v1/gate/decisions", decision(ref, "LEAVE", "CLTN", nip)).expect(201);
    Api me = Api.bearer(base, PortalTokens.demo(nip));

    JsonObject prompts = me.get("/netra/api/v1/me/prompts").expect(200).json();
    assertEquals(
        List.of("SIGN_PACT", "TAKE_TRAINING"),
        prompts.getJsonArray("actions").stream()
            .map(a -> a.asJsonObject().getString("action"))
            .toList());
    assertEquals(
        ref, prompts.getJsonArray("pendingRequests").getJsonObject(0).getString("requestRef"));
    long election =
        prompts.getJsonArray("actions").getJsonObject(0).getJsonNumber("electionId").longValue();

    JsonObject pact = me.get("/netra/api/v1/me/pact?electionId=" + election).expect(200).json();
    int clauses = pact.getJsonArray("clauses").size();
    String all = "[" + String.join(",", java.util.Collections.nCopies(clauses, "true")) + "]";
    String sign =
        "{\"electionId\":"
            + election
            + ",\"templateId\":"
            + pact.getJsonNumber("id")
            + ",\"contentHash\":\""
            + pact.getString("contentHash")
            + "\",\"typedName\":\"%s\","
            + "\"consents\":%s}";
    JsonObject p =
        me.post("/netra/api/v1/me/pact/signatures", String.format(sign, "Someone Else", all))
            .problem(400, "INVALID_INPUT");
    assertEquals("NAME_MISMATCH", p.getJsonArray("errors").getJsonObject(0).getString("code"));
    p =
        me.post(
                "/netra/api/v1/me/pact/signatures",
                String.format(sign, employee.getString("name"), "[false]"))
            .problem(400, "INVALID_INPUT");
    assertEquals("CONSENT_REQUIRED", p.getJsonArray("errors").getJsonObject(0).getString("code"));

    JsonObject signed =
        me.post(
                "/netra/api/v1/me/pact/signatures",
                String.format(sign, employee.getString("name").toUpperCase(), all))
            .expect(201)
            .json();
    String receipt = signed.getString("receipt");
    me.post(
            "/netra/api/v1/me/pact/signatures",
            String.format(sign, employee.getString("name"), all))
        .problem(409, "ALREADY_SIGNED");

    JsonObject verdict =
        Api.anonymous(base)
            .post("/netra/api/v1/pact/receipts/verify", "{\"receipt\":\"" + receipt + "\"}")
            .expect(200)
            .json();
    assertTrue(verdict.getBoolean("valid"));
    assertEquals(nip, verdict.getJsonObject("claims").getString("sub"));
    assertEquals(
        pact.getString("contentHash"), verdict.getJsonObject("claims").getString("templateHash"));
    assertEquals("PORTAL", verdict.getJsonObject("claims").getString("channel"));
    String[] parts = receipt.split("\\.");
    String forged =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
    assertFalse(
        Api.anonymous(base)
            .post("/netra/api/v1/pact/receipts/verify", "{\"receipt\":\"" + forged + "\"}")
            .expect(200)
            .json()
            .getBoolean("valid"));
    assertEquals(
        "OKP",
        Api.anonymous(base)
            .get("/netra/api/v1/pact/receipt-keys")
            .expect(200)
            .json()
            .getJsonArray("keys")
            .getJsonObject(0)
            .getString("kty"));

    JsonObject training = me.get("/netra/api/v1/me/training").expect(200).json();
    assertEquals(3, training.getInt("attemptsLeftToday"));
    JsonObject module = training.getJsonObject("module");
    assertFalse(
        module.getJsonArray("questions").getJsonObject(0).containsKey("correctChoice")
            && !module.getJsonArray("questions").getJsonObject(0).isNull("correctChoice"),
        "answers stay on the server");
    String attempt = "{\"moduleId\":" + module.getJsonNumber("id") + ",\"answers\":%s}";
    JsonObject failed =
        me.post("/netra/api/v1/me/training/attempts", String.format(attempt, "[0,0,1,0,0]"))
            .expect(200)
            .json();
    assertFalse(failed.getBoolean("passed"));
    assertEquals(0, failed.getInt("score"));
    assertEquals(2, failed.getInt("attemptsLeftToday"));
    JsonObject passed =
        me.post("/netra/api/v1/me/training/attempts", String.format(attempt, "[1,1,0,1,1]"))
            .expect(200)
            .json();
    assertTrue(passed.getBoolean("passed"));
    assertEquals(100, passed.getInt("score"));
    assertTrue(passed.getString("certificateNumber").startsWith("NETRA/DEMO/NETRALITAS/"));

    JsonArray changes =
        demo().get("/netra/api/v1/gate/decisions?changedSince=" + before).expect(200).array();
    assertTrue(
        changes.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                c ->
                    c.getString("requestRef").equals(ref)
                        && c.getString("toOutcome").equals("ALLOW")),
        changes.toString());
    JsonObject done = me.get("/netra/api/v1/me/prompts").expect(200).json();
    assertTrue(done.getJsonArray("actions").isEmpty());
    assertTrue(done.getJsonArray("pendingRequests").isEmpty());
  }

  @Test
  void employeeTokensMustBeFreshAndSignedByTheirPortal() {
    String nip = untouched("PNS").getString("nip");
    // A portal is registered once (its key rotated after), and an issuer belongs to one agency:
    // never "send it again".
    String secret = "a-portal-secret-of-at-least-32-chars";
    admin()
        .post(
            "/netra/api/v1/admin/portals",
            "{\"agency\":\"DEMO\",\"issuer\":\""
                + PortalTokens.DEMO_ISSUER
                + "\",\"secret\":\""
                + secret
                + "\"}")
        .problem(409, "PORTAL_EXISTS");
    admin()
        .post(
            "/netra/api/v1/admin/portals",
            "{\"agency\":\"OTHER\",\"issuer\":\""
                + PortalTokens.DEMO_ISSUER
                + "\",\"secret\":\""
                + secret
                + "\"}")
        .problem(409, "PORTAL_ISSUER_TAKEN");
    Api.bearer(
            base,
            PortalTokens.sign(
                PortalTokens.DEMO_SECRET,
                PortalTokens.DEMO_ISSUER,
                nip,
                Instant.now().minusSeconds(700),
                600))
        .get("/netra/api/v1/me/prompts")
        .problem(401, "UNAUTHENTICATED");
    Api.bearer(
            base,
            PortalTokens.sign(
                "another-secret-another-secret-0123456789",
                PortalTokens.DEMO_ISSUER,
                nip,
                Instant.now(),
                600))
        .get("/netra/api/v1/me/prompts")
        .problem(401, "UNAUTHENTICATED");
    Api.bearer(
            base,
            PortalTokens.sign(
                PortalTokens.DEMO_SECRET, PortalTokens.DEMO_ISSUER, nip, Instant.now(), 86_400))
        .get("/netra/api/v1/me/prompts")
        .problem(401, "UNAUTHENTICATED");
    // A valid token opens the employee's own endpoints only.
    Api me = Api.bearer(base, PortalTokens.demo(nip));
    me.get("/netra/api/v1/me/prompts").expect(200);
    me.get("/netra/api/v1/employees/" + nip).problem(403, "FORBIDDEN");
    demo().get("/netra/api/v1/me/prompts").problem(403, "FORBIDDEN");
  }

  @Test
  void theSameRequestSentInParallelIsDecidedOnce() throws Exception {
    String nip = untouched("PNS").getString("nip");
    String body = decision("IT-RACE-" + nip, "ELECTION_DUTY", "PTPS", nip);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<Api.Res>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> demo().post("/netra/api/v1/gate/decisions", body)));
      }
      Set<Long> ids = new HashSet<>();
      int created = 0;
      for (var f : answers) {
        Api.Res r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(Set.of(200, 201, 409).contains(r.status()), r.body());
        if (r.status() == 409) {
          r.problem(409, "CONCURRENT_REQUEST");
        } else {
          ids.add(r.json().getJsonNumber("id").longValue());
          created += r.status() == 201 ? 1 : 0;
        }
      }
      assertEquals(1, created);
      assertEquals(1, ids.size());
      JsonObject after = demo().post("/netra/api/v1/gate/decisions", body).expect(200).json();
      assertEquals(ids.iterator().next(), after.getJsonNumber("id").longValue());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every audit entry after {@code afterSeq}, as the admin reads them, page by page. */
  List<JsonObject> auditAfter(long afterSeq) {
    List<JsonObject> out = new java.util.ArrayList<>();
    long after = afterSeq;
    while (true) {
      JsonArray page =
          admin().get("/netra/api/v1/audit?limit=500&afterSeq=" + after).expect(200).array();
      page.forEach(v -> out.add(v.asJsonObject()));
      if (page.size() < 500) {
        return out;
      }
      after = page.getJsonObject(page.size() - 1).getJsonNumber("seq").longValue();
    }
  }

  @Test
  void concurrentChangesAreChainedOnceEachAndDecisionsNeverMissASignature() throws Exception {
    long before = auditHead();
    String signer = untouched("PNS").getString("nip");
    String other = untouched("PNS").getString("nip");
    long election = electionId();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
    long seq = before;
    List<String> bodies = new java.util.ArrayList<>();
    List<java.util.concurrent.Future<Api.Res>> answers = new java.util.ArrayList<>();
    java.util.concurrent.Future<JsonObject> pact = null;
    try {
      for (int i = 0; i < 60; i++) {
        String nip = i % 2 == 0 ? signer : other;
        String body = decision("IT-SEAL-" + i + "-" + nip, "ELECTION_DUTY", "KPPS", nip);
        bodies.add(body);
        answers.add(pool.submit(() -> demo().post("/netra/api/v1/gate/decisions", body)));
        if (i == 20) {
          // The pact arrives while the decisions are being made, on another thread.
          pact = pool.submit(() -> importCeremonySignature(signer, election));
        }
      }
      Set<String> decided = new HashSet<>();
      for (var f : answers) {
        Api.Res r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        r.expect(201);
        decided.add(r.json().getJsonNumber("id").toString());
      }
      assertEquals(60, decided.size());
      assertEquals(1, pact.get(60, java.util.concurrent.TimeUnit.SECONDS).getInt("created"));
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));

      // Each decision sealed into the chain exactly once, none lost; the pact's entry too.
      List<JsonObject> entries = auditAfter(before);
      java.util.Map<String, Long> decidedEntries =
          entries.stream()
              .filter(e -> e.getString("action").equals("GATE_DECIDED"))
              .filter(e -> decided.contains(e.getString("entityId")))
              .collect(Collectors.groupingBy(e -> e.getString("entityId"), Collectors.counting()));
      assertEquals(decided, decidedEntries.keySet());
      assertTrue(decidedEntries.values().stream().allMatch(n -> n == 1), decidedEntries::toString);
      for (JsonObject e : entries) {
        long s = e.getJsonNumber("seq").longValue();
        assertEquals(seq + 1, s, "the chain's numbers are dense");
        seq = s;
      }
      // A decision never misses a signature committed meanwhile: asked again, each request is
      // answered with the decision stored (nothing left to re-decide), and the signer's are not
      // blocked for the pact any more.
      for (String body : bodies) {
        JsonObject again = demo().post("/netra/api/v1/gate/decisions", body).expect(200).json();
        assertTrue(again.getBoolean("replayed"), again.toString());
        if (body.contains(signer)) {
          assertFalse(again.toString().contains("PACT_NOT_SIGNED"), again.toString());
        }
      }
    } finally {
      pool.shutdownNow();
    }

    // The chain verifies from the first entry, and becomes the checkpoint.
    JsonObject full = admin().get("/netra/api/v1/audit/verify").expect(200).json();
    assertTrue(full.getBoolean("valid"), full.toString());
    assertEquals("VALID", full.getString("status"));
    assertEquals("FULL", full.getString("scope"));
    assertEquals(0, full.getJsonNumber("afterSeq").longValue());
    assertEquals(
        full.getJsonNumber("toSeq").longValue(), full.getJsonNumber("entriesChecked").longValue());
    assertTrue(full.getJsonNumber("toSeq").longValue() >= seq);

    // What was appended since is checked alone, against that checkpoint.
    demo()
        .post(
            "/netra/api/v1/gate/decisions",
            decision("IT-SEAL-AFTER-" + other, "ELECTION_DUTY", "PPS", other))
        .expect(201);
    JsonObject since = admin().get("/netra/api/v1/audit/verify?from=CHECKPOINT").expect(200).json();
    assertTrue(since.getBoolean("valid"), since.toString());
    assertEquals("SINCE_CHECKPOINT", since.getString("scope"));
    assertEquals(full.getJsonNumber("toSeq"), since.getJsonNumber("afterSeq"));
    assertEquals(full.getJsonNumber("id"), since.getJsonNumber("checkpointId"));
    long sinceChecked = since.getJsonNumber("entriesChecked").longValue();
    assertTrue(sinceChecked >= 1 && sinceChecked < full.getJsonNumber("toSeq").longValue());
    assertEquals(
        since.getJsonNumber("toSeq").longValue() - since.getJsonNumber("afterSeq").longValue(),
        sinceChecked);

    // A walk in the background: accepted at once, its progress and verdict read by its id.
    JsonObject started =
        admin()
            .post("/netra/api/v1/audit/verifications", "{\"from\":\"GENESIS\"}")
            .expect(202)
            .json();
    long id = started.getJsonNumber("id").longValue();
    JsonObject done = started;
    for (int i = 0; i < 240 && done.getString("status").equals("RUNNING"); i++) {
      Thread.sleep(250);
      done = admin().get("/netra/api/v1/audit/verifications/" + id).expect(200).json();
    }
    assertEquals("VALID", done.getString("status"), done.toString());
    assertEquals(done.getJsonNumber("total"), done.getJsonNumber("entriesChecked"));
    assertEquals(since.getJsonNumber("id"), done.getJsonNumber("checkpointId"));
    JsonArray walks = admin().get("/netra/api/v1/audit/verifications").expect(200).array();
    assertEquals(id, walks.getJsonObject(0).getJsonNumber("id").longValue());

    JsonObject bad =
        admin().get("/netra/api/v1/audit/verify?from=YESTERDAY").problem(400, "INVALID_INPUT");
    assertEquals("from", bad.getJsonArray("errors").getJsonObject(0).getString("field"));
    demo().post("/netra/api/v1/audit/verifications", "{}").problem(403, "FORBIDDEN");
    admin().get("/netra/api/v1/audit/verifications/987654").problem(404, "NOT_FOUND");
  }

  @Test
  void readinessLivenessAndMetricsAreServedTheMicroProfileWay() {
    Api any = Api.anonymous(base);
    JsonObject ready = any.get("/health/ready").expect(200).json();
    assertEquals("UP", ready.getString("status"), ready.toString());
    Set<String> checks =
        ready.getJsonArray("checks").stream()
            .map(c -> c.asJsonObject().getString("name"))
            .collect(Collectors.toSet());
    assertTrue(
        checks.containsAll(Set.of("database", "camel", "connectors", "cluster", "audit-sealer")),
        checks.toString());
    // An administrator's stop is not a fault: the instance stays ready and says so.
    String c = "/netra/api/v1/admin/connectors/demo-simpeg";
    admin().post(c + "/stop", "").expect(200);
    try {
      JsonObject held = any.get("/health/ready").expect(200).json();
      JsonObject connectors =
          held.getJsonArray("checks").stream()
              .map(JsonValue::asJsonObject)
              .filter(x -> x.getString("name").equals("connectors"))
              .findFirst()
              .orElseThrow();
      assertEquals("UP", connectors.getString("status"), held.toString());
      assertEquals(
          "STOPPED", connectors.getJsonObject("data").getString("demo-simpeg"), held.toString());
    } finally {
      admin().post(c + "/start", "").expect(200);
    }
    JsonObject live = any.get("/health/live").expect(200).json();
    assertEquals("UP", live.getString("status"), live.toString());
    assertTrue(live.toString().contains("\"heap\"") && live.toString().contains("\"threads\""));

    String nip = untouched("PNS").getString("nip");
    demo()
        .post(
            "/netra/api/v1/gate/decisions",
            decision("IT-METRIC-" + nip, "ELECTION_DUTY", "KPPS", nip))
        .expect(201);
    String metrics = any.get("/metrics").expect(200).body();
    assertTrue(
        metrics
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("netra_gate_decisions_total{")
                        && l.contains("outcome=\"BLOCK\"")
                        && l.contains("kind=\"stored\"")),
        "decisions by outcome");
    for (String name :
        List.of(
            "netra_gate_decision_duration_seconds",
            "netra_outbox_open",
            "netra_outbox_dead",
            "netra_outbox_oldest_open_age_seconds",
            "netra_audit_pending",
            "jvm_uptime_seconds")) {
      assertTrue(metrics.contains(name), name + " in /metrics");
    }
  }

  @Test
  void whatFailsOutsideTheApiIsStillAProblemNeverAnHtmlPage() {
    Api any = Api.anonymous(base);
    for (String path :
        List.of("/netra/no-such-page", "/netra/problem", "/netra/console/nothing.js")) {
      Api.Res r = any.get(path);
      JsonObject p = r.problem(404, "NOT_FOUND");
      assertFalse(r.body().contains("<html"), path);
      assertEquals(404, p.getInt("status"));
    }
    // A method the static files do not take.
    Api.Res r = any.send("DELETE", "/netra/console/index.html", null, null, "en");
    assertEquals("application/problem+json", r.contentType().split(";")[0].trim(), r.body());
    assertTrue(r.status() == 405 || r.status() == 403, r.body());
  }
}
