package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.config.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's worked example, as shipped: a SIMPEG schema the demo does not have (numeric
 * codes, NIPs with dots, yyyymmdd dates, a Unix-time change marker) connected by its one file.
 */
class WorkedExampleTest extends ConnectorRouteTest {

  static final Path EXAMPLES = Path.of("..", "config", "connectors", "examples");

  @TempDir Path folder;

  @Test
  void theExampleFileConnectsTheExampleSchemaWithNoCode() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:kab-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Connection c = db.getConnection()) {
      RunScript.execute(c, Files.newBufferedReader(EXAMPLES.resolve("simpeg-kabupaten.sql")));
    }
    Files.writeString(
        folder.resolve("simpeg-kabupaten.yaml"),
        Files.readString(EXAMPLES.resolve("simpeg-kabupaten.yaml"))
            .replaceAll("schedule: \\w+", "schedule: off"));
    FakeNetra netra = new FakeNetra();
    ConnectorRegistry registry =
        new ConnectorRegistry(
            context,
            netra.ports(),
            folder,
            Secrets.ENVIRONMENT,
            name -> {
              assertEquals("jdbc/simpeg-kabupaten", name);
              return db;
            },
            List.of(new SimpegJdbc()));
    assertEquals("ADDED", registry.reloadAll().get(0).action());
    assertTrue(
        registry.test("simpeg-kabupaten").ok(), registry.test("simpeg-kabupaten").toString());

    RunReport pull = registry.run("simpeg-kabupaten", RunKind.PERSONNEL, false);
    assertEquals(RunReport.SUCCEEDED, pull.status(), pull.toString());
    assertEquals(4, pull.count(SyncOutcome.CREATED));
    assertEquals("dr. Sri Handayani M.Kes.", netra.employees.get("197504102000032002").name());
    assertEquals("PPPK", netra.employees.get("199409202022032007").type());
    assertEquals("INACTIVE", netra.employees.get("196803031990031004").status());
    assertEquals("Dinas Kesehatan", netra.employees.get("198706152011011003").unitName());
    assertEquals("1767600003", pull.markerTo());

    sql(
        db,
        "UPDATE tbl_pegawai SET golru = 'III/d', last_modified = 1767700000 WHERE pegawai_id = 101");
    RunReport changed = registry.run("simpeg-kabupaten", RunKind.PERSONNEL, false);
    assertEquals(1, changed.count(SyncOutcome.UPDATED), changed.toString());
    assertEquals(0, changed.count(SyncOutcome.UNCHANGED), "only what changed is read");

    netra.blocked.add("199409202022032007");
    context.addRoutes(new OutboxRelay(netra, registry));
    RunReport requests = registry.run("simpeg-kabupaten", RunKind.REQUESTS, false);
    assertEquals(2, requests.count(SyncOutcome.DECIDED), requests.toString());
    Instant until = Instant.now().plusSeconds(20);
    while (!"1"
            .equals(
                text(
                    db,
                    "SELECT status_approval FROM tbl_permohonan_cuti WHERE id_permohonan = 'CT/2029/0001'"))
        || !"9"
            .equals(
                text(
                    db,
                    "SELECT status_approval FROM tbl_permohonan_cuti WHERE id_permohonan = 'CT/2029/0002'"))) {
      assertTrue(Instant.now().isBefore(until), "written back within 20 s");
      Thread.sleep(100);
    }
    assertEquals(
        "Pakta belum ditandatangani",
        text(
            db,
            "SELECT alasan_ditunda FROM tbl_permohonan_cuti WHERE id_permohonan = 'CT/2029/0002'"));
  }

  private static void sql(JdbcDataSource db, String statement) throws Exception {
    try (Connection c = db.getConnection();
        var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static String text(JdbcDataSource db, String query) throws Exception {
    try (Connection c = db.getConnection();
        var s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
