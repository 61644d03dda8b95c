package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.siasn.SiasnSimulator;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case on the real EAR, from a Bawaslu finding to the PPK's decree, with the sanction written to
 * the demo SIMPEG and to the SIASN simulator exactly once through injected failures, then its
 * cancellation decree following the same path; roles and illegal steps refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseIT {

  static final String OKTAVIA = "199508172020122008";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  Api as(String role) {
    return Api.account(base, role, Api.DEMO_PASSWORD);
  }

  @Test
  void aBawasluFindingEndsInASanctionInBothRecordsOnceAndItsCancellationFollows() throws Exception {
    JsonObject catalogue = as("auditor").get("/netra/api/v1/cases/catalogue").expect(200).json();
    assertEquals(21, catalogue.getJsonArray("violations").size());

    // The demo SIMPEG's employees are in Netra; SIASN is connected for the agency by one file.
    as("admin")
        .post("/netra/api/v1/admin/connectors/demo-simpeg/runs?kind=PERSONNEL", "")
        .expect(200);
    Path file = Path.of(System.getProperty("netra.test.connectors"), "siasn-case-it.yaml");
    try (SiasnSimulator siasn = new SiasnSimulator()) {
      siasn.addPns(OKTAVIA, Map.of("nama", "Oktavia Harahap", "golRuangAkhir", "III/a"));
      Files.writeString(
          file,
          """
          id: siasn-case-it
          kind: siasn-rest
          agency: DEMO
          api:
            baseUrl: %s
            readTimeout: 30s
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
          delivery:
            maxAttempts: 10
            backoff: 1s
            maxBackoff: 2s
          """
              .formatted(
                  siasn.baseUrl(),
                  siasn.gatewayTokenUrl(),
                  SiasnSimulator.CLIENT_ID,
                  siasn.ssoTokenUrl(),
                  SiasnSimulator.SSO_CLIENT,
                  SiasnSimulator.USERNAME));
      as("admin").post("/netra/api/v1/admin/connectors/siasn-case-it/reload", "").expect(200);

      LocalDate today = Api.today();
      JsonObject reported =
          as("officer")
              .post(
                  "/netra/api/v1/cases",
                  """
                  {"nip":"19950817 202012 2 008","violation":"PP94-5N-2","source":"BAWASLU_FINDING",
                   "reporter":"Bawaslu Kabupaten Demo","eventDate":"%s","knownDate":"%s",
                   "evidence":["BAWASLU/TM/07/%d"],"description":"Kampanye dengan seragam dinas"}
                  """
                      .formatted(today.minusDays(3), today.minusDays(2), today.getYear()))
              .expect(201)
              .json();
      long id = reported.getJsonNumber("id").longValue();
      String c = "/netra/api/v1/cases/" + id;
      assertEquals("REPORTED", reported.getString("state"));
      assertTrue(reported.getJsonArray("allowedActions").toString().contains("START_VERIFICATION"));

      // Who may not, may not; what cannot happen now, cannot.
      as("auditor").post(c + "/actions/START_VERIFICATION", "{}").problem(403, "ROLE_NOT_ALLOWED");
      as("ppk").post(c + "/actions/START_VERIFICATION", "{}").problem(403, "ROLE_NOT_ALLOWED");
      as("officer").post(c + "/actions/CLOSE", "{}").problem(409, "ILLEGAL_TRANSITION");

      step("officer", c, "START_VERIFICATION", "{}", "VERIFICATION");
      as("officer")
          .post(c + "/actions/RECOMMEND", rec("27")) // a heavy sanction for a medium violation
          .problem(400, "INVALID_INPUT");
      JsonObject recommended = step("officer", c, "RECOMMEND", rec("24"), "RECOMMENDED");
      assertEquals(today.plusDays(10).toString(), recommended.getString("dueOn"));
      step(
          "officer",
          c,
          "START_EXAMINATION",
          "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\",\"note\":\"BAP\"}",
          "EXAMINATION");
      as("officer")
          .post(c + "/actions/DECIDE", decree(id, "24", today))
          .problem(403, "ROLE_NOT_ALLOWED");

      // SIASN fails its first history read; Netra restarts while the first save hangs; the next
      // save is written but its answer lost: the sanction is in SIASN once all the same.
      siasn.inject("pns/rw-hukdis/", SiasnSimulator.Fault.HTTP_500, 1);
      siasn.slowness(Duration.ofSeconds(8));
      siasn.inject("hukdis/save", SiasnSimulator.Fault.TIMEOUT, 1);
      siasn.inject("hukdis/save", SiasnSimulator.Fault.LOST_RESPONSE, 1);
      JsonObject decided = step("ppk", c, "DECIDE", decree(id, "24", today), "DECIDED");
      assertEquals(today.plusMonths(9).minusDays(1).toString(), decided.getString("sanctionEnd"));
      ConnectorIT.await("the first save under way", () -> siasn.calls("POST hukdis/save") >= 1);
      ConnectorIT.restartNetra();

      ConnectorIT.await(
          "the case recorded",
          () -> "RECORDED".equals(as("auditor").get(c).expect(200).json().getString("state")));
      assertEquals(1, siasn.hukdisOf(OKTAVIA).size(), "written once to SIASN");
      assertTrue(siasn.calls("POST hukdis/save") >= 2, siasn.calls().toString());
      Map<String, Object> h = siasn.hukdisOf(OKTAVIA).get(0);
      // The case shows each record's delivery and the id SIASN gave the sanction.
      JsonObject recorded = as("auditor").get(c).expect(200).json();
      List<JsonObject> records =
          recorded.getJsonArray("records").stream().map(JsonValue::asJsonObject).toList();
      assertEquals(2, records.size(), records.toString());
      JsonObject toSiasn =
          records.stream()
              .filter(r -> r.getString("connector").equals("siasn-case-it"))
              .findFirst()
              .orElseThrow();
      assertEquals("DELIVERED", toSiasn.getString("state"));
      assertEquals("rwHukdisId=" + h.get("id"), toSiasn.getString("targetRef").split(" ")[0]);
      assertTrue(toSiasn.getInt("attempts") >= 2, toSiasn.toString());
      assertEquals("24", h.get("jenisHukumanId"));
      assertEquals("S", h.get("jenisTingkatHukumanId"));
      assertEquals("11EC54D9B3B157B1E050640A15026590", h.get("alasanHukumanDisiplinId"));
      assertEquals(
          String.format(
              "%02d-%02d-%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()),
          h.get("hukumanTanggal"));
      assertEquals("0", h.get("masaTahun"));
      assertEquals("9", h.get("masaBulan"));
      assertEquals(
          "1",
          ConnectorIT.simpeg(
              "SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = 'SK/IT/" + id + "'"),
          "written once to the SIMPEG");

      // A sanction deleted by hand from the SIMPEG: the reconciliation lists it, resending writes
      // it back; SIASN, read through rw-hukdis, agrees.
      ConnectorIT.simpegUpdate("DELETE FROM riwayat_hukuman WHERE no_sk = 'SK/IT/" + id + "'");
      JsonObject rec =
          as("officer").post("/netra/api/v1/cases/reconciliations", "").expect(201).json();
      List<JsonObject> mine =
          rec.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(i -> !i.isNull("caseId") && i.getJsonNumber("caseId").longValue() == id)
              .toList();
      assertEquals(1, mine.size(), rec.toString());
      JsonObject missing = mine.get(0);
      assertEquals("demo-simpeg", missing.getString("connector"));
      assertEquals("MISSING", missing.getString("difference"));
      assertTrue(missing.getBoolean("resendable"));
      assertTrue(rec.getString("summary").contains("siasn-case-it"), rec.getString("summary"));
      String item =
          "/netra/api/v1/cases/reconciliations/"
              + rec.getJsonNumber("id")
              + "/items/"
              + missing.getJsonNumber("id");
      as("auditor")
          .post(item + "/resolve", "{\"resolution\":\"RESENT\"}")
          .problem(403, "FORBIDDEN");
      as("officer")
          .post(item + "/resolve", "{\"resolution\":\"ACCEPTED\"}")
          .problem(400, "INVALID_INPUT");
      assertEquals(
          "RESENT",
          as("officer")
              .post(item + "/resolve", "{\"resolution\":\"RESENT\"}")
              .expect(200)
              .json()
              .getString("resolution"));
      as("officer")
          .post(item + "/resolve", "{\"resolution\":\"RESENT\"}")
          .problem(409, "ALREADY_RESOLVED");
      ConnectorIT.await(
          "the sanction back in the SIMPEG",
          () ->
              "1"
                  .equals(
                      ConnectorIT.simpeg(
                          "SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = 'SK/IT/"
                              + id
                              + "'")));
      JsonObject again =
          as("officer").post("/netra/api/v1/cases/reconciliations", "").expect(201).json();
      assertTrue(
          again.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .noneMatch(i -> !i.isNull("caseId") && i.getJsonNumber("caseId").longValue() == id),
          again.toString());
      assertEquals(1, siasn.hukdisOf(OKTAVIA).size(), "SIASN untouched by the resend");

      // The cancellation decree goes the same way.
      step(
          "ppk",
          c,
          "CANCEL",
          "{\"number\":\"SK/IT/" + id + "/BATAL\",\"date\":\"" + today + "\"}",
          "CANCELLED");
      ConnectorIT.await(
          "the cancellation in the SIMPEG",
          () ->
              "BATAL"
                  .equals(
                      ConnectorIT.simpeg(
                          "SELECT status_hukuman FROM riwayat_hukuman WHERE no_sk = 'SK/IT/"
                              + id
                              + "'")));
      ConnectorIT.await(
          "the cancellation in SIASN",
          () ->
              ("SK/IT/" + id + "/BATAL")
                  .equals(siasn.hukdisOf(OKTAVIA).get(0).get("skPembatalanNomor")));
      assertEquals(1, siasn.hukdisOf(OKTAVIA).size(), "the cancellation updates, never adds");

      JsonObject finalCase = as("auditor").get(c).expect(200).json();
      List<String> actions =
          finalCase.getJsonArray("history").stream()
              .map(JsonValue::asJsonObject)
              .map(e -> e.getString("action"))
              .toList();
      assertEquals(
          List.of(
              "REPORT",
              "START_VERIFICATION",
              "RECOMMEND",
              "START_EXAMINATION",
              "DECIDE",
              "MARK_RECORDED",
              "CANCEL"),
          actions);
      assertTrue(
          as("auditor")
              .get("/netra/api/v1/audit?entityType=case&entityId=" + id)
              .expect(200)
              .body()
              .contains("CASE_DECIDE"));

      // An objection whose decision lightens a recorded sanction: the old one is cancelled in
      // both records and the new one written to both, and the case is recorded again.
      String rina = "198509302011012017";
      siasn.addPns(rina, Map.of("nama", "Rina Hasibuan", "golRuangAkhir", "III/c"));
      long rid =
          internalFinding(rina, "PP94-5N-2", today.minusDays(2)).getJsonNumber("id").longValue();
      String rc = "/netra/api/v1/cases/" + rid;
      step(
          "officer",
          rc,
          "START_EXAMINATION",
          "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\"}",
          "EXAMINATION");
      // The signed decree is uploaded before the decision and goes to SIASN after the save.
      byte[] sk = pdf("SK/IT/" + rid);
      as("officer")
          .upload(rc + "/documents?kind=DECREE&name=SK-" + rid + ".pdf", "application/pdf", sk)
          .expect(201);
      step("ppk", rc, "DECIDE", decree(rid, "25", today), "DECIDED");
      ConnectorIT.await(
          "the heavier sanction recorded",
          () -> "RECORDED".equals(as("auditor").get(rc).expect(200).json().getString("state")));
      String heavier = (String) siasn.hukdisOf(rina).get(0).get("id");
      assertArrayEquals(sk, siasn.documentOf(heavier).content(), "SIASN holds the decree");
      assertEquals("SK-" + rid + ".pdf", siasn.documentOf(heavier).fileName());
      step("officer", rc, "OBJECT", "{\"note\":\"Keberatan pegawai\"}", "OBJECTION");
      // The decision on the objection, uploaded while it is pending, is that decision's decree.
      byte[] keb = pdf("SK/KEB/" + rid);
      JsonObject kebDoc =
          as("officer")
              .upload(rc + "/documents?kind=DECREE", "application/pdf", keb)
              .expect(201)
              .json();
      assertFalse(kebDoc.containsKey("decreeNumber"), "not the decree objected to");
      as("ppk")
          .post(rc + "/actions/CHANGE", decree(rid, "25", today).replace("SK/IT/", "SK/KEB/"))
          .problem(400, "INVALID_INPUT");
      step("ppk", rc, "CHANGE", decree(rid, "23", today).replace("SK/IT/", "SK/KEB/"), "DECIDED");
      ConnectorIT.await(
          "the lighter sanction recorded",
          () -> "RECORDED".equals(as("auditor").get(rc).expect(200).json().getString("state")));
      List<Map<String, Object>> rinas = siasn.hukdisOf(rina);
      assertEquals(2, rinas.size(), rinas.toString());
      String lighter =
          (String)
              rinas.stream()
                  .filter(r -> "23".equals(r.get("jenisHukumanId")))
                  .findFirst()
                  .orElseThrow()
                  .get("id");
      assertArrayEquals(
          keb, siasn.documentOf(lighter).content(), "the new decree with the new record");
      assertArrayEquals(sk, siasn.documentOf(heavier).content(), "the old record keeps its own");
      Map<String, Object> old =
          rinas.stream()
              .filter(r -> "25".equals(r.get("jenisHukumanId")))
              .findFirst()
              .orElseThrow();
      assertEquals("SK/KEB/" + rid, old.get("skPembatalanNomor"), "the old one cancelled");
      assertTrue(
          rinas.stream()
              .anyMatch(
                  r ->
                      "23".equals(r.get("jenisHukumanId"))
                          && ("SK/KEB/" + rid).equals(r.get("skNomor"))));
      assertEquals(
          "BATAL",
          ConnectorIT.simpeg(
              "SELECT status_hukuman FROM riwayat_hukuman WHERE no_sk = 'SK/IT/" + rid + "'"));
      assertEquals(
          "23",
          ConnectorIT.simpeg(
              "SELECT jenis_hukuman FROM riwayat_hukuman WHERE no_sk = 'SK/KEB/" + rid + "'"));
      step("officer", rc, "CLOSE", "{}", "CLOSED");

      // Party membership ends in a dismissal: a termination proposed to BKN, never a SIASN
      // disciplinary record. The SIMPEG takes it; SIASN is not called; the case is recorded.
      long saves = siasn.calls("POST hukdis/save");
      String member = employeesWithoutCases(1, 160).get(0);
      JsonObject party = internalFinding(member, "SKB-05", today.minusDays(2));
      String pc = "/netra/api/v1/cases/" + party.getJsonNumber("id");
      step(
          "officer",
          pc,
          "START_EXAMINATION",
          "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\"}",
          "EXAMINATION");
      step(
          "ppk",
          pc,
          "DECIDE",
          decree(party.getJsonNumber("id").longValue(), "PTDH-PARPOL", today),
          "DECIDED");
      ConnectorIT.await(
          "the dismissal recorded",
          () -> "RECORDED".equals(as("auditor").get(pc).expect(200).json().getString("state")));
      JsonObject dismissed = as("auditor").get(pc).expect(200).json();
      assertEquals(
          List.of("demo-simpeg"),
          dismissed.getJsonArray("records").stream()
              .map(r -> r.asJsonObject().getString("connector"))
              .toList());
      assertEquals(saves, siasn.calls("POST hukdis/save"), siasn.calls().toString());
      assertTrue(siasn.hukdisOf(member).isEmpty());
      // The SIMPEG keeps it as its own termination proposal, not among the sanctions.
      String partyDecree = "SK/IT/" + party.getJsonNumber("id");
      assertEquals(
          "8",
          ConnectorIT.simpeg(
              "SELECT jenis_pemberhentian FROM usul_pemberhentian WHERE no_sk = '"
                  + partyDecree
                  + "'"));
      assertEquals(
          "0",
          ConnectorIT.simpeg(
              "SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = '" + partyDecree + "'"));
      // Instead, it is on the list of terminations to propose to BKN.
      JsonObject proposal =
          as("auditor").get("/netra/api/v1/cases/terminations").expect(200).array().stream()
              .map(JsonValue::asJsonObject)
              .filter(t -> t.getString("nip").equals(member))
              .findFirst()
              .orElseThrow();
      assertEquals("8", proposal.getString("jenisPemberhentianId"), proposal.toString());
      assertEquals("PTDH-PARPOL", proposal.getString("sanction"));
      String csv = as("auditor").get("/netra/api/v1/cases/terminations.csv").expect(200).body();
      assertTrue(csv.contains(member + ","), csv);
    } finally {
      Files.deleteIfExists(file);
      as("admin").post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
  }

  @Test
  void aSecondReportOfTheSameActIsLinkedAndALatePublicReportMarkedNotRefused() {
    LocalDate today = Api.today();
    String body =
        """
        {"nip":"%s","violation":"SKB-06","source":"%s","reporter":"Warga","eventDate":"%s",
         "knownDate":"%s"}
        """;
    String nip = employeesWithoutCases(1, 7).get(0);
    JsonObject first =
        as("officer")
            .post(
                "/netra/api/v1/cases",
                body.formatted(nip, "PUBLIC_REPORT", today.minusDays(2), today.minusDays(1)))
            .expect(201)
            .json();
    JsonObject second =
        as("officer")
            .post(
                "/netra/api/v1/cases",
                body.formatted(nip, "BAWASLU_FINDING", today.minusDays(1), today.minusDays(1)))
            .expect(201)
            .json();
    assertEquals(
        first.getJsonNumber("id").longValue(), second.getJsonNumber("duplicateOf").longValue());
    assertFalse(first.getBoolean("bawasluWindowPassed"));
    // Bawaslu's 7 days are Bawaslu's rule: a late report to the agency is registered, marked.
    JsonObject late =
        as("officer")
            .post(
                "/netra/api/v1/cases",
                body.formatted(nip, "PUBLIC_REPORT", today.minusDays(20), today.minusDays(20)))
            .expect(201)
            .json();
    assertTrue(late.getBoolean("bawasluWindowPassed"), late.toString());
    assertEquals("REPORTED", late.getString("state"));
    as("ppk")
        .post(
            "/netra/api/v1/cases",
            body.formatted(nip, "INTERNAL", today.minusDays(1), today.minusDays(1)))
        .problem(403, "FORBIDDEN");
    assertTrue(as("ppk").get("/netra/api/v1/cases?state=REPORTED").expect(200).array().size() >= 2);

    // The agency chooses to give no election duty while a case is open: the employee's KPPS
    // request is blocked for it, and released when the cases are dismissed.
    JsonObject settings =
        as("admin").get("/netra/api/v1/cases/settings?agency=DEMO").expect(200).json();
    String on =
        settings.toString().replace("\"blockDutyWhileOpen\":false", "\"blockDutyWhileOpen\":true");
    try {
      as("admin").put("/netra/api/v1/cases/settings", on).expect(200);
      String ref = "IT-CASE-KPPS-" + nip;
      JsonObject blocked =
          Api.key(base, Api.DEMO_KEY)
              .post(
                  "/netra/api/v1/gate/decisions",
                  NetraApiIT.decision(ref, "ELECTION_DUTY", "KPPS", nip))
              .expect(201)
              .json();
      assertEquals("BLOCK", blocked.getString("outcome"));
      assertTrue(codes(blocked).contains("CASE_OPEN"), blocked.toString());
      for (JsonObject c : List.of(first, second, late)) {
        as("officer")
            .post(
                "/netra/api/v1/cases/" + c.getJsonNumber("id") + "/actions/DISMISS",
                "{\"note\":\"Tidak terbukti\"}")
            .expect(200);
      }
      JsonObject released =
          Api.key(base, Api.DEMO_KEY)
              .post(
                  "/netra/api/v1/gate/decisions",
                  NetraApiIT.decision(ref, "ELECTION_DUTY", "KPPS", nip))
              .expect(200)
              .json();
      assertTrue(!codes(released).contains("CASE_OPEN"), "re-decided when dismissed: " + released);
      assertTrue(
          released.getJsonNumber("id").longValue() > blocked.getJsonNumber("id").longValue());
    } finally {
      as("admin").put("/netra/api/v1/cases/settings", settings.toString()).expect(200);
    }
  }

  @Test
  void overdueFollowUpsGoToBknNearDeadlinesAreRemindedAndEverythingIsCounted() {
    LocalDate today = Api.today();
    List<String> nips = employeesWithoutCases(2, 40);
    long[] ids = new long[2];
    for (int i = 0; i < 2; i++) {
      JsonObject c =
          as("officer")
              .post(
                  "/netra/api/v1/cases",
                  """
                  {"nip":"%s","violation":"PP94-5N-3","source":"BAWASLU_FINDING",
                   "reporter":"Bawaslu","eventDate":"%s","knownDate":"%s"}
                  """
                      .formatted(nips.get(i), today.minusDays(20), today.minusDays(19)))
              .expect(201)
              .json();
      ids[i] = c.getJsonNumber("id").longValue();
      step("officer", "/netra/api/v1/cases/" + ids[i], "START_VERIFICATION", "{}", "VERIFICATION");
      // The first recommendation is 15 days old (the PPK's 10 days ran out), the second 9.
      JsonObject r =
          step(
              "officer",
              "/netra/api/v1/cases/" + ids[i],
              "RECOMMEND",
              "{\"issuer\":\"BKN\",\"number\":\"REK/IT/OD/%d\",\"date\":\"%s\",\"sanction\":\"27\"}"
                  .formatted(i, today.minusDays(i == 0 ? 15 : 9)),
              "RECOMMENDED");
      assertEquals(today.minusDays(i == 0 ? 5 : -1).toString(), r.getString("dueOn"));
    }

    // The follow-up check marks the first for BKN; the export names the employee and status 92.
    as("officer").post("/netra/api/v1/cases/follow-ups/check", "").problem(403, "FORBIDDEN");
    assertTrue(
        as("admin")
            .post("/netra/api/v1/cases/follow-ups/check", "")
            .expect(200)
            .body()
            .contains("\"id\":" + ids[0] + ","));
    JsonObject blocked =
        as("auditor").get("/netra/api/v1/cases/block-recommended").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getJsonNumber("caseId").longValue() == ids[0])
            .findFirst()
            .orElseThrow();
    assertEquals(nips.get(0), blocked.getString("nip"));
    assertEquals("92", blocked.getString("kedudukanHukumId"));
    assertFalse(blocked.getString("name").isBlank());
    assertFalse(
        as("auditor")
            .get("/netra/api/v1/cases/block-recommended")
            .expect(200)
            .body()
            .contains("\"caseId\":" + ids[1] + ","),
        "the second is not overdue");
    String csv = as("auditor").get("/netra/api/v1/cases/block-recommended.csv").expect(200).body();
    assertTrue(csv.contains("nip,name,unitName,caseId"), csv);
    assertTrue(csv.contains(nips.get(0) + ","), csv);

    // The second's PPK deadline is tomorrow: the PPK is reminded once, and acknowledges.
    assertTrue(
        as("admin")
            .post("/netra/api/v1/cases/reminders/check", "")
            .expect(200)
            .body()
            .contains("\"caseId\":" + ids[1] + ","));
    assertFalse(
        as("admin")
            .post("/netra/api/v1/cases/reminders/check", "")
            .expect(200)
            .body()
            .contains("\"caseId\":" + ids[1] + ","),
        "reminded once");
    JsonObject reminder =
        as("ppk").get("/netra/api/v1/cases/reminders").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getJsonNumber("caseId").longValue() == ids[1])
            .findFirst()
            .orElseThrow();
    assertEquals("PPK", reminder.getString("role"));
    assertFalse(
        as("officer")
            .get("/netra/api/v1/cases/reminders")
            .expect(200)
            .body()
            .contains("\"caseId\":" + ids[1] + ","),
        "the officer is not reminded of the PPK's deadline");
    as("ppk")
        .post("/netra/api/v1/cases/reminders/" + reminder.getJsonNumber("id") + "/acknowledge", "")
        .expect(200);
    assertFalse(
        as("ppk")
            .get("/netra/api/v1/cases/reminders")
            .expect(200)
            .body()
            .contains("\"caseId\":" + ids[1] + ","));

    // The counts: both are heavy (B) PP94-5N-3 cases awaiting the PPK, one overdue and blocked.
    List<JsonObject> rows =
        as("auditor").get("/netra/api/v1/cases/report").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(
                x ->
                    x.getString("violation").equals("PP94-5N-3")
                        && x.getString("state").equals("RECOMMENDED"))
            .toList();
    assertTrue(rows.stream().allMatch(x -> x.getString("tier").equals("B")), rows.toString());
    assertTrue(rows.stream().mapToInt(x -> x.getInt("cases")).sum() >= 2, rows.toString());
    assertTrue(rows.stream().mapToInt(x -> x.getInt("overdue")).sum() >= 1, rows.toString());
    assertTrue(
        rows.stream().mapToInt(x -> x.getInt("blockRecommended")).sum() >= 1, rows.toString());
    String report = as("auditor").get("/netra/api/v1/cases/report.csv").expect(200).body();
    assertTrue(
        report.startsWith(
            "\uFEFFagency,unitCode,unitName,violation,tier,state,cases,overdue,blockRecommended\r\n"),
        report);
    assertTrue(report.contains(",PP94-5N-3,B,RECOMMENDED,"), report);

    // The compliance dashboard counts the same cases, beside pact and training per unit.
    long election = as("auditor").firstElection();
    JsonObject dash =
        as("auditor").get("/netra/api/v1/elections/" + election + "/compliance").expect(200).json();
    JsonObject total = dash.getJsonObject("total");
    assertTrue(total.getInt("employees") >= 300, total.toString());
    assertTrue(total.getInt("signed") >= 1 && total.getInt("signed") < total.getInt("employees"));
    assertTrue(total.getInt("compliant") <= total.getInt("trained"), total.toString());
    assertEquals(
        total.getInt("employees"),
        dash.getJsonArray("units").stream()
            .mapToInt(u -> u.asJsonObject().getInt("employees"))
            .sum());
    assertTrue(
        dash.getJsonArray("openCases").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                o ->
                    o.getString("violation").equals("PP94-5N-3")
                        && o.getString("state").equals("RECOMMENDED")
                        && o.getInt("cases") >= 2),
        dash.getJsonArray("openCases").toString());
    assertTrue(dash.getInt("blockRecommended") >= 1);
    assertFalse(dash.getJsonArray("timeline").isEmpty());
    String units =
        as("auditor")
            .get("/netra/api/v1/elections/" + election + "/compliance.csv")
            .expect(200)
            .body();
    assertTrue(units.startsWith("\uFEFFunitCode,unitName,employees,signed,trained"), units);
  }

  @Test
  void aBawasluRecapDroppedAsAFileBecomesCasesOnce() throws Exception {
    LocalDate today = Api.today();
    String nip = employeesWithoutCases(1, 120).get(0);
    Path folder = Path.of(System.getProperty("netra.test.connectors")).resolveSibling("recap-it");
    Path file = Path.of(System.getProperty("netra.test.connectors"), "bawaslu-recap-it.yaml");
    if (Files.exists(folder)) { // left by an earlier run without clean
      try (var old = Files.walk(folder)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.writeString(
        file,
        """
        id: bawaslu-recap-it
        kind: file
        agency: DEMO
        folder: %s
        poll: 500ms
        cases:
          files: "rekap*"
          fields:
            reference: NO_TEMUAN
            nip: NIP
            violation: {column: PELANGGARAN, values: {KAMPANYE: PP94-5N-1, MEDSOS: SKB-03}}
            reporter: {value: Bawaslu Kabupaten Demo}
            eventDate: {column: TANGGAL, format: dd-MM-yyyy}
            evidence: BUKTI
        """
            .formatted(folder.toAbsolutePath()));
    try {
      String f = "/netra/api/v1/admin/connectors/bawaslu-recap-it";
      assertEquals(
          "ADDED", as("admin").post(f + "/reload", "").expect(200).json().getString("action"));
      java.time.format.DateTimeFormatter dmy =
          java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
      String csv =
          "NO_TEMUAN;NIP;PELANGGARAN;TANGGAL;BUKTI\n"
              + "TM/IT/1;"
              + nip
              + ";KAMPANYE;"
              + today.minusDays(2).format(dmy)
              + ";foto.jpg\n"
              + "TM/IT/2;199901012099011001;MEDSOS;"
              + today.minusDays(2).format(dmy)
              + ";\n";
      for (String name : List.of("rekap-it-1.csv", "rekap-it-2.csv")) {
        Files.createDirectories(folder.resolve("in"));
        Path staging = folder.resolve(name + ".part");
        Files.writeString(staging, csv);
        Files.move(staging, folder.resolve("in").resolve(name));
        Path reply = folder.resolve("out").resolve(name.replace(".csv", ".result.csv"));
        ConnectorIT.await("the reply to " + name, () -> Files.exists(reply));
        String answer = Files.readString(reply);
        assertTrue(
            answer.contains(name.endsWith("1.csv") ? "TM/IT/1,CREATED" : "TM/IT/1,UNCHANGED"),
            answer);
        assertTrue(answer.contains("TM/IT/2,FAILED"), answer);
      }
      JsonArray registered =
          as("auditor").get("/netra/api/v1/cases?nip=" + nip).expect(200).array();
      assertEquals(1, registered.size(), registered.toString());
      JsonObject c = registered.getJsonObject(0);
      assertEquals("TM/IT/1", c.getString("reference"));
      assertEquals("PP94-5N-1", c.getString("violation"));
      assertEquals("BAWASLU_FINDING", c.getString("source"));
      assertTrue(
          as("admin").get(f + "/runs").expect(200).body().contains("CASES"),
          "the runs are reported as case intake");
    } finally {
      Files.deleteIfExists(file);
      as("admin").post("/netra/api/v1/admin/connectors/reload", "").expect(200);
    }
  }

  /** PNS employees of the demo agency with no case yet, from the {@code from}-th on. */
  /**
   * PP 94/2021's order and its people: a PPPK in a heavy breach ends in PHPK (not a demotion); no
   * decree before the superior's examination; a Pj signs under a mandate; an internal finding is
   * examined without a recommendation; an objection to a recorded sanction, upheld, leaves the case
   * recorded and closable; the shared catalogue is changed centrally only.
   */
  @Test
  void thePppkTheInternalFindingTheObjectionAndTheSharedCatalogue() throws Exception {
    LocalDate today = Api.today();
    String pppk = employeesWithoutCases(1, 0, "PPPK").get(0);
    JsonObject heavy =
        as("officer")
            .post(
                "/netra/api/v1/cases",
                """
                {"nip":"%s","violation":"PP94-5N-4","source":"BAWASLU_FINDING",
                 "reporter":"Bawaslu Kabupaten Demo","eventDate":"%s"}
                """
                    .formatted(pppk, today.minusDays(3)))
            .expect(201)
            .json();
    assertEquals("PPPK", heavy.getString("employeeType"));
    assertFalse(heavy.isNull("electionId"), "the demo election, by the event's day");
    long hid = heavy.getJsonNumber("id").longValue();
    String h = "/netra/api/v1/cases/" + hid;
    step("officer", h, "START_VERIFICATION", "{}", "VERIFICATION");
    JsonObject demotion =
        as("officer").post(h + "/actions/RECOMMEND", rec("28")).problem(400, "INVALID_INPUT");
    assertTrue(demotion.toString().contains("SANCTION_NOT_FOR_EMPLOYEE_TYPE"), demotion.toString());
    as("officer")
        .post(h + "/actions/RECOMMEND", rec("28").replace("\"BKN\"", "\"Bawaslu Kabupaten Demo\""))
        .problem(400, "INVALID_INPUT");
    step("officer", h, "RECOMMEND", rec("PHPK"), "RECOMMENDED");
    as("ppk")
        .post(h + "/actions/DECIDE", decree(hid, "PHPK", today))
        .problem(409, "EXAMINATION_REQUIRED");
    JsonObject examined =
        step(
            "officer",
            h,
            "START_EXAMINATION",
            "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\"}",
            "EXAMINATION");
    JsonObject terms = examined.getJsonObject("terms");
    assertEquals("DISCIPLINE", terms.getString("track"));
    assertEquals("B", terms.getString("tier"));
    assertEquals(
        List.of("PHPK"),
        terms.getJsonArray("sanctions").stream()
            .map(v -> ((jakarta.json.JsonString) v).getString())
            .toList(),
        "a PPPK's only heavy form");
    String asPj = decree(hid, "PHPK", today).replace("}", ",\"capacity\":\"PJ\"}");
    JsonObject noMandate =
        as("ppk").post(h + "/actions/DECIDE", asPj).problem(400, "INVALID_INPUT");
    assertTrue(noMandate.toString().contains("MANDATE_REQUIRED"), noMandate.toString());
    JsonObject decided =
        step(
            "ppk",
            h,
            "DECIDE",
            asPj.replace("}", ",\"mandate\":\"Persetujuan Mendagri 100.2.2.6/77/OTDA\"}"),
            "DECIDED");
    assertEquals("PJ", decided.getJsonObject("authority").getString("capacity"));
    ConnectorIT.await(
        "the PHPK in the SIMPEG",
        () -> "RECORDED".equals(as("auditor").get(h).expect(200).json().getString("state")));
    // PHPK ends the contract: the SIMPEG's termination proposal (7, a disciplinary ground).
    assertEquals(
        "7 PHPK",
        ConnectorIT.simpeg(
            "SELECT jenis_pemberhentian || ' ' || alasan FROM usul_pemberhentian WHERE no_sk ="
                + " 'SK/IT/"
                + hid
                + "'"));
    assertTrue(
        as("auditor").get("/netra/api/v1/cases/terminations").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                t ->
                    t.getJsonNumber("caseId").longValue() == hid
                        && t.getString("jenisPemberhentianId").equals("7")),
        "a PHPK is a termination to propose to BKN");

    // The agency's own finding: examined at once; the decree recorded; an objection filed and
    // upheld returns the case to RECORDED, where it can be closed.
    String pns = employeesWithoutCases(1, 200).get(0);
    JsonObject internal = internalFinding(pns, "SKB-08", today.minusDays(1));
    long iid = internal.getJsonNumber("id").longValue();
    String i = "/netra/api/v1/cases/" + iid;
    assertTrue(
        internal.getJsonArray("allowedActions").toString().contains("START_EXAMINATION"),
        internal.toString());
    step(
        "officer",
        i,
        "START_EXAMINATION",
        "{\"examinerNip\":\"19870315 201001 2 012\",\"date\":\"" + today + "\"}",
        "EXAMINATION");
    assertEquals(List.of("BAP"), missingDocuments(i), "the examination's record is asked for");
    // Documents: checked by their content, kept with their hash, read by who may read the case.
    byte[] bap = png();
    JsonObject bapDoc =
        as("officer")
            .upload(i + "/documents?kind=BAP&name=bap.png", "image/png", bap)
            .expect(201)
            .json();
    assertEquals(sha256(bap), bapDoc.getString("sha256"));
    assertEquals("image/png", bapDoc.getString("mediaType"));
    as("officer")
        .upload(
            i + "/documents?kind=EVIDENCE&name=run.exe",
            "application/octet-stream",
            "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))
        .problem(415, "DOCUMENT_TYPE");
    as("officer")
        .upload(i + "/documents?kind=DECREE", "image/png", bap)
        .problem(415, "DECREE_NOT_PDF");
    as("officer")
        .upload(i + "/documents?kind=EVIDENCE", "application/pdf", bap)
        .problem(415, "DOCUMENT_TYPE_MISMATCH");
    as("officer")
        .upload(i + "/documents?kind=MEMO", "application/pdf", pdf("x"))
        .problem(400, "INVALID_INPUT");
    byte[] huge = java.util.Arrays.copyOf(pdf("huge"), 1024 * 1024 + 1); // the test domain's limit
    Api.Res tooLarge =
        as("officer").upload(i + "/documents?kind=EVIDENCE", "application/pdf", huge);
    tooLarge.problem(413, "DOCUMENT_TOO_LARGE");
    as("auditor")
        .upload(i + "/documents?kind=EVIDENCE", "application/pdf", pdf("x"))
        .problem(403, "FORBIDDEN");
    byte[] decreePdf = pdf("SK/IT/" + iid);
    long decreeDoc =
        as("ppk")
            .upload(
                i
                    + "/documents?kind=DECREE&name="
                    + java.net.URLEncoder.encode("SK hukuman Ñ.pdf", StandardCharsets.UTF_8),
                "application/pdf",
                decreePdf)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    step("ppk", i, "DECIDE", decree(iid, "27", today), "DECIDED");
    assertEquals(List.of(), missingDocuments(i), "the BAP and the decree are there");
    JsonArray docs = as("auditor").get(i + "/documents").expect(200).array();
    assertEquals(2, docs.size(), docs.toString());
    assertEquals(
        "SK/IT/" + iid, docs.getJsonObject(1).getString("decreeNumber"), "bound to the decree");
    Api.Download got = as("auditor").download(i + "/documents/" + decreeDoc);
    assertEquals(200, got.status());
    assertArrayEquals(decreePdf, got.body());
    assertEquals(
        "sha-256=:"
            + java.util.Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(sha256(decreePdf)))
            + ":",
        got.headers().firstValue("Repr-Digest").orElse(""));
    assertTrue(
        got.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("filename*=UTF-8''SK%20hukuman%20%C3%91.pdf"));
    assertEquals(404, as("auditor").download(i + "/documents/" + (decreeDoc + 100000)).status());
    assertTrue(
        as("admin")
            .get("/netra/api/v1/audit?entityType=case&entityId=" + iid)
            .expect(200)
            .body()
            .contains("CASE_DOCUMENT_ADDED"));
    ConnectorIT.await(
        "the internal case recorded",
        () -> "RECORDED".equals(as("auditor").get(i).expect(200).json().getString("state")));
    // The employee sees the case in the widget's API, with the decree and the deadline, and objects
    // there; another employee cannot see it nor object to it.
    Api me =
        Api.bearer(
            base,
            PortalTokens.sign(
                PortalTokens.DEMO_SECRET,
                PortalTokens.DEMO_ISSUER,
                pns,
                java.time.Instant.now(),
                600));
    JsonObject mine =
        me.get("/netra/api/v1/me/cases").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getJsonNumber("id").longValue() == iid)
            .findFirst()
            .orElseThrow();
    assertEquals("RECORDED", mine.getString("state"));
    assertTrue(mine.getBoolean("canObject"), mine.toString());
    assertEquals("SK/IT/" + iid, mine.getJsonObject("decree").getString("number"));
    assertFalse(mine.isNull("objectionDeadline"));
    assertFalse(mine.containsKey("reporter"), "the employee does not learn who reported");
    // The employee opens their decree, not the examination's record.
    JsonArray myDocs = mine.getJsonArray("documents");
    assertEquals(1, myDocs.size(), myDocs.toString());
    assertEquals("DECREE", myDocs.getJsonObject(0).getString("kind"));
    assertArrayEquals(
        decreePdf, me.download("/netra/api/v1/me/cases/" + iid + "/documents/" + decreeDoc).body());
    assertEquals(
        404,
        me.download("/netra/api/v1/me/cases/" + iid + "/documents/" + bapDoc.getJsonNumber("id"))
            .status());
    Api other =
        Api.bearer(
            base,
            PortalTokens.sign(
                PortalTokens.DEMO_SECRET,
                PortalTokens.DEMO_ISSUER,
                employeesWithoutCases(1, 230).get(0),
                java.time.Instant.now(),
                600));
    assertTrue(
        other.get("/netra/api/v1/me/cases").expect(200).array().stream()
            .noneMatch(x -> x.asJsonObject().getJsonNumber("id").longValue() == iid));
    other
        .post("/netra/api/v1/me/cases/" + iid + "/objection", "{\"note\":\"bukan saya\"}")
        .problem(404, "NOT_FOUND");
    me.post("/netra/api/v1/me/cases/" + iid + "/objection", "{\"note\":\" \"}")
        .problem(400, "INVALID_INPUT");
    JsonObject objected =
        me.post("/netra/api/v1/me/cases/" + iid + "/objection", "{\"note\":\"Keberatan atas SK\"}")
            .expect(200)
            .json();
    assertEquals("OBJECTION", objected.getString("state"));
    assertEquals("KEBERATAN", objected.getString("objectionKind"));
    assertEquals(today.toString(), objected.getString("objectionFiledOn"));
    assertFalse(objected.getBoolean("canObject"), "once");
    step("ppk", i, "UPHOLD", "{\"note\":\"Keberatan ditolak\"}", "RECORDED");
    step("officer", i, "CLOSE", "{}", "CLOSED");

    // Only a central administrator changes what every agency shares.
    as("admin")
        .post(
            "/netra/api/v1/admin/accounts",
            "{\"username\":\"it-agency-admin\",\"password\":\"Kata-Sandi-Uji-2026!\","
                + "\"roles\":[\"admin\"],\"agency\":\"DEMO\"}")
        .expect(201);
    String newType =
        """
        {"code":"IT-NEW-01","nameId":"Pelanggaran uji","nameEn":"A test breach",
         "basis":"SKB 2022","track":"DISCIPLINE","allowedSanctions":["23","24"],
         "afterDetermination":{"track":"DISCIPLINE","tier":"B","allowedSanctions":["27"]},
         "siasnReasonId":"11EC54D9B3B557B1E050640A15026590","toVerify":true}
        """;
    Api.account(base, "it-agency-admin", "Kata-Sandi-Uji-2026!")
        .post("/netra/api/v1/cases/catalogue/violations", newType)
        .problem(403, "CENTRAL_ONLY");
    JsonObject added =
        as("admin").post("/netra/api/v1/cases/catalogue/violations", newType).expect(201).json();
    assertEquals("B", added.getJsonObject("afterDetermination").getString("tier"));
    as("admin")
        .post("/netra/api/v1/cases/catalogue/violations", newType)
        .problem(409, "VIOLATION_TYPE_EXISTS");
    assertTrue(
        as("admin")
            .get("/netra/api/v1/audit?entityType=violation_type&entityId=IT-NEW-01")
            .expect(200)
            .body()
            .contains("VIOLATION_TYPE_ADDED"));

    // Sanction types too: corrected as a new revision, checked against SIASN's list, audited.
    JsonObject warning =
        as("auditor")
            .get("/netra/api/v1/cases/catalogue")
            .expect(200)
            .json()
            .getJsonArray("sanctions")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("code").equals("KONTRAK-TEGURAN"))
            .findFirst()
            .orElseThrow();
    String corrected =
        """
        {"name":"Teguran tertulis atas kontrak","months":0,"issuable":true,"forNonAsn":true,
         "regulation":"%s"}
        """
            .formatted(warning.getString("regulation"));
    Api.account(base, "it-agency-admin", "Kata-Sandi-Uji-2026!")
        .put("/netra/api/v1/cases/catalogue/sanctions/KONTRAK-TEGURAN", corrected)
        .problem(403, "CENTRAL_ONLY");
    JsonObject bad =
        as("admin")
            .put(
                "/netra/api/v1/cases/catalogue/sanctions/KONTRAK-TEGURAN",
                corrected.replace("\"forNonAsn\":true", "\"forPns\":true"))
            .problem(400, "INVALID_INPUT");
    assertTrue(bad.toString().contains("FOR_TRACK"), bad.toString());
    JsonObject revised =
        as("admin")
            .put("/netra/api/v1/cases/catalogue/sanctions/KONTRAK-TEGURAN", corrected)
            .expect(200)
            .json();
    assertEquals(warning.getInt("revision") + 1, revised.getInt("revision"));
    assertEquals("Teguran tertulis atas kontrak", revised.getString("name"));
    assertTrue(
        as("admin")
            .get("/netra/api/v1/audit?entityType=sanction_type&entityId=KONTRAK-TEGURAN")
            .expect(200)
            .body()
            .contains("SANCTION_TYPE_REVISED"));
    // The catalogue is shared: an agency's auditor sees its changes too.
    assertTrue(
        as("auditor")
            .get("/netra/api/v1/audit?entityType=sanction_type&entityId=KONTRAK-TEGURAN")
            .expect(200)
            .body()
            .contains("SANCTION_TYPE_REVISED"),
        "an agency's auditor sees the shared catalogue's changes");
    String contractMeasure =
        """
        {"code":"IT-KONTRAK-01","track":"CONTRACT","name":"Skorsing kontrak (uji)",
         "siasnHukumanId":"999","months":1,"issuable":true,"forNonAsn":true,"regulation":"Perkada"}
        """;
    JsonObject unknown =
        as("admin")
            .post("/netra/api/v1/cases/catalogue/sanctions", contractMeasure)
            .problem(400, "INVALID_INPUT");
    assertTrue(unknown.toString().contains("UNKNOWN_SIASN_HUKUMAN"), unknown.toString());
    as("admin")
        .post("/netra/api/v1/cases/catalogue/sanctions", contractMeasure.replace("\"999\"", "null"))
        .expect(201);
    as("admin")
        .post("/netra/api/v1/cases/catalogue/sanctions", contractMeasure.replace("\"999\"", "null"))
        .problem(409, "SANCTION_TYPE_EXISTS");
    // The decided case names the revisions it was decided under.
    JsonObject closed = as("auditor").get(i).expect(200).json();
    assertEquals(1, closed.getInt("sanctionRevision"), closed.toString());
    assertEquals(1, closed.getJsonObject("terms").getInt("violationVersion"), closed.toString());
  }

  List<String> employeesWithoutCases(int n, int from) {
    return employeesWithoutCases(n, from, "PNS");
  }

  List<String> employeesWithoutCases(int n, int from, String type) {
    List<String> out = new java.util.ArrayList<>();
    var all =
        Api.key(base, Api.DEMO_KEY)
            .get("/netra/api/v1/employees?limit=300&offset=" + from)
            .expect(200)
            .array();
    for (JsonValue v : all) {
      JsonObject e = v.asJsonObject();
      if (e.getString("type").equals(type)
          && as("auditor")
              .get("/netra/api/v1/cases?nip=" + e.getString("nip"))
              .expect(200)
              .array()
              .isEmpty()) {
        out.add(e.getString("nip"));
        if (out.size() == n) {
          return out;
        }
      }
    }
    throw new AssertionError("not enough employees without cases");
  }

  static List<String> codes(JsonObject decision) {
    return decision.getJsonArray("reasons").stream()
        .map(r -> r.asJsonObject().getString("code"))
        .toList();
  }

  /** The agency's own finding against {@code nip}, registered. */
  JsonObject internalFinding(String nip, String violation, LocalDate eventDate) {
    return as("officer")
        .post(
            "/netra/api/v1/cases",
            """
            {"nip":"%s","violation":"%s","source":"INTERNAL",
             "reporter":"Inspektorat Daerah Demo","eventDate":"%s"}
            """
                .formatted(nip, violation, eventDate))
        .expect(201)
        .json();
  }

  JsonObject step(String role, String c, String action, String body, String expectedState) {
    JsonObject r = as(role).post(c + "/actions/" + action, body).expect(200).json();
    assertEquals(expectedState, r.getString("state"), r.toString());
    return r;
  }

  static String rec(String sanction) {
    return "{\"issuer\":\"BKN\",\"number\":\"REK/IT/1\",\"date\":\""
        + Api.today()
        + "\",\"sanction\":\""
        + sanction
        + "\"}";
  }

  /** The documents the case page says are missing. */
  List<String> missingDocuments(String casePath) {
    return as("auditor")
        .get(casePath)
        .expect(200)
        .json()
        .getJsonObject("terms")
        .getJsonArray("missingDocuments")
        .stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  /** A small PDF whose text is {@code text}. */
  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% Netra IT " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The smallest PNG: a 1×1 pixel. */
  static byte[] png() {
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/kJ4/aQAAAABJRU5ErkJggg==");
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static String decree(long id, String sanction, LocalDate today) {
    return "{\"number\":\"SK/IT/%d\",\"date\":\"%s\",\"sanction\":\"%s\",\"startDate\":\"%s\"}"
        .formatted(id, today, sanction, today);
  }
}
