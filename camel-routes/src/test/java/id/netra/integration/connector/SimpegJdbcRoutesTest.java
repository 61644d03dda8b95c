package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.config.ConfigProblem;
import id.netra.integration.config.Secrets;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code simpeg-jdbc} templates with the demo's own connector file against the demo SIMPEG
 * schema (H2 in MySQL mode), outside the server: mapping, incremental pulls, dry runs,
 * reconciliation, request answers written back through the outbox relay, and the error paths.
 */
class SimpegJdbcRoutesTest extends ConnectorRouteTest {

  static final Path DEMO = Path.of("..", "config", "demo");

  @TempDir Path folder;
  JdbcDataSource simpeg;
  FakeNetra netra;
  ConnectorRegistry registry;

  @BeforeEach
  void install() throws Exception {
    simpeg = new JdbcDataSource();
    simpeg.setURL(
        "jdbc:h2:mem:simpeg-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Connection c = simpeg.getConnection()) {
      RunScript.execute(c, Files.newBufferedReader(DEMO.resolve("simpeg/schema.sql")));
      try (Reader seed =
          new InputStreamReader(
              getClass().getResourceAsStream("/simpeg-test-seed.sql"), StandardCharsets.UTF_8)) {
        RunScript.execute(c, seed);
      }
    }
    // The demo's file as shipped, with its schedules off so that only the tests start runs.
    String demo = Files.readString(DEMO.resolve("connectors/demo-simpeg.yaml"));
    Files.writeString(
        folder.resolve("demo-simpeg.yaml"), demo.replaceAll("schedule: \\w+", "schedule: off"));
    netra = new FakeNetra();
    registry =
        new ConnectorRegistry(
            context,
            netra.ports(),
            folder,
            Secrets.ENVIRONMENT,
            name -> {
              if (!name.equals("jdbc/demo-simpeg")) {
                throw new IllegalArgumentException("No JDBC resource " + name);
              }
              return simpeg;
            },
            List.of(new SimpegJdbc()));
    List<ReloadResult> loaded = registry.reloadAll();
    assertEquals("ADDED", loaded.get(0).action(), loaded.toString());
  }

  @Test
  void pullsPersonnelMappedByTheFileThenOnlyWhatChanged() throws Exception {
    RunReport first = registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    assertEquals(RunReport.PARTIAL, first.status());
    assertEquals(4, first.count(SyncOutcome.CREATED));
    assertEquals(1, first.count(SyncOutcome.FAILED));
    RecordResult bad = failed(first).get(0);
    assertEquals("19880808 201201 1 007", bad.key());
    assertEquals("UNMAPPED_VALUE", bad.reasons().get(0).code());
    assertEquals("type", bad.reasons().get(0).field());

    var dewi = netra.employees.get("199007212015032011");
    assertEquals("Dewi Lestari", dewi.name());
    assertEquals("Dinas Kesehatan", dewi.unitName());
    assertEquals("19850312 201001 1 004", dewi.superiorNip());
    assertEquals("PPPK", netra.employees.get("199204152021012003").type());
    assertEquals("INACTIVE", netra.employees.get("197001011995031002").status());
    assertEquals("2026-01-05 08:00:03", netra.markers.get("demo-simpeg/personnel"));

    sql(
        "UPDATE pegawai SET kd_unit = 'DISDIK', tgl_update = '2026-02-01 10:00:00' WHERE id_pegawai = 2");
    RunReport second = registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    assertEquals(RunReport.SUCCEEDED, second.status());
    assertEquals("2026-01-05 08:00:03", second.markerFrom());
    assertEquals("2026-02-01 10:00:00", second.markerTo());
    assertEquals(1, second.count(SyncOutcome.UPDATED));
    assertEquals(0, second.count(SyncOutcome.CREATED) + second.count(SyncOutcome.UNCHANGED));
    assertEquals("Dinas Pendidikan", netra.employees.get("199007212015032011").unitName());
  }

  @Test
  void aDryRunReportsAndChangesNothing() {
    RunReport dry = registry.run("demo-simpeg", RunKind.RECONCILE, true);
    assertTrue(dry.dryRun());
    assertEquals(4, dry.count(SyncOutcome.CREATED));
    assertTrue(netra.employees.isEmpty());
    assertTrue(netra.markers.isEmpty());
    assertTrue(netra.dryRuns.stream().allMatch(d -> d));
  }

  @Test
  void reconciliationDeactivatesWhoIsGoneButNeverWhenRowsFailed() throws Exception {
    registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    sql("DELETE FROM pegawai WHERE id_pegawai = 1");
    RunReport refused = registry.run("demo-simpeg", RunKind.RECONCILE, false);
    assertEquals(0, refused.count(SyncOutcome.DEACTIVATED));
    assertTrue(
        refused.items().stream()
            .anyMatch(
                i -> i.reasons().stream().anyMatch(r -> r.code().equals("RECONCILE_SKIPPED"))));

    sql("UPDATE pegawai SET jenis_pegawai = 'PNS' WHERE id_pegawai = 5");
    RunReport full = registry.run("demo-simpeg", RunKind.RECONCILE, false);
    assertEquals(RunReport.SUCCEEDED, full.status(), full.items().toString());
    assertEquals(1, full.count(SyncOutcome.DEACTIVATED));
    assertEquals("INACTIVE", netra.employees.get("198503122010011004").status());
    assertEquals(1, full.count(SyncOutcome.CREATED));
  }

  @Test
  void pendingRequestsAreAnsweredAndWrittenBackThroughTheOutbox() throws Exception {
    netra.blocked.add("199007212015032011");
    context.addRoutes(new OutboxRelay(netra, registry));

    RunReport run = registry.run("demo-simpeg", RunKind.REQUESTS, false);
    assertEquals(2, run.count(SyncOutcome.DECIDED), run.items().toString());
    RecordResult badDate = failed(run).get(0);
    assertEquals("cuti:102", badDate.key());
    assertEquals("DATE_FORMAT", badDate.reasons().get(0).code());
    assertEquals("startDate", badDate.reasons().get(0).field());

    await(() -> netra.messages().stream().allMatch(m -> m.state.equals("DELIVERED")));
    assertEquals("DISETUJUI_NETRA", text("SELECT status FROM cuti WHERE id_cuti = 101"));
    assertEquals(
        "DITANGGUHKAN_NETRA", text("SELECT status FROM izin_tugas_pemilu WHERE id_izin = 201"));
    assertEquals(
        "Pakta belum ditandatangani",
        text("SELECT catatan_netra FROM izin_tugas_pemilu WHERE id_izin = 201"));
    assertEquals("DISETUJUI", text("SELECT status FROM cuti WHERE id_cuti = 103"));

    RunReport again = registry.run("demo-simpeg", RunKind.REQUESTS, false);
    assertEquals(0, again.count(SyncOutcome.DECIDED));
    assertEquals(1, again.count(SyncOutcome.FAILED));
  }

  @Test
  void aDeliveryThatFindsNoRowIsRetriedThenKeptAsADeadLetter() throws Exception {
    registry.run("demo-simpeg", RunKind.REQUESTS, false);
    sql("DELETE FROM cuti WHERE id_cuti = 101");
    context.addRoutes(new OutboxRelay(netra, registry));
    await(() -> netra.messages().stream().noneMatch(m -> m.state.matches("PENDING|IN_FLIGHT")));
    FakeNetra.Message lost =
        netra.messages().stream()
            .filter(m -> m.entry.field("sourceId").equals("101"))
            .findFirst()
            .get();
    assertEquals("DEAD", lost.state);
    assertEquals(6, lost.attempts);
    assertTrue(lost.error.contains("changed no row"), lost.error);
    assertEquals(
        "DELIVERED",
        netra.messages().stream()
            .filter(m -> m.entry.field("sourceId").equals("201"))
            .findFirst()
            .get()
            .state);
    assertEquals(1, registry.view("demo-simpeg").stats().get("deliveries").failures() / 6);
  }

  @Test
  void aBrokenSourceFailsTheRunOrTheSourceAndKeepsTheMarker() throws Exception {
    registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    sql("ALTER TABLE pegawai RENAME TO pegawai_lama");
    RunReport broken = registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    assertEquals(RunReport.FAILED, broken.status());
    assertTrue(broken.error().toLowerCase().contains("pegawai"), broken.error());
    assertEquals("2026-01-05 08:00:03", netra.markers.get("demo-simpeg/personnel"));
    assertEquals("2026-01-05 08:00:03", broken.markerTo());

    sql("ALTER TABLE cuti RENAME TO cuti_lama");
    RunReport partly = registry.run("demo-simpeg", RunKind.REQUESTS, false);
    assertEquals(RunReport.PARTIAL, partly.status());
    assertEquals(1, partly.count(SyncOutcome.DECIDED));
    assertEquals("SOURCE_FAILED", failed(partly).get(0).reasons().get(0).code());

    ConnectionCheck check = registry.test("demo-simpeg");
    assertFalse(check.ok());
    assertTrue(
        check.items().stream().anyMatch(i -> i.name().equals("requests.izin.query") && i.ok()));
    assertTrue(
        check.items().stream().anyMatch(i -> i.name().equals("requests.cuti.query") && !i.ok()));
  }

  @Test
  void anInvalidFileIsRejectedWithItsFaultsAndTheRunningVersionStays() throws Exception {
    Path file = folder.resolve("demo-simpeg.yaml");
    String good = Files.readString(file);
    Files.writeString(
        file,
        good.replace("WHERE id_cuti = :?sourceId", "WHERE id_cuti = :?sourceID")
            .replace("marker: tgl_update", "marker: tgl_update\n  markr: x"));
    ReloadResult rejected = registry.reload("demo-simpeg");
    assertEquals("REJECTED", rejected.action());
    List<String> paths = rejected.problems().stream().map(ConfigProblem::path).toList();
    assertTrue(paths.contains("requests.sources[0].approve"), paths.toString());
    assertTrue(paths.contains("requests.sources[0].hold"), paths.toString());
    assertTrue(paths.contains("personnel.markr"), paths.toString());
    ConnectorView view = registry.view("demo-simpeg");
    assertEquals("STARTED", view.state());
    assertEquals(3, view.problems().size());
    assertEquals(
        4, registry.run("demo-simpeg", RunKind.PERSONNEL, false).count(SyncOutcome.CREATED));

    Files.writeString(file, good.replace("schedule: off\n  sources", "schedule: 1h\n  sources"));
    assertEquals("RELOADED", registry.reload("demo-simpeg").action());
    assertTrue(registry.view("demo-simpeg").problems().isEmpty());
    assertTrue(
        registry.view("demo-simpeg").routes().stream()
            .anyMatch(r -> r.id().equals("demo-simpeg.requests-schedule")));
    assertEquals("UNCHANGED", registry.reload("demo-simpeg").action());
  }

  @Test
  void theConnectionTestRunsEveryQueryAndFindsEveryMappedColumn() throws Exception {
    ConnectionCheck ok = registry.test("demo-simpeg");
    assertTrue(ok.ok(), ok.toString());
    sql("ALTER TABLE pegawai RENAME COLUMN gol_ruang TO golongan");
    ConnectionCheck missing = registry.test("demo-simpeg");
    assertFalse(missing.ok());
    assertTrue(missing.toString().contains("gol_ruang"), missing.toString());
  }

  @Test
  void aSanctionIsInsertedOnceEvenWhenDeliveredAgain() throws Exception {
    context.addRoutes(new OutboxRelay(netra, registry));
    java.util.Map<String, String> sanction = new java.util.HashMap<>();
    sanction.put("nip", "199007212015032011");
    sanction.put("sanctionType", "2");
    sanction.put("tier", "R");
    sanction.put("decreeNumber", "800/5/BKPSDM/2029");
    sanction.put("decreeDate", "2029-03-04");
    sanction.put("startDate", "2029-03-05");
    sanction.put("note", "Netralitas ASN");
    long id = netra.enqueue("demo-simpeg", "SANCTION", sanction);
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals(
        "1", text("SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = '800/5/BKPSDM/2029'"));
    assertEquals(
        "04-03-2029", text("SELECT tgl_sk FROM riwayat_hukuman WHERE no_sk = '800/5/BKPSDM/2029'"));
    synchronized (netra) {
      netra.outbox.get(id).state = "PENDING"; // delivered again, as after a lost answer
    }
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals("rows=0 (already present)", netra.outbox.get(id).targetRef);
    assertEquals(
        "1", text("SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = '800/5/BKPSDM/2029'"));
  }

  /**
   * A SIMPEG with a master table of its own sanction codes: {@code sanctions.types} translates
   * Netra's type for the insert and for the comparison with what is read back; a type it has no
   * code for is refused with the reason, never written under Netra's code.
   */
  @Test
  void aSimpegsOwnSanctionCodesAreWrittenAndComparedLikeWithLike() throws Exception {
    String file = Files.readString(folder.resolve("demo-simpeg.yaml"));
    assertTrue(file.contains("sanctions:\n  dateFormat: dd-MM-yyyy\n"), "the demo file's shape");
    Files.writeString(
        folder.resolve("demo-simpeg.yaml"),
        file.replace(
            "sanctions:\n  dateFormat: dd-MM-yyyy\n",
            "sanctions:\n  dateFormat: dd-MM-yyyy\n  types: {\"2\": HD-TT, \"24\": HD-TPP}\n"));
    assertEquals("RELOADED", registry.reload("demo-simpeg").action());
    context.addRoutes(new OutboxRelay(netra, registry));
    java.util.Map<String, String> sanction = new java.util.HashMap<>();
    sanction.put("nip", "199007212015032011");
    sanction.put("sanctionType", "2");
    sanction.put("tier", "R");
    sanction.put("decreeNumber", "800/6/BKPSDM/2029");
    sanction.put("decreeDate", "2029-03-04");
    sanction.put("startDate", "2029-03-05");
    long id = netra.enqueue("demo-simpeg", "SANCTION", sanction);
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals(
        "HD-TT",
        text("SELECT jenis_hukuman FROM riwayat_hukuman WHERE no_sk = '800/6/BKPSDM/2029'"));
    assertEquals("HD-TT", registry.recordCode("demo-simpeg", "2"));
    assertEquals("23", registry.recordCode("demo-simpeg", "23"), "unmapped: as it is");
    var held = registry.held("demo-simpeg", List.of("199007212015032011"));
    assertTrue(
        held.stream().anyMatch(h -> h.sanctionType().equals("HD-TT")),
        "read back in the SIMPEG's code, compared with the translated one: " + held);

    sanction.put("sanctionType", "23");
    sanction.put("decreeNumber", "800/7/BKPSDM/2029");
    long unmapped = netra.enqueue("demo-simpeg", "SANCTION", sanction);
    await(() -> "DEAD".equals(netra.outbox.get(unmapped).state));
    assertTrue(netra.outbox.get(unmapped).error.contains("sanctions.types"));
    assertEquals(
        "0", text("SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = '800/7/BKPSDM/2029'"));
  }

  /**
   * A dismissal is the SIMPEG's termination proposal (its own statement), not a disciplinary
   * sanction; its cancellation withdraws that proposal; reconciliation knows to look elsewhere.
   */
  @Test
  void aDismissalIsWrittenAsATerminationProposalApartFromTheSanctions() throws Exception {
    context.addRoutes(new OutboxRelay(netra, registry));
    assertTrue(registry.terminationsApart("demo-simpeg"));
    java.util.Map<String, String> dismissal = new java.util.HashMap<>();
    dismissal.put("nip", "199007212015032011");
    dismissal.put("sanctionType", "PTDH-PARPOL");
    dismissal.put("tier", "B");
    dismissal.put("terminationTypeId", "8");
    dismissal.put("decreeNumber", "800/8/BKPSDM/2029");
    dismissal.put("decreeDate", "2029-03-04");
    dismissal.put("startDate", "2029-03-05");
    long id = netra.enqueue("demo-simpeg", "SANCTION", dismissal);
    await(() -> "DELIVERED".equals(netra.outbox.get(id).state));
    assertEquals(
        "8|PTDH-PARPOL|05-03-2029|DIUSULKAN",
        text(
            "SELECT jenis_pemberhentian || '|' || alasan || '|' || tmt_berhenti || '|' ||"
                + " status_usul FROM usul_pemberhentian WHERE no_sk = '800/8/BKPSDM/2029'"));
    assertEquals(
        "0", text("SELECT COUNT(*) FROM riwayat_hukuman WHERE no_sk = '800/8/BKPSDM/2029'"));

    dismissal.put("cancellationNumber", "800/9/BKPSDM/2029");
    dismissal.put("cancellationDate", "2029-04-01");
    long cancel = netra.enqueue("demo-simpeg", "SANCTION", dismissal);
    await(() -> "DELIVERED".equals(netra.outbox.get(cancel).state));
    assertEquals(
        "BATAL|800/9/BKPSDM/2029",
        text(
            "SELECT status_usul || '|' || no_sk_batal FROM usul_pemberhentian"
                + " WHERE no_sk = '800/8/BKPSDM/2029'"));
  }

  /**
   * A statement that runs longer than the file's {@code statementTimeout} is cancelled by the
   * database: the run fails with the reason instead of holding the connector (and a connection).
   */
  @Test
  void aStatementOverItsTimeoutIsCancelledAndTheRunFailsWithTheReason() throws Exception {
    sql("CREATE ALIAS NAP FOR \"" + SlowSimpeg.class.getName() + ".nap\"");
    String file = Files.readString(folder.resolve("demo-simpeg.yaml"));
    Files.writeString(
        folder.resolve("demo-simpeg.yaml"),
        file.replace(
                "dataSource: jdbc/demo-simpeg\n",
                "dataSource: jdbc/demo-simpeg\nstatementTimeout: 1s\n")
            .replace(
                "FROM pegawai p LEFT JOIN unit_kerja u ON u.kd_unit = p.kd_unit\n     ORDER BY",
                "FROM pegawai p LEFT JOIN unit_kerja u ON u.kd_unit = p.kd_unit\n     WHERE (SELECT SUM(\"X\") FROM SYSTEM_RANGE(1, 400000000)) > 0\n     ORDER BY"));
    assertEquals("RELOADED", registry.reload("demo-simpeg").action());
    long started = System.nanoTime();
    RunReport run = registry.run("demo-simpeg", RunKind.PERSONNEL, false);
    assertEquals(RunReport.FAILED, run.status(), run.toString());
    assertTrue(
        run.toString().toLowerCase(java.util.Locale.ROOT).contains("cancel")
            || run.toString().toLowerCase(java.util.Locale.ROOT).contains("timeout")
            || run.toString().toLowerCase(java.util.Locale.ROOT).contains("timed out"),
        run.toString());
    assertTrue(netra.employees.isEmpty(), "nothing half-read was kept");
    assertTrue(
        java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30,
        "cancelled, not waited out");
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = simpeg.getConnection();
        var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private String text(String query) throws SQLException {
    try (Connection c = simpeg.getConnection();
        var s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
