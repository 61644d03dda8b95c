package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.PersonnelRecord;
import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SanctionFields;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.config.Secrets;
import id.netra.integration.port.CasePort;
import id.netra.integration.siasn.SiasnSimulator;
import id.netra.integration.siasn.SiasnSimulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code siasn-rest} templates against the SIASN simulator, outside the server: the two tokens,
 * the refresh from data-utama, every injected failure, and sanctions written exactly once through
 * hukdis/save.
 */
class SiasnRestRoutesTest extends ConnectorRouteTest {

  static final String ANI = "198503122010012004";
  static final String BUDI = "197911052005011003";
  static final String CITRA = "199208172019032015";
  static final String DODI = "198001012006041001";

  @TempDir Path folder;
  SiasnSimulator siasn;
  FakeNetra netra;
  ConnectorRegistry registry;

  @BeforeEach
  void install() throws Exception {
    siasn = new SiasnSimulator();
    siasn.slowness(Duration.ofSeconds(3));
    siasn.addPns(
        ANI,
        Map.of(
            "nama", "Ani Rahmawati",
            "golRuangAkhir", "III/c",
            "unorId", "8ae48286-UNOR-DINKES",
            "unorNama", "Dinas Kesehatan",
            "jenisJabatan", "Jabatan Fungsional Tertentu"));
    siasn.addPns(BUDI, Map.of("nama", "Budi Santoso", "kedudukanPnsId", "99"));
    siasn.addPns(CITRA, Map.of("nama", "Citra Dewi"));
    netra = new FakeNetra();
    netra.employees.put(ANI, person(ANI, "Ani", "198001012006041001"));
    netra.employees.put(BUDI, person(BUDI, "Budi Santoso", null));
    netra.employees.put(CITRA, person(CITRA, "Citra Dewi", null));
    netra.employees.put(DODI, person(DODI, "Dodi", null));
    Files.writeString(folder.resolve("siasn.yaml"), file("2"));
    Secrets secrets =
        (source, name) ->
            source.equals("alias") && name.equals("siasn-client-secret")
                ? Optional.of(SiasnSimulator.CLIENT_SECRET)
                : source.equals("env") && name.equals("SIASN_PASSWORD")
                    ? Optional.of(SiasnSimulator.PASSWORD)
                    : Optional.empty();
    registry =
        new ConnectorRegistry(
            context,
            netra.ports(),
            folder,
            secrets,
            name -> {
              throw new IllegalArgumentException("no data sources here");
            },
            List.of(new SimpegJdbc(), new SiasnRest()));
    List<ReloadResult> loaded = registry.reloadAll();
    assertEquals("ADDED", loaded.get(0).action(), loaded.toString());
  }

  @AfterEach
  void stopSimulator() {
    siasn.close();
  }

  private String file(String maxAttempts) {
    return """
        id: siasn
        kind: siasn-rest
        agency: DEMO
        api:
          baseUrl: %s
          connectTimeout: 2s
          readTimeout: 1s
        tokens:
          gateway:
            url: %s
            clientId: %s
            clientSecret: ${alias:siasn-client-secret}
          sso:
            url: %s
            clientId: %s
            username: "%s"
            password: ${env:SIASN_PASSWORD}
        personnel:
          schedule: off
        delivery:
          maxAttempts: %s
          backoff: 1s
        """
        .formatted(
            siasn.baseUrl(),
            siasn.gatewayTokenUrl(),
            SiasnSimulator.CLIENT_ID,
            siasn.ssoTokenUrl(),
            SiasnSimulator.SSO_CLIENT,
            SiasnSimulator.USERNAME,
            maxAttempts);
  }

  private static PersonnelRecord person(String nip, String name, String superior) {
    return new PersonnelRecord(
        nip, "PNS", name, "OLD", "Unit lama", superior, "III/a", null, "ACTIVE");
  }

  // ---- personnel

  @Test
  void refreshMapsDataUtamaAndKeepsWhatSiasnDoesNotSay() {
    RunReport report = registry.run("siasn", RunKind.PERSONNEL, false);
    assertEquals(RunReport.PARTIAL, report.status(), report.toString());
    assertEquals(3, report.count(SyncOutcome.UPDATED), report.toString());
    assertEquals(1, report.count(SyncOutcome.FAILED));
    RecordResult dodi = failed(report).get(0);
    assertEquals(DODI, dodi.key());
    assertEquals("NOT_IN_SIASN", dodi.reasons().get(0).code());

    PersonnelRecord ani = netra.employees.get(ANI);
    assertEquals("Ani Rahmawati", ani.name());
    assertEquals("III/c", ani.golongan());
    assertEquals("Dinas Kesehatan", ani.unitName());
    assertEquals("198001012006041001", ani.superiorNip(), "SIASN does not say: kept");
    assertEquals(36, ani.siasnId().length(), "pnsOrangId stored");
    assertEquals("INACTIVE", netra.employees.get(BUDI).status(), "kedudukan 99 (pensiun)");
    assertEquals(2, siasn.tokensIssued(), "one gateway and one SSO token for the whole run");
  }

  @Test
  void anInstansiMapSendsMovedEmployeesToTheirAgencyAndReportsUnknownInstansi() throws Exception {
    String other = "B7C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5";
    Files.writeString(
        folder.resolve("siasn.yaml"),
        file("2")
            .replace(
                "  schedule: off\n",
                "  schedule: off\n  agencies:\n    "
                    + SiasnSimulator.INSTANSI_ID
                    + ": DEMO\n    "
                    + other
                    + ": KOTA\n"));
    assertEquals("RELOADED", registry.reload("siasn").action());
    siasn.update(CITRA, Map.of("instansiKerjaId", other, "instansiKerjaNama", "Pemkot"));
    siasn.update(BUDI, Map.of("instansiKerjaId", "FFFF", "instansiKerjaNama", "Pemkab Jauh"));

    RunReport report = registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI, BUDI, CITRA));

    assertEquals(RunReport.PARTIAL, report.status(), report.toString());
    assertNull(netra.employees.get(ANI).agency(), "SIASN has Ani at DEMO's own instansi");
    assertEquals("KOTA", netra.employees.get(CITRA).agency(), "moved to the mapped agency");
    RecordResult budi = failed(report).get(0);
    assertEquals(BUDI, budi.key());
    assertEquals("SIASN_INSTANSI_UNMAPPED", budi.reasons().get(0).code());
    assertTrue(budi.reasons().get(0).messageEn().contains("Pemkab Jauh (FFFF)"), budi.toString());
    assertEquals("ACTIVE", netra.employees.get(BUDI).status(), "an unmapped instansi: unchanged");
  }

  @Test
  void anAgencyMapWithAnInvalidCodeIsRejected() throws Exception {
    Files.writeString(
        folder.resolve("siasn.yaml"),
        file("2").replace("  schedule: off\n", "  schedule: off\n  agencies:\n    X: \"A B\"\n"));
    ReloadResult r = registry.reload("siasn");
    assertEquals("REJECTED", r.action());
    assertEquals("personnel.agencies", r.problems().get(0).path(), r.toString());
  }

  @Test
  void aRunCanBeLimitedToSomeEmployees() {
    java.time.Instant at = java.time.Instant.parse("2029-01-02T03:04:05Z");
    netra.clock.at = at; // the run is stamped by Netra's clock, not the machine's
    RunReport report = registry.run("siasn", RunKind.PERSONNEL, true, List.of(ANI));
    assertEquals(at, report.startedAt());
    assertEquals(at, report.finishedAt());
    assertEquals(RunReport.SUCCEEDED, report.status());
    assertEquals(1, report.count(SyncOutcome.UPDATED));
    assertEquals("Ani", netra.employees.get(ANI).name(), "a dry run changes nothing");
    assertEquals(1, siasn.calls("GET pns/data-utama/"));
  }

  @Test
  void anExpiredTokenIsRenewedAndTheCallMadeOnceMore() {
    registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI));
    siasn.expireTokens();
    RunReport again = registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI));
    assertEquals(RunReport.SUCCEEDED, again.status(), again.toString());
    assertEquals(4, siasn.tokensIssued());

    // SIASN keeps refusing: renewed once, then the record fails with SIASN's words.
    siasn.inject("pns/data-utama/" + ANI, Fault.EXPIRED_TOKEN, 2);
    RunReport refused = registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI));
    assertEquals(RunReport.PARTIAL, refused.status());
    assertTrue(
        failed(refused).get(0).reasons().get(0).messageEn().contains("invalid or expired jwt"),
        refused.toString());
    assertEquals(6, siasn.tokensIssued(), "renewed exactly once");
  }

  @Test
  void serverErrorsTimeoutsAndMalformedAnswersFailTheRecordNotTheRun() {
    siasn.inject("pns/data-utama/" + ANI, Fault.HTTP_500, 1);
    siasn.inject("pns/data-utama/" + BUDI, Fault.MALFORMED, 1);
    siasn.inject("pns/data-utama/" + CITRA, Fault.TIMEOUT, 1);
    RunReport report = registry.run("siasn", RunKind.PERSONNEL, false);
    assertEquals(RunReport.PARTIAL, report.status());
    Map<String, String> why = new HashMap<>();
    failed(report).forEach(r -> why.put(r.key(), r.reasons().get(0).messageEn()));
    assertTrue(why.get(ANI).contains("HTTP 500"), why.toString());
    assertTrue(why.get(BUDI).contains("not a JSON object"), why.toString());
    assertTrue(why.get(CITRA).toLowerCase().contains("timed out"), why.toString());
    assertEquals("Ani", netra.employees.get(ANI).name(), "a failed record changes nothing");

    RunReport next = registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI, BUDI, CITRA));
    assertEquals(RunReport.SUCCEEDED, next.status(), next.toString());
    assertEquals("Ani Rahmawati", netra.employees.get(ANI).name());
  }

  @Test
  void wrongCredentialsFailTheWholeRunAndTheConnectionTestSaysWhy() throws Exception {
    Files.writeString(
        folder.resolve("siasn.yaml"),
        file("2").replace("${env:SIASN_PASSWORD}", "not-the-password"));
    assertEquals("RELOADED", registry.reload("siasn").action());
    RunReport report = registry.run("siasn", RunKind.PERSONNEL, false);
    assertEquals(RunReport.FAILED, report.status());
    assertTrue(report.error().contains("tokens could not be obtained"), report.error());
    assertEquals("Ani", netra.employees.get(ANI).name());
    ConnectionCheck check = registry.test("siasn");
    assertFalse(check.ok());
    assertTrue(check.items().get(0).message().contains("invalid_grant"), check.toString());
  }

  @Test
  void anInvalidFileIsRejectedWithItsPathsAndTheOldOneKeepsRunning() throws Exception {
    Files.writeString(
        folder.resolve("siasn.yaml"),
        file("2")
            .replaceAll("(?s)  sso:.*?password: \\$\\{env:SIASN_PASSWORD}\n", "")
            .replace(siasn.baseUrl(), "ftp://example/"));
    ReloadResult r = registry.reload("siasn");
    assertEquals("REJECTED", r.action());
    List<String> paths = r.problems().stream().map(p -> p.path()).toList();
    assertTrue(paths.contains("tokens.sso"), paths.toString());
    assertTrue(paths.contains("api.baseUrl"), paths.toString());
    assertEquals("STARTED", registry.view("siasn").state());
    assertEquals(
        RunReport.SUCCEEDED,
        registry.run("siasn", RunKind.PERSONNEL, false, List.of(ANI)).status());
  }

  // ---- sanctions

  private Map<String, String> sanction(String decree) {
    Map<String, String> s = new HashMap<>();
    s.put(SanctionFields.SANCTION_ID, "41");
    s.put(SanctionFields.NIP, "19850312 201001 2 004");
    s.put(SanctionFields.SANCTION_TYPE, "2");
    s.put(SanctionFields.TIER, "R");
    s.put(SanctionFields.REASON_ID, "a1b2c3d4-0000-4000-8000-000000000001");
    s.put(SanctionFields.DECREE_NUMBER, decree);
    s.put(SanctionFields.DECREE_DATE, "2029-03-04");
    s.put(SanctionFields.START_DATE, "2029-03-05");
    s.put(SanctionFields.NOTE, "Netralitas ASN: mendukung calon di media sosial");
    s.put(SanctionFields.GOLONGAN_LAMA, "III/c");
    return s;
  }

  /**
   * The history is read as SIASN answers it (jenisHukuman as an id or as an object, never the save
   * body's jenisHukumanId): a save whose answer was lost is found there, not written twice.
   */
  @ParameterizedTest
  @EnumSource(SiasnSimulator.Spelling.class)
  void aSanctionWhoseAnswerWasLostIsNotWrittenTwice(SiasnSimulator.Spelling spelling)
      throws Exception {
    siasn.spelling(spelling);
    context.addRoutes(new OutboxRelay(netra, registry));
    siasn.inject("hukdis/save", Fault.LOST_RESPONSE, 1);
    long id = netra.enqueue("siasn", OutboxEntry.SANCTION, sanction("800/12/BKPSDM/2029"));
    await(() -> netra.outbox.get(id).state.equals("DELIVERED"));
    FakeNetra.Message m = netra.outbox.get(id);
    assertEquals(2, m.attempts, "the first attempt lost its answer");
    assertTrue(m.targetRef.endsWith("(already in SIASN)"), m.targetRef);
    assertEquals(1, siasn.hukdisCount(), "written once");
    Map<String, Object> h = siasn.hukdisOf(ANI).get(0);
    assertEquals("04-03-2029", h.get("skTanggal"));
    assertEquals("05-03-2029", h.get("hukumanTanggal"));
    assertEquals("94/2021", h.get("nomorPp"));
    assertEquals("R", h.get("jenisTingkatHukumanId"));
    assertEquals("2", h.get("jenisHukumanId"));
    assertNull(h.get("akhirHukumanTanggal"));
    assertEquals("33", h.get("golonganLama"), "SIASN's id of III/c, not the rank's name");
    assertEquals("33", h.get("golonganId"));
    assertTrue(m.targetRef.contains((String) h.get("id")));

    // Reconciliation reads the same history and sees the sanction's type.
    var held = registry.held("siasn", List.of(ANI));
    assertEquals(1, held.size(), held.toString());
    assertEquals("2", held.get(0).sanctionType());
    assertEquals("800/12/BKPSDM/2029", held.get(0).decreeNumber());
    assertEquals(java.time.LocalDate.of(2029, 3, 5), held.get(0).startDate());
  }

  @ParameterizedTest
  @EnumSource(SiasnSimulator.Spelling.class)
  void aDeadLetterIsDeliveredOnceSiasnIsBackAndACancellationUpdatesTheRecord(
      SiasnSimulator.Spelling spelling) throws Exception {
    siasn.spelling(spelling);
    context.addRoutes(new OutboxRelay(netra, registry));
    siasn.inject("hukdis/save", Fault.HTTP_500, 100);
    long id = netra.enqueue("siasn", OutboxEntry.SANCTION, sanction("800/13/BKPSDM/2029"));
    await(() -> netra.outbox.get(id).state.equals("DEAD"));
    assertTrue(netra.outbox.get(id).error.contains("HTTP 500"), netra.outbox.get(id).error);
    assertEquals(0, siasn.hukdisCount());

    siasn.clearFaults();
    long savesBefore = siasn.calls("POST hukdis/save");
    synchronized (netra) {
      netra.outbox.get(id).state = "PENDING"; // an administrator's retry
    }
    await(() -> netra.outbox.get(id).state.equals("DELIVERED"));
    assertEquals(1, siasn.hukdisCount());

    Map<String, String> cancel = sanction("800/13/BKPSDM/2029");
    cancel.put(SanctionFields.CANCELLATION_NUMBER, "800/20/BKPSDM/2029");
    cancel.put(SanctionFields.CANCELLATION_DATE, "2029-05-06");
    long c1 = netra.enqueue("siasn", OutboxEntry.SANCTION, cancel);
    await(() -> netra.outbox.get(c1).state.equals("DELIVERED"));
    long c2 = netra.enqueue("siasn", OutboxEntry.SANCTION, cancel);
    await(() -> netra.outbox.get(c2).state.equals("DELIVERED"));
    assertEquals(1, siasn.hukdisCount(), "the cancellation updates, never adds");
    Map<String, Object> h = siasn.hukdisOf(ANI).get(0);
    assertEquals("800/20/BKPSDM/2029", h.get("skPembatalanNomor"));
    assertEquals("06-05-2029", h.get("skPembatalanTanggal"));
    assertTrue(netra.outbox.get(c2).targetRef.endsWith("(already in SIASN)"));
    assertEquals(
        savesBefore + 2,
        siasn.calls("POST hukdis/save"),
        "one save for the sanction, one for the cancellation, none for the repeated cancellation");
  }

  /**
   * The decree's PDF follows the save with upload-dok-rw for the record SIASN made; an upload whose
   * answer was lost is sent again without a second save, and a decree uploaded later (a
   * DECREE_DOCUMENT message) goes to the record already there.
   */
  @Test
  void theDecreeFollowsTheSanctionWithUploadDokRwAndALostAnswerSavesNothingTwice()
      throws Exception {
    context.addRoutes(new OutboxRelay(netra, registry));
    byte[] pdf =
        "%PDF-1.7\n% SK 800/15\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    netra.documents.put(
        7L, new CasePort.CaseFile("SK 800-15.pdf", "application/pdf", "abc123", pdf));
    Map<String, String> s = sanction("800/15/BKPSDM/2029");
    s.put(SanctionFields.DOCUMENT_ID, "7");
    s.put(SanctionFields.DOCUMENT_SHA256, "abc123");
    siasn.inject("upload-dok-rw", Fault.LOST_RESPONSE, 1);
    long id = netra.enqueue("siasn", OutboxEntry.SANCTION, s);
    await(() -> netra.outbox.get(id).state.equals("DELIVERED"));
    assertEquals(1, siasn.hukdisCount(), "saved once");
    assertEquals(1, siasn.calls("POST hukdis/save"));
    assertEquals(2, siasn.calls("POST upload-dok-rw"), "the lost upload was made again");
    String record = (String) siasn.hukdisOf(ANI).get(0).get("id");
    SiasnSimulator.DokumenFile kept = siasn.documentOf(record);
    assertNotNull(kept, "SIASN holds the decree for the record");
    assertEquals("SK 800-15.pdf", kept.fileName());
    assertArrayEquals(pdf, kept.content());
    assertTrue(
        netra.outbox.get(id).targetRef.contains("decree uploaded"), netra.outbox.get(id).targetRef);

    // A corrected scan uploaded in Netra later replaces SIASN's file; nothing is saved again.
    byte[] later =
        "%PDF-1.7\n% SK 800/15 (scan)\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    netra.documents.put(
        8L, new CasePort.CaseFile("sk-scan.pdf", "application/pdf", "def456", later));
    Map<String, String> d = sanction("800/15/BKPSDM/2029");
    d.put(SanctionFields.DOCUMENT_ID, "8");
    d.put(SanctionFields.DOCUMENT_SHA256, "def456");
    long doc = netra.enqueue("siasn", OutboxEntry.DECREE_DOCUMENT, d);
    await(() -> netra.outbox.get(doc).state.equals("DELIVERED"));
    assertEquals(1, siasn.calls("POST hukdis/save"), "a document alone never saves");
    assertArrayEquals(later, siasn.documentOf(record).content());

    // A document whose file is not the one named, or for a sanction SIASN lacks, is a dead letter.
    Map<String, String> wrong = sanction("800/15/BKPSDM/2029");
    wrong.put(SanctionFields.DOCUMENT_ID, "8");
    wrong.put(SanctionFields.DOCUMENT_SHA256, "0000");
    long bad = netra.enqueue("siasn", OutboxEntry.DECREE_DOCUMENT, wrong);
    Map<String, String> missing = sanction("800/99/BKPSDM/2029");
    missing.put(SanctionFields.DOCUMENT_ID, "8");
    long none = netra.enqueue("siasn", OutboxEntry.DECREE_DOCUMENT, missing);
    await(
        () ->
            netra.outbox.get(bad).state.equals("DEAD")
                && netra.outbox.get(none).state.equals("DEAD"));
    assertTrue(netra.outbox.get(bad).error.contains("not the file"), netra.outbox.get(bad).error);
    assertTrue(
        netra.outbox.get(none).error.contains("not in the SIASN history"),
        netra.outbox.get(none).error);
    assertEquals(1, siasn.hukdisCount());
  }

  @Test
  void aSanctionForSomeoneSiasnDoesNotKnowIsADeadLetterWithTheReason() throws Exception {
    context.addRoutes(new OutboxRelay(netra, registry));
    Map<String, String> s = sanction("800/14/BKPSDM/2029");
    s.put(SanctionFields.NIP, DODI);
    long id = netra.enqueue("siasn", OutboxEntry.SANCTION, s);
    await(() -> netra.outbox.get(id).state.equals("DEAD"));
    assertTrue(netra.outbox.get(id).error.contains("is not in SIASN"), netra.outbox.get(id).error);
    assertEquals(0, siasn.hukdisCount());
  }

  // ---- helpers

}
