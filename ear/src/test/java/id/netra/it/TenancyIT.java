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
}
