package id.netra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agencies that cannot touch each other's employees: a NIP another agency holds is refused and
 * becomes a transfer request that the holding agency (or a central administrator) decides; a
 * transfer moves the employee with their history; a third agency sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyIT {

  private static final String API = "/netra/api/v1";

  /** Synthetic NIPs (born 1988-08-08 and 1989-09-09, appointed 2012-12 and 2013-11). */
  private static final String CLAIMED = "198808082012121777";

  private static final String PUSHED = "198909092013112888";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  private static Api mutasiKey;
  private static boolean ready;

  private Api central() {
    return Api.account(base, "admin", Api.DEMO_PASSWORD);
  }

  private Api demoAdmin() {
    return Api.account(base, "demo.admin", "Embun-Pagi-Di-Dieng-3");
  }

  private Api mutasiAdmin() {
    return Api.account(base, "mutasi.admin", "Ombak-Tenang-Di-Bali-8");
  }

  private Api lainAuditor() {
    return Api.account(base, "lain.auditor", "Kabut-Tipis-Di-Toba-6");
  }

  @BeforeEach
  synchronized void agencies() {
    if (ready) {
      return;
    }
    Api central = central();
    account(central, "demo.admin", "Embun-Pagi-Di-Dieng-3", "admin\",\"auditor", "DEMO");
    account(central, "mutasi.admin", "Ombak-Tenang-Di-Bali-8", "admin\",\"auditor", "MUTASI");
    account(central, "lain.auditor", "Kabut-Tipis-Di-Toba-6", "auditor", "LAIN");
    mutasiKey =
        Api.key(
            base,
            central
                .post(
                    API + "/admin/api-clients",
                    "{\"name\":\"SIMPEG Kab. Mutasi\",\"agency\":\"MUTASI\"}")
                .expect(201)
                .json()
                .getString("apiKey"));
    JsonObject created =
        Api.key(base, Api.DEMO_KEY)
            .post(API + "/employees", employees(CLAIMED, "Sari Wulandari", PUSHED, "Bayu Saputra"))
            .expect(200)
            .json();
    assertEquals(2, created.getInt("created"), created.toString());
    ready = true;
  }

  private static void account(Api central, String user, String password, String roles, String a) {
    central
        .post(
            API + "/admin/accounts",
            "{\"username\":\""
                + user
                + "\",\"password\":\""
                + password
                + "\",\"roles\":[\""
                + roles
                + "\"],\"agency\":\""
                + a
                + "\"}")
        .expect(201);
  }

  private static String employees(String... nipsAndNames) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < nipsAndNames.length; i += 2) {
      b.append(i == 0 ? "" : ",")
          .append("{\"nip\":\"")
          .append(nipsAndNames[i])
          .append("\",\"type\":\"PNS\",\"name\":\"")
          .append(nipsAndNames[i + 1])
          .append("\"}");
    }
    return b.append("]").toString();
  }

  private static JsonObject only(Api who, String nip) {
    List<JsonObject> found =
        who.get(API + "/transfers?state=PENDING").expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .filter(t -> t.getString("nip").equals(nip))
            .toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void aNipHeldByAnotherAgencyIsRefusedAndTheHolderDecidesTheTransfer() {
    // MUTASI's SIMPEG sends DEMO's employee: refused, and a claim both agencies see.
    JsonObject refused =
        mutasiKey
            .post(API + "/employees", employees(CLAIMED, "Sari W."))
            .expect(200)
            .json()
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonArray("errors")
            .getJsonObject(0);
    assertEquals("NIP_OTHER_AGENCY", refused.getString("code"));
    JsonObject claim = only(mutasiAdmin(), CLAIMED);
    long id = claim.getJsonNumber("id").longValue();
    assertTrue(refused.getString("messageEn").contains("#" + id), refused.toString());
    assertEquals("CLAIM", claim.getString("origin"));
    assertEquals("DEMO", claim.getString("fromAgency"));
    assertFalse(claim.getBoolean("decidableByMe"), "the claimant does not decide its own claim");
    assertTrue(only(demoAdmin(), CLAIMED).getBoolean("decidableByMe"));
    // Sending it again does not pile up requests.
    mutasiKey.post(API + "/employees", employees(CLAIMED, "Sari W.")).expect(200);
    only(mutasiAdmin(), CLAIMED);

    mutasiAdmin()
        .post(API + "/transfers/" + id + "/approve", "{}")
        .problem(403, "TRANSFER_NOT_YOURS");
    lainAuditor().get(API + "/transfers/" + id).problem(404, "NOT_FOUND");
    assertTrue(lainAuditor().get(API + "/transfers").expect(200).array().isEmpty());

    // DEMO refuses; sent again, it is a new claim, which DEMO approves: the employee moves.
    demoAdmin()
        .post(API + "/transfers/" + id + "/refuse", "{\"note\":\"Tidak ada SK mutasi.\"}")
        .expect(200);
    mutasiKey.post(API + "/employees", employees(CLAIMED, "Sari W.")).expect(200);
    long second = only(demoAdmin(), CLAIMED).getJsonNumber("id").longValue();
    assertTrue(second != id);
    JsonObject approved =
        demoAdmin()
            .post(
                API + "/transfers/" + second + "/approve", "{\"note\":\"SK mutasi 800/123/2026\"}")
            .expect(200)
            .json();
    assertEquals("APPROVED", approved.getString("state"));
    demoAdmin()
        .post(API + "/transfers/" + second + "/refuse", "{}")
        .problem(409, "TRANSFER_DECIDED");
    assertEquals(
        "MUTASI",
        mutasiKey.get(API + "/employees/" + CLAIMED).expect(200).json().getString("agency"));
    Api.key(base, Api.DEMO_KEY).get(API + "/employees/" + CLAIMED).problem(404, "NOT_FOUND");
    // Now MUTASI's import updates them, and both agencies' trails show the move.
    assertEquals(
        1,
        mutasiKey
            .post(API + "/employees", employees(CLAIMED, "Sari W."))
            .expect(200)
            .json()
            .getInt("updated"));
    assertTrue(demoAdmin().actionsOn("employee", CLAIMED).contains("EMPLOYEE_TRANSFERRED"));
    assertTrue(mutasiAdmin().actionsOn("employee", CLAIMED).contains("EMPLOYEE_TRANSFERRED"));
    assertEquals(
        List.of("TRANSFER_REQUESTED", "TRANSFER_APPROVED"),
        demoAdmin().actionsOn("transfer", String.valueOf(second)));
    assertTrue(lainAuditor().actionsOn("transfer", String.valueOf(second)).isEmpty());
  }

  @Test
  void theHoldingAgencyPushesATransferThatTheReceiverDecides() {
    JsonObject pushed =
        demoAdmin()
            .post(
                API + "/transfers",
                "{\"nip\":\"19890909 201311 2 888\",\"toAgency\":\"MUTASI\",\"note\":\"Pindah tugas\"}")
            .expect(201)
            .json();
    long id = pushed.getJsonNumber("id").longValue();
    assertEquals("REQUEST", pushed.getString("origin"));
    assertFalse(pushed.getBoolean("decidableByMe"));
    demoAdmin()
        .post(API + "/transfers", "{\"nip\":\"" + PUSHED + "\",\"toAgency\":\"LAIN\"}")
        .problem(409, "TRANSFER_PENDING");
    demoAdmin()
        .post(API + "/transfers/" + id + "/approve", "{}")
        .problem(403, "TRANSFER_NOT_YOURS");
    assertTrue(only(mutasiAdmin(), PUSHED).getBoolean("decidableByMe"));
    // The side that asked takes it back; the other side cannot.
    mutasiAdmin()
        .post(API + "/transfers/" + id + "/withdraw", "{}")
        .problem(403, "TRANSFER_NOT_YOURS");
    assertEquals(
        "WITHDRAWN",
        demoAdmin()
            .post(API + "/transfers/" + id + "/withdraw", "{}")
            .expect(200)
            .json()
            .getString("state"));
    assertEquals(
        "DEMO",
        Api.key(base, Api.DEMO_KEY)
            .get(API + "/employees/" + PUSHED)
            .expect(200)
            .json()
            .getString("agency"));
    // An agency cannot push an employee it does not hold, nor ask for an unknown NIP.
    mutasiAdmin()
        .post(API + "/transfers", "{\"nip\":\"197001012000011999\"}")
        .problem(404, "NOT_FOUND");
  }

  /** A DEMO object of each kind a path can name, made or found for the cross-agency probe. */
  private java.util.Map<String, String> demoObjects() {
    Api central = central();
    Api demoKey = Api.key(base, Api.DEMO_KEY);
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    String nip = "197707072001121555";
    demoKey.post(API + "/employees", employees(nip, "Probe Demo")).expect(200);
    ids.put("nip", nip);
    java.time.LocalDate today = Api.today();
    ids.put(
        "case",
        String.valueOf(
            Api.account(base, "officer", Api.DEMO_PASSWORD)
                .post(
                    API + "/cases",
                    "{\"nip\":\""
                        + nip
                        + "\",\"violation\":\"PP94-5N-2\","
                        + "\"source\":\"PUBLIC_REPORT\",\"reporter\":\"Warga\","
                        + "\"eventDate\":\""
                        + today.minusDays(2)
                        + "\",\"knownDate\":\""
                        + today.minusDays(1)
                        + "\",\"evidence\":[\"PROBE/1\"],"
                        + "\"description\":\"Uraian pengujian lintas instansi\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue()));
    ids.put(
        "decision",
        String.valueOf(
            demoKey
                .post(
                    API + "/gate/decisions",
                    "{\"requestRef\":\"PROBE-"
                        + nip
                        + "\",\"kind\":\"ELECTION_DUTY\","
                        + "\"dutyBody\":\"KPPS\",\"nip\":\""
                        + nip
                        + "\",\"startDate\":\""
                        + today.plusDays(10)
                        + "\",\"endDate\":\""
                        + today.plusDays(13)
                        + "\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue()));
    ids.put(
        "election",
        String.valueOf(
            central
                .get(API + "/elections?agency=DEMO")
                .expect(200)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue()));
    ids.put(
        "template",
        String.valueOf(
            central
                .get(API + "/pact/templates?agency=DEMO")
                .expect(200)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue()));
    ids.put(
        "module",
        String.valueOf(
            central
                .get(API + "/training/modules?agency=DEMO")
                .expect(200)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue()));
    JsonObject portal =
        central.get(API + "/admin/portals?agency=DEMO").expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("issuer").equals(PortalTokens.DEMO_ISSUER))
            .findFirst()
            .orElseThrow();
    ids.put("issuer", PortalTokens.DEMO_ISSUER);
    ids.put("keyId", portal.getJsonArray("keys").getJsonObject(0).getString("keyId"));
    String moving = "197808082002121666";
    demoKey.post(API + "/employees", employees(moving, "Probe Pindah")).expect(200);
    ids.put(
        "transfer",
        String.valueOf(
            central
                .post(API + "/transfers", "{\"nip\":\"" + moving + "\",\"toAgency\":\"LAIN\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue()));
    ids.put("username", "officer");
    ids.put("keyPrefix", "demo0001");
    ids.put("connector", "demo-simpeg");
    return ids;
  }

  /** The DEMO object a path parameter names, by the parameter and the path around it. */
  private static String demoValue(
      String template, String param, java.util.Map<String, String> ids) {
    return switch (param) {
      case "nip" -> ids.get("nip");
      case "username" -> ids.get("username");
      case "keyPrefix" -> ids.get("keyPrefix");
      case "issuer" -> ids.get("issuer");
      case "keyId" -> ids.get("keyId");
      default -> {
        if (template.contains("/cases/")) yield ids.get("case");
        if (template.contains("/gate/decisions/")) yield ids.get("decision");
        if (template.contains("/elections/")) yield ids.get("election");
        if (template.contains("/pact/templates/")) yield ids.get("template");
        if (template.contains("/training/modules/")) yield ids.get("module");
        if (template.contains("/connectors/")) yield ids.get("connector");
        if (template.contains("/transfers/")) yield ids.get("transfer");
        yield "1";
      }
    };
  }

  /**
   * Every operation of the OpenAPI document that names one thing in its path, tried by MUTASI's
   * administrator, MUTASI's HR-system key and a MUTASI employee's portal token on DEMO's things:
   * none answers a success, and no listing of MUTASI's shows DEMO's probe employee.
   */
  @Test
  void anotherAgencyReachesNoneOfTheAgencysThingsThroughAnyEndpoint() {
    java.util.Map<String, String> ids = demoObjects();
    Api central = central();
    String secret = "portal-mutasi-secret-0123456789-abcdef";
    central
        .post(
            API + "/admin/portals",
            "{\"agency\":\"MUTASI\",\"issuer\":\"portal-mutasi\",\"secret\":\"" + secret + "\"}")
        .expect(201);
    String mutasiNip = "197505052000121444";
    mutasiKey.post(API + "/employees", employees(mutasiNip, "Pegawai Mutasi")).expect(200);
    List<Api> callers =
        List.of(
            mutasiAdmin(),
            mutasiKey,
            Api.bearer(
                base,
                PortalTokens.sign(
                    secret, "portal-mutasi", mutasiNip, java.time.Instant.now(), 600)));
    JsonObject doc = Api.anonymous(base).get("/openapi?format=JSON").expect(200).json();
    List<String> leaks = new java.util.ArrayList<>();
    java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    int tried = 0;
    for (var path : doc.getJsonObject("paths").entrySet()) {
      String template = path.getKey();
      // Shared by design: the chain's walks, the catalogue, Netra's own keys and receipts.
      if (!template.contains("{")
          || template.contains("/audit/verifications/")
          || template.contains("/catalogue/")
          || template.contains("/auth/")) {
        continue;
      }
      var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
      StringBuilder url = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(url, demoValue(template, m.group(1), ids));
      }
      m.appendTail(url);
      for (String method : path.getValue().asJsonObject().keySet()) {
        String verb = method.toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
          continue;
        }
        for (Api caller : callers) {
          Api.Res r;
          try {
            r =
                caller.send(
                    verb,
                    "/netra" + url,
                    verb.equals("GET") || verb.equals("DELETE") ? null : "application/json",
                    verb.equals("GET") || verb.equals("DELETE") ? null : "{}",
                    null);
          } catch (IllegalStateException closed) {
            continue; // refused before the body was read
          }
          tried++;
          statuses.merge(r.status(), 1, Integer::sum);
          if (r.status() < 300) {
            leaks.add(verb + " " + url + " → " + r.status() + " " + r.body());
          }
        }
      }
    }
    assertTrue(tried > 60, "tried " + tried);
    // Most reached the check that the thing is DEMO's (404, as for what does not exist), not only
    // the role check (403) or the caller's own login (401, which would mean a broken token).
    assertTrue(statuses.getOrDefault(404, 0) > 40, statuses.toString());
    assertTrue(statuses.getOrDefault(401, 0) == 0, statuses.toString());
    // The listings of the other agency hold none of DEMO's probe employee.
    for (String list :
        List.of(
            "/employees", "/cases", "/gate/decisions", "/audit", "/transfers", "/admin/accounts")) {
      for (Api caller : callers) {
        Api.Res r = caller.get(API + list);
        if (r.status() < 300 && r.body().contains(ids.get("nip"))) {
          leaks.add("GET " + list + " shows DEMO's employee: " + r.body());
        }
      }
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    // Still pending after all of it: nobody of MUTASI could decide DEMO's transfer to LAIN.
    assertEquals(
        "PENDING",
        central
            .get(API + "/transfers/" + ids.get("transfer"))
            .expect(200)
            .json()
            .getString("state"));
  }
}
