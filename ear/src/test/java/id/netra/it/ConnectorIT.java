package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.siasn.SiasnSimulator;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo SIMPEG round trip on the real EAR: the {@code demo-simpeg} connector (its file as
 * shipped) pulls personnel, answers pending requests and writes the answers back into the SIMPEG
 * database through the outbox; a later decision change follows; a write-back the SIMPEG refuses
 * becomes a dead letter and is delivered once retried; a bad file is refused on reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectorIT {

  static final String C = "/netra/api/v1/admin/connectors/demo-simpeg";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  Api admin() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  Api demo() {
    return Api.key(base, Api.DEMO_KEY);
  }

  @Test
  void theDemoSimpegRoundTrip() throws Exception {
    JsonObject listed = admin().get(C).expect(200).json();
    assertEquals(
        "STARTED", listed.getJsonObject("connector").getString("state"), listed.toString());
    assertTrue(admin().post(C + "/test", "").expect(200).json().getBoolean("ok"));

    // The schedule's first pull starts a few seconds after deployment; runs of one kind take turns.
    await(
        "the first scheduled pull", () -> !admin().get(C + "/runs").expect(200).array().isEmpty());

    // A dry run of a reconciliation reports the 300 demo employees the SIMPEG does not hold as
    // to be deactivated, and deactivates nobody.
    JsonObject dry = run("RECONCILE&dryRun=true");
    assertTrue(dry.getBoolean("dryRun"));
    assertTrue(dry.getJsonObject("counts").getInt("DEACTIVATED", 0) >= 300, dry.toString());
    JsonObject someDemo =
        demo().get("/netra/api/v1/employees?limit=1").expect(200).array().getJsonObject(0);
    assertEquals("ACTIVE", someDemo.getString("status"));

    // Personnel: the SIMPEG's employees arrive, whichever run (scheduled or this one) took them.
    JsonObject pull = run("PERSONNEL");
    assertEquals("SUCCEEDED", pull.getString("status"), pull.toString());
    JsonObject hendra = demo().get("/netra/api/v1/employees/197802142003121005").expect(200).json();
    assertEquals("Dinas Pendidikan", hendra.getString("unitName"));
    assertEquals(
        "INACTIVE",
        demo()
            .get("/netra/api/v1/employees/197604232000031002")
            .expect(200)
            .json()
            .getString("status"));
    assertEquals(
        "PPPK",
        demo()
            .get("/netra/api/v1/employees/199303052022012014")
            .expect(200)
            .json()
            .getString("type"));
    JsonObject honorer = demo().get("/netra/api/v1/employees/PTT-2024-0031").expect(200).json();
    assertEquals("NON_ASN", honorer.getString("type"), "an honorer, by the SIMPEG's own code");
    assertEquals("PTT20240031", honorer.getString("nip"));
    JsonArray runs = admin().get(C + "/runs").expect(200).array();
    long runId = runs.getJsonObject(0).getJsonNumber("id").longValue();
    admin().get("/netra/api/v1/admin/connector-runs/" + runId).expect(200);

    // Requests: answered, and the answers written back into the SIMPEG.
    JsonObject requests = run("REQUESTS");
    assertEquals("PARTIAL", requests.getString("status"), requests.toString());
    assertTrue(
        requests.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                i ->
                    i.getString("key").equals("izin:6004")
                        && i.getString("outcome").equals("FAILED")),
        requests.toString());
    await(
        "cuti 5001 approved",
        () -> "DISETUJUI_NETRA".equals(simpeg("SELECT status FROM cuti WHERE id_cuti = 5001")));
    await(
        "izin 6001 held",
        () ->
            "DITANGGUHKAN_NETRA"
                .equals(simpeg("SELECT status FROM izin_tugas_pemilu WHERE id_izin = 6001")));
    assertTrue(
        simpeg("SELECT catatan_netra FROM izin_tugas_pemilu WHERE id_izin = 6001")
            .contains("akta"));
    await(
        "cuti 5003 held",
        () -> "DITANGGUHKAN_NETRA".equals(simpeg("SELECT status FROM cuti WHERE id_cuti = 5003")));
    String heldDecision =
        simpeg("SELECT keputusan_netra FROM izin_tugas_pemilu WHERE id_izin = 6001");

    // Gilang signs and passes: the held permit's new decision is written back as approved.
    String gilang = "199105112019031009";
    long election = demo().firstElection();
    demo()
        .post(
            "/netra/api/v1/pact/signatures/offline-import",
            String.format(
                "[{\"nip\":\"%s\",\"electionId\":%d,\"signedAt\":\"%s\",\"evidenceRef\":\"BA/IT/9\"}]",
                gilang, election, Instant.now().minusSeconds(600)))
        .expect(200);
    demo()
        .post(
            "/netra/api/v1/training/completions/lms-import",
            "[{\"nip\":\""
                + gilang
                + "\",\"moduleCode\":\"NETRALITAS\",\"provider\":\"LMS-IT\","
                + "\"externalId\":\"it-conn-1\",\"completedOn\":\""
                + Api.today()
                + "\",\"score\":90}]")
        .expect(200);
    await(
        "izin 6001 approved after signing",
        () ->
            "DISETUJUI_NETRA"
                .equals(simpeg("SELECT status FROM izin_tugas_pemilu WHERE id_izin = 6001")));
    assertTrue(
        !heldDecision.equals(
            simpeg("SELECT keputusan_netra FROM izin_tugas_pemilu WHERE id_izin = 6001")));

    // The SIMPEG refuses a write-back: retried with backoff, then a dead letter; once the SIMPEG
    // takes it again, the administrator's retry delivers it.
    Path file = Path.of(System.getProperty("netra.test.connectors"), "demo-simpeg.yaml");
    String shipped = Files.readString(file);
    Files.writeString(
        file,
        shipped.replace("maxAttempts: 6", "maxAttempts: 2").replace("backoff: 5s", "backoff: 1s"));
    assertEquals(
        "RELOADED", admin().post(C + "/reload", "").expect(200).json().getString("action"));
    simpegUpdate(
        "ALTER TABLE izin_tugas_pemilu ADD CONSTRAINT ck_it_refuse CHECK (id_izin <> 6100 OR status = 'DIAJUKAN')");
    simpegUpdate(
        "INSERT INTO izin_tugas_pemilu (id_izin, nip, badan, tgl_mulai, tgl_selesai, status) VALUES"
            + " (6100, '19830726 200901 2 003', 'KPPS', '01-01-2030', '02-01-2030', 'DIAJUKAN')");
    run("REQUESTS");
    Supplier<JsonObject> dead =
        () ->
            admin()
                .get("/netra/api/v1/admin/outbox?state=DEAD&connector=demo-simpeg")
                .expect(200)
                .array()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonObject("payload").getString("sourceId").equals("6100"))
                .findFirst()
                .orElse(null);
    await("a dead letter for izin 6100", () -> dead.get() != null);
    JsonObject letter = dead.get();
    assertEquals(2, letter.getInt("attempts"));
    assertTrue(
        letter.getString("lastError").toLowerCase().contains("ck_it_refuse"), letter.toString());
    assertEquals("DIAJUKAN", simpeg("SELECT status FROM izin_tugas_pemilu WHERE id_izin = 6100"));

    simpegUpdate("ALTER TABLE izin_tugas_pemilu DROP CONSTRAINT ck_it_refuse");
    long id = letter.getJsonNumber("id").longValue();
    assertEquals(
        "PENDING",
        admin()
            .post("/netra/api/v1/admin/outbox/" + id + "/retry", "")
            .expect(200)
            .json()
            .getString("state"));
    // Its dates lie after the election period, so it is not gated: approved.
    await(
        "izin 6100 answered after the retry",
        () ->
            "DISETUJUI_NETRA"
                .equals(simpeg("SELECT status FROM izin_tugas_pemilu WHERE id_izin = 6100")));
    await(
        "message delivered",
        () ->
            "DELIVERED"
                .equals(
                    admin()
                        .get("/netra/api/v1/admin/outbox/" + id)
                        .expect(200)
                        .json()
                        .getString("state")));
    admin()
        .post("/netra/api/v1/admin/outbox/" + id + "/retry", "")
        .problem(409, "NOT_A_DEAD_LETTER");
    // The next poll finds nothing new to answer for it: written once.
    JsonObject after = run("REQUESTS");
    assertEquals(0, after.getJsonObject("counts").getInt("DECIDED", 0), after.toString());

    // A file with faults is refused with each one, and the running version stays.
    Files.writeString(
        file, shipped.replace("WHERE id_cuti = :?sourceId", "WHERE id_cuti = :?sourceID"));
    JsonObject refused = admin().post(C + "/reload", "").problem(400, "INVALID_INPUT");
    assertTrue(refused.toString().contains("requests.sources[0].approve"), refused.toString());
    assertEquals(
        "STARTED", admin().get(C).expect(200).json().getJsonObject("connector").getString("state"));
    Files.writeString(file, shipped);
    assertEquals(
        "RELOADED", admin().post(C + "/reload", "").expect(200).json().getString("action"));

    // An agency's officer may not touch connectors; another agency's key sees nothing of them.
    Api.account(base, "officer", Api.DEMO_PASSWORD).get(C).problem(403, "FORBIDDEN");
  }

  /**
   * The siasn-rest kind on the real EAR against the SIASN simulator, added by writing one file and
   * reloading: employees refreshed from data-utama (pnsOrangId stored, what SIASN does not say
   * kept), each injected failure failing its record and not the run, expired tokens renewed.
   */
  @Test
  void aSiasnConnectorAddedByOneFileRefreshesEmployeesThroughFailures() throws Exception {
    String teguh = "198801022014031021";
    String oktavia = "199508172020122008";
    String lestari = "198703152010012012";
    String agus = "198008082005011011";
    run(C, "PERSONNEL"); // the SIMPEG's employees are in Netra, whichever test ran first
    Path file = Path.of(System.getProperty("netra.test.connectors"), "siasn-it.yaml");
    try (SiasnSimulator siasn = new SiasnSimulator()) {
      siasn.slowness(Duration.ofSeconds(4));
      siasn.addPns(teguh, java.util.Map.of("nama", "Teguh Nugroho", "golRuangAkhir", "III/c"));
      siasn.addPns(oktavia, java.util.Map.of("nama", "Oktavia Harahap", "golRuangAkhir", "III/a"));
      Files.writeString(
          file,
          """
          id: siasn-it
          kind: siasn-rest
          agency: DEMO
          description: SIASN simulator (ConnectorIT)
          api:
            baseUrl: %s
            readTimeout: 2s
          tokens:
            gateway:
              url: %s
              clientId: %s
              clientSecret: ${alias:siasn-it-client-secret}
            sso:
              url: %s
              clientId: %s
              username: "%s"
              password: ${alias:siasn-it-password}
          personnel:
            schedule: off
            agencies:
              %s: DEMO
              %s: SIASN-IT
          """
              .formatted(
                  siasn.baseUrl(),
                  siasn.gatewayTokenUrl(),
                  SiasnSimulator.CLIENT_ID,
                  siasn.ssoTokenUrl(),
                  SiasnSimulator.SSO_CLIENT,
                  SiasnSimulator.USERNAME,
                  SiasnSimulator.INSTANSI_ID,
                  OTHER_INSTANSI));
      String s = "/netra/api/v1/admin/connectors/siasn-it";
      JsonArray reloaded =
          admin().post("/netra/api/v1/admin/connectors/reload", "").expect(200).array();
      assertTrue(
          reloaded.stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  r ->
                      r.getString("id").equals("siasn-it")
                          && r.getString("action").equals("ADDED")),
          reloaded.toString());
      assertTrue(admin().post(s + "/test", "").expect(200).json().getBoolean("ok"));

      siasn.inject("pns/data-utama/" + teguh, SiasnSimulator.Fault.HTTP_500, 1);
      siasn.inject("pns/data-utama/" + oktavia, SiasnSimulator.Fault.TIMEOUT, 1);
      siasn.inject("pns/data-utama/" + agus, SiasnSimulator.Fault.MALFORMED, 1);
      String four = "&nip=" + teguh + "&nip=" + oktavia + "&nip=" + lestari + "&nip=" + agus;
      JsonObject first = run(s, "PERSONNEL" + four);
      assertEquals("PARTIAL", first.getString("status"), first.toString());
      assertEquals(4, first.getJsonObject("counts").getInt("FAILED"), first.toString());
      java.util.Map<String, String> why = new java.util.HashMap<>();
      first.getJsonArray("items").stream()
          .map(JsonValue::asJsonObject)
          .forEach(
              i ->
                  why.put(
                      i.getString("key"),
                      i.getJsonArray("reasons").getJsonObject(0).getString("messageEn")));
      assertTrue(why.get(teguh).contains("HTTP 500"), why.toString());
      assertTrue(why.get(oktavia).toLowerCase().contains("timed out"), why.toString());
      assertTrue(why.get(agus).contains("not a JSON object"), why.toString());
      assertTrue(why.get(lestari).contains("not found in SIASN"), why.toString());
      assertEquals(
          "III/b", employee(teguh).getString("golongan"), "a failed record changes nothing");

      siasn.expireTokens();
      JsonObject second = run(s, "PERSONNEL&nip=" + teguh + "&nip=" + oktavia);
      assertEquals("SUCCEEDED", second.getString("status"), second.toString());
      assertEquals(2, second.getJsonObject("counts").getInt("UPDATED"), second.toString());
      JsonObject t = employee(teguh);
      assertEquals("III/c", t.getString("golongan"));
      assertEquals(
          "Badan Perencanaan Pembangunan Daerah",
          t.getString("unitName"),
          "SIASN does not say: kept");
      assertEquals(36, t.getString("siasnId").length(), "pnsOrangId stored");
      assertTrue(siasn.tokensIssued() >= 4, "tokens renewed after they expired");

      admin().post(s + "/runs?kind=REQUESTS&nip=" + teguh, "").problem(400, "INVALID_INPUT");

      siasnMovesEmployees(siasn, s);
    } finally {
      Files.deleteIfExists(file);
      admin().post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
    admin().get("/netra/api/v1/admin/connectors/siasn-it").problem(404, "NOT_FOUND");
  }

  /** SIASN's instansi id (synthetic) of the agency SIASN-IT, mapped in the connector's file. */
  static final String OTHER_INSTANSI = "B7C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5";

  /**
   * An employee SIASN shows at another mapped agency's instansi moves there with their history
   * (origin SIASN, approved at once, in both agencies' trails); one at an instansi the map does not
   * name is left as they are, with the reason; a dry run moves nobody.
   */
  private void siasnMovesEmployees(SiasnSimulator siasn, String s) throws Exception {
    String mover = "199203152019032005";
    String stray = "199107212018011003";
    JsonObject imported =
        demo()
            .post(
                "/netra/api/v1/employees",
                "[{\"nip\":\""
                    + mover
                    + "\",\"type\":\"PNS\",\"name\":\"Rina Marlina\"},{\"nip\":\""
                    + stray
                    + "\",\"type\":\"PNS\",\"name\":\"Yusuf Maulana\"}]")
            .expect(200)
            .json();
    assertEquals(0, imported.getInt("failed"), imported.toString());
    siasn.addPns(mover, java.util.Map.of("nama", "Rina Marlina", "golRuangAkhir", "III/b"));
    siasn.addPns(
        stray,
        java.util.Map.of(
            "nama",
            "Yusuf Maulana",
            "instansiKerjaId",
            "C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
            "instansiKerjaNama",
            "Pemerintah Kab. Lain"));
    String both = "PERSONNEL&nip=" + mover + "&nip=" + stray;
    JsonObject stays = run(s, both);
    assertEquals(1, stays.getJsonObject("counts").getInt("UPDATED"), stays.toString());
    assertEquals(1, stays.getJsonObject("counts").getInt("FAILED"), stays.toString());
    assertEquals("DEMO", employee(mover).getString("agency"), "SIASN says DEMO: it stays");

    siasn.update(
        mover,
        java.util.Map.of(
            "instansiKerjaId", OTHER_INSTANSI, "instansiKerjaNama", "Pemerintah Kota SIASN-IT"));
    JsonObject dry = run(s, both + "&dryRun=true");
    assertTrue(item(dry, mover).getString("detail").startsWith("TRANSFERRED DEMO → SIASN-IT"));
    assertEquals("DEMO", employee(mover).getString("agency"), "a dry run moves nobody");

    JsonObject moved = run(s, both);
    assertEquals("PARTIAL", moved.getString("status"), moved.toString());
    assertTrue(item(moved, mover).getString("detail").startsWith("TRANSFERRED DEMO → SIASN-IT"));
    JsonObject why = item(moved, stray).getJsonArray("reasons").getJsonObject(0);
    assertEquals("SIASN_INSTANSI_UNMAPPED", why.getString("code"), why.toString());
    assertTrue(why.getString("messageId").contains("Pemerintah Kab. Lain"), why.toString());
    demo().get("/netra/api/v1/employees/" + mover).problem(404, "NOT_FOUND");
    assertEquals("DEMO", employee(stray).getString("agency"), "unmapped: left as it was");
    JsonObject after = admin().get("/netra/api/v1/employees/" + mover).expect(200).json();
    assertEquals("SIASN-IT", after.getString("agency"), after.toString());
    assertEquals("III/b", after.getString("golongan"), "refreshed and moved in one go");
    JsonObject transfer =
        admin().get("/netra/api/v1/transfers?agency=SIASN-IT").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("nip").equals(mover))
            .findFirst()
            .orElseThrow();
    assertEquals("SIASN", transfer.getString("origin"), transfer.toString());
    assertEquals("APPROVED", transfer.getString("state"), transfer.toString());
    for (String agency : java.util.List.of("DEMO", "SIASN-IT")) {
      String trail =
          "/netra/api/v1/audit?entityType=employee&action=EMPLOYEE_TRANSFERRED&agency="
              + agency
              + "&entityId="
              + mover;
      await(
          "the move in " + agency + "'s trail",
          () -> admin().get(trail).expect(200).body().contains(mover));
    }
    JsonObject again = run(s, "PERSONNEL&nip=" + stray);
    assertEquals(1, again.getJsonObject("counts").getInt("FAILED"), "still reported");
  }

  private static JsonObject item(JsonObject report, String key) {
    return report.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + report));
  }

  /**
   * The webhook kind on the real EAR, through a restart of Netra in the middle of a delivery: the
   * HR system's own API client is linked by one file; its request's decision and the later decision
   * change are called back signed; the callback whose answer is lost while Netra restarts is
   * delivered again after the restart, and the HR system stores it once.
   */
  @Test
  void aWebhookCallsTheHrSystemBackEvenWhenNetraRestartsMidDelivery() throws Exception {
    String agus = "198008082005011011";
    run(C, "PERSONNEL");
    JsonObject client =
        admin()
            .post(
                "/netra/api/v1/admin/api-clients",
                "{\"name\":\"SIMPEG webhook IT\",\"agency\":\"DEMO\"}")
            .expect(201)
            .json();
    Api hr = Api.key(base, client.getString("apiKey"));
    Path file = Path.of(System.getProperty("netra.test.connectors"), "hr-webhook-it.yaml");
    try (CallbackReceiver receiver = new CallbackReceiver("webhook-it-shared-secret-0123")) {
      Files.writeString(
          file, receiver.connectorFile("hr-webhook-it", client.getString("keyPrefix")));
      String w = "/netra/api/v1/admin/connectors/hr-webhook-it";
      assertEquals("ADDED", admin().post(w + "/reload", "").expect(200).json().getString("action"));
      assertTrue(admin().post(w + "/test", "").expect(200).json().getBoolean("ok"), "signed ping");
      assertTrue(
          admin().get("/netra/api/v1/admin/api-clients?agency=DEMO").expect(200).array().stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  c ->
                      c.getString("keyPrefix").equals(client.getString("keyPrefix"))
                          && "hr-webhook-it".equals(c.getString("connectorId", null))),
          "the HR system's client is linked");

      // The HR system asks; its answer is called back.
      String start = Api.today().plusDays(10).toString();
      String end = Api.today().plusDays(12).toString();
      // ... under its own request id, which follows the decision into the callback.
      String requestId = "simpeg-kpps-it-1-" + System.nanoTime();
      Api.Res asked =
          hr.requestId(requestId)
              .post(
                  "/netra/api/v1/gate/decisions",
                  "{\"requestRef\":\"SIMPEG-KPPS-IT-1\",\"kind\":\"ELECTION_DUTY\",\"dutyBody\":\"KPPS\","
                      + "\"nip\":\""
                      + agus
                      + "\",\"startDate\":\""
                      + start
                      + "\",\"endDate\":\""
                      + end
                      + "\"}")
              .expect(201);
      assertEquals(requestId, asked.requestId(), "the caller's id answered");
      JsonObject decided = asked.json();
      assertEquals("BLOCK", decided.getString("outcome"), decided.toString());
      await("the BLOCK called back", () -> receiver.stored.size() == 1);
      String blockKey = receiver.stored.keySet().iterator().next();
      assertEquals(requestId, receiver.requestIds.get(blockKey), "and handed on with the callback");
      JsonObject queued = awaitMessage(blockKey, "DELIVERED");
      assertEquals(requestId, queued.getString("correlationId"), queued.toString());
      JsonObject blocked = receiver.stored.values().iterator().next();
      assertEquals("BLOCK", blocked.getString("outcome"));
      assertEquals("SIMPEG-KPPS-IT-1", blocked.getString("requestRef"));
      assertTrue(blocked.getJsonArray("reasonCodes").toString().contains("PACT_NOT_SIGNED"));

      // The decision changes while the HR system holds its answer, and Netra restarts meanwhile.
      var holding = receiver.holdNext();
      long election = demo().firstElection();
      demo()
          .post(
              "/netra/api/v1/pact/signatures/offline-import",
              String.format(
                  "[{\"nip\":\"%s\",\"electionId\":%d,\"signedAt\":\"%s\",\"evidenceRef\":\"BA/IT/WH\"}]",
                  agus, election, Instant.now().minusSeconds(600)))
          .expect(200);
      demo()
          .post(
              "/netra/api/v1/training/completions/lms-import",
              "[{\"nip\":\""
                  + agus
                  + "\",\"moduleCode\":\"NETRALITAS\",\"provider\":\"LMS-IT\","
                  + "\"externalId\":\"it-wh-1\",\"completedOn\":\""
                  + Api.today()
                  + "\",\"score\":88}]")
          .expect(200);
      assertTrue(receiver.held.await(60, java.util.concurrent.TimeUnit.SECONDS), "ALLOW sent");
      String allowKey =
          receiver.stored.entrySet().stream()
              .filter(e -> e.getValue().getString("outcome").equals("ALLOW"))
              .map(java.util.Map.Entry::getKey)
              .findFirst()
              .orElseThrow();
      restartNetra();
      holding.countDown(); // the answer to the first attempt goes nowhere

      JsonObject message = awaitMessage(allowKey, "DELIVERED");
      assertTrue(receiver.deliveriesOf(allowKey) >= 2, "delivered again after the restart");
      assertEquals(2, receiver.stored.size(), "and stored once: BLOCK, then ALLOW");
      assertTrue(message.getInt("attempts") >= 2, message.toString());
      assertTrue(receiver.refused.isEmpty(), "every callback was signed right");
    } finally {
      Files.deleteIfExists(file);
      admin().post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
  }

  /**
   * The file kind on the real EAR: a CSV of requests dropped in the folder is decided, answered
   * with a reply file and a decision file per request, and moved to done/; a file without the
   * mapped columns is quarantined with a report.
   */
  @Test
  void aFileConnectorAnswersAnExportDroppedInItsFolder() throws Exception {
    String kartika = "19830726 200901 2 003"; // Kartika, from the demo SIMPEG
    run(C, "PERSONNEL");
    Path folder = Path.of(System.getProperty("netra.test.connectors")).resolveSibling("file-it");
    Path file = Path.of(System.getProperty("netra.test.connectors"), "hr-files-it.yaml");
    if (Files.exists(folder)) {
      try (var old = Files.walk(folder)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.writeString(
        file,
        """
        id: hr-files-it
        kind: file
        agency: DEMO
        folder: %s
        poll: 500ms
        requests:
          files: "permohonan*"
          source: berkas
          fields:
            id: NOMOR
            nip: NIP
            kind: {value: ELECTION_DUTY}
            dutyBody: BADAN
            startDate: {column: MULAI, format: dd-MM-yyyy}
            endDate: {column: SELESAI, format: dd-MM-yyyy}
        """
            .formatted(folder.toAbsolutePath()));
    try {
      String f = "/netra/api/v1/admin/connectors/hr-files-it";
      assertEquals("ADDED", admin().post(f + "/reload", "").expect(200).json().getString("action"));
      assertTrue(admin().post(f + "/test", "").expect(200).json().getBoolean("ok"));
      java.time.format.DateTimeFormatter dmy =
          java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
      String csv =
          "NOMOR;NIP;BADAN;MULAI;SELESAI\n"
              + "F-1;"
              + kartika
              + ";PPS;"
              + Api.today().plusDays(15).format(dmy)
              + ";"
              + Api.today().plusDays(16).format(dmy)
              + "\nF-2;"
              + kartika
              + ";PPS;31-02-2030;01-03-2030\n";
      Path staging = folder.resolve("permohonan-it.csv.part");
      Files.writeString(staging, csv);
      Files.move(staging, folder.resolve("in/permohonan-it.csv"));
      Path reply = folder.resolve("out/permohonan-it.result.csv");
      await("the reply file", () -> Files.exists(reply));
      String answer = Files.readString(reply);
      assertTrue(answer.contains("berkas:F-1,DECIDED"), answer);
      assertTrue(answer.contains("DATE_FORMAT"), answer);
      await(
          "the decision file",
          () -> {
            try (var files = Files.list(folder.resolve("out"))) {
              return files.anyMatch(p -> p.getFileName().toString().startsWith("decision-"));
            } catch (java.io.IOException e) {
              return false;
            }
          });
      try (var done = Files.list(folder.resolve("done"))) {
        assertEquals(1, done.count());
      }

      Files.writeString(folder.resolve("in/permohonan-rusak.csv"), "A,B\n1,2\n");
      await(
          "the bad file quarantined",
          () -> {
            try (var files = Files.list(folder.resolve("error"))) {
              return files.anyMatch(p -> p.getFileName().toString().endsWith(".error.txt"));
            } catch (java.io.IOException e) {
              return false;
            }
          });
      JsonObject failedRun = admin().get(f + "/runs").expect(200).array().getJsonObject(0);
      assertEquals("FAILED", failedRun.getString("status"), failedRun.toString());
    } finally {
      Files.deleteIfExists(file);
      admin().post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
  }

  /**
   * A SIMPEG schema the other tests have not seen (the reference's worked example) is connected by
   * writing its one file and reloading: no code, no redeployment.
   */
  @Test
  void anUnseenSimpegSchemaIsConnectedByOneFileAndAReload() throws Exception {
    Path examples = Path.of("..", "config", "connectors", "examples");
    try (Connection c = connect();
        var s = c.createStatement()) {
      for (String t :
          new String[] {"tbl_hukdis", "tbl_permohonan_cuti", "tbl_pegawai", "tbl_skpd"}) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
      org.h2.tools.RunScript.execute(
          c, Files.newBufferedReader(examples.resolve("simpeg-kabupaten.sql")));
    }
    Path file = Path.of(System.getProperty("netra.test.connectors"), "simpeg-kabupaten.yaml");
    Files.writeString(
        file,
        Files.readString(examples.resolve("simpeg-kabupaten.yaml"))
            .replace("agency: KAB-CONTOH", "agency: DEMO")
            .replace("dataSource: jdbc/simpeg-kabupaten", "dataSource: jdbc/demo-simpeg")
            .replaceAll("schedule: \\w+", "schedule: off"));
    try {
      String k = "/netra/api/v1/admin/connectors/simpeg-kabupaten";
      assertEquals("ADDED", admin().post(k + "/reload", "").expect(200).json().getString("action"));
      assertTrue(admin().post(k + "/test", "").expect(200).json().getBoolean("ok"));
      JsonObject pull = run(k, "PERSONNEL");
      assertEquals("SUCCEEDED", pull.getString("status"), pull.toString());
      assertEquals("dr. Sri Handayani M.Kes.", employee("197504102000032002").getString("name"));
      assertEquals("PPPK", employee("199409202022032007").getString("type"));
      JsonObject requests = run(k, "REQUESTS");
      assertEquals(2, requests.getJsonObject("counts").getInt("DECIDED"), requests.toString());
      // A PPPK may not take CLTN: held, with the reason written into the SIMPEG's own column.
      await(
          "CLTN of the PPPK held",
          () ->
              "9"
                  .equals(
                      simpeg(
                          "SELECT status_approval FROM tbl_permohonan_cuti"
                              + " WHERE id_permohonan = 'CT/2029/0002'")));
      assertTrue(
          simpeg(
                  "SELECT alasan_ditunda FROM tbl_permohonan_cuti WHERE id_permohonan = 'CT/2029/0002'")
              .contains("PPPK"));
      await(
          "the other leave answered",
          () ->
              !"0"
                  .equals(
                      simpeg(
                          "SELECT status_approval FROM tbl_permohonan_cuti"
                              + " WHERE id_permohonan = 'CT/2029/0001'")));
    } finally {
      Files.deleteIfExists(file);
      admin().post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
  }

  /** Disables and enables the application, as an operator's restart would. */
  static void restartNetra() throws Exception {
    String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
    String port = System.getProperty("netra.test.adminPort");
    for (String action : new String[] {"disable", "enable"}) {
      Process p =
          new ProcessBuilder(asadmin, "--port", port, "--interactive=false", action, "netra")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), action + ": " + out);
    }
  }

  JsonObject awaitMessage(String idempotencyKey, String state) throws InterruptedException {
    JsonObject[] found = new JsonObject[1];
    await(
        "message " + idempotencyKey + " " + state,
        () -> {
          Api.Res res;
          try {
            res = admin().get("/netra/api/v1/admin/outbox?connector=hr-webhook-it");
          } catch (RuntimeException starting) {
            return false;
          }
          if (res.status() != 200) {
            return false; // still starting
          }
          found[0] =
              res.array().stream()
                  .map(JsonValue::asJsonObject)
                  .filter(m -> m.getString("idempotencyKey").equals(idempotencyKey))
                  .findFirst()
                  .orElse(null);
          return found[0] != null && found[0].getString("state").equals(state);
        });
    return found[0];
  }

  JsonObject employee(String nip) {
    return demo().get("/netra/api/v1/employees/" + nip).expect(200).json();
  }

  JsonObject run(String kindAndFlags) throws InterruptedException {
    return run(C, kindAndFlags);
  }

  JsonObject run(String connector, String kindAndFlags) throws InterruptedException {
    return run(admin(), connector, kindAndFlags);
  }

  /** Runs a connector now; when a scheduled run of the same kind holds it, tries again. */
  static JsonObject run(Api admin, String connector, String kindAndFlags)
      throws InterruptedException {
    for (int i = 0; ; i++) {
      JsonObject report =
          admin.post(connector + "/runs?kind=" + kindAndFlags, "").expect(200).json();
      boolean busy =
          report.getString("status").equals("FAILED")
              && report.getString("error", "").contains("in progress");
      if (!busy || i == 10) {
        return report;
      }
      Thread.sleep(500);
    }
  }

  static String simpeg(String query) {
    try (Connection c = connect();
        var s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void simpegUpdate(String statement) throws SQLException {
    try (Connection c = connect();
        var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("netra.test.simpeg"), "simpeg", "simpeg");
  }

  static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (!Boolean.TRUE.equals(condition.get())) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("not within 60 s: " + what);
      }
      Thread.sleep(250);
    }
  }
}
