package id.netra.integration.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.integration.canonical.CaseReport;
import id.netra.integration.canonical.RunKind;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.canonical.SyncOutcome;
import id.netra.integration.config.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code file} templates on a real folder: a semicolon CSV in windows-1252 and an Excel
 * workbook are read as runs and answered with reply files; decisions are written as files of their
 * own; a dry-run file changes nothing; a file without the mapped columns is quarantined with a
 * report; a complete personnel list deactivates who is missing.
 */
class FileRoutesTest extends ConnectorRouteTest {

  @TempDir Path connectors;
  @TempDir Path exchange;
  FakeNetra netra;
  ConnectorRegistry registry;

  @BeforeEach
  void install() throws Exception {
    Files.writeString(connectors.resolve("hr-files.yaml"), file(false));
    netra = new FakeNetra();
    registry =
        new ConnectorRegistry(
            context,
            netra.ports(),
            connectors,
            Secrets.ENVIRONMENT,
            name -> {
              throw new IllegalArgumentException("no data sources here");
            },
            List.of(new SimpegJdbc(), new SiasnRest(), new Webhook(), new FileKind()));
    assertEquals("ADDED", registry.reloadAll().get(0).action(), registry.views().toString());
    context.addRoutes(new OutboxRelay(netra, registry));
  }

  private String file(boolean complete) {
    return """
        id: hr-files
        kind: file
        agency: DEMO
        folder: %s
        poll: 200ms
        encoding: windows-1252
        personnel:
          files: "pegawai*"
          complete: %s
          fields:
            nip: NIP
            type: {column: JENIS, values: {PNS: PNS, P3K: PPPK}}
            name: NAMA
            unitName: UNIT
            status: {column: AKTIF, values: {Y: ACTIVE, T: INACTIVE}, default: ACTIVE}
        requests:
          files: "permohonan*"
          source: berkas
          sheet: Permohonan
          fields:
            id: NOMOR
            nip: NIP
            kind: {column: JENIS, values: {CUTI: LEAVE, TUGAS: ELECTION_DUTY}}
            leaveType: {column: JENIS_CUTI, values: {CT: TAHUNAN, CLTN: CLTN}}
            dutyBody: BADAN
            startDate: {column: MULAI, format: dd/MM/yyyy}
            endDate: {column: SELESAI, format: dd/MM/yyyy}
        cases:
          files: "rekap-bawaslu*"
          sheet: Temuan
          fields:
            reference: NO_TEMUAN
            nip: NIP
            violation: {column: PELANGGARAN, values: {KAMPANYE: PP94-5N-1, MEDSOS: SKB-03}}
            reporter: {value: Bawaslu Kabupaten Demo}
            eventDate: {column: TANGGAL, format: dd/MM/yyyy}
            evidence: BUKTI
            description: URAIAN
        """
        .formatted(exchange, complete);
  }

  static final String PEGAWAI =
      "NIP;JENIS;NAMA;UNIT;AKTIF\r\n"
          + "19850312 201001 2 004;PNS;Ani Rahmawati;Dinas Kesehatan;Y\r\n"
          + "199303052022012014;P3K;Fitri Séptiani;Dinas Kesehatan;Y\r\n"
          + "197911052005011003;PNS;Budi Santoso;Sekretariat;T\r\n"
          + "198001012006041001;HONORER;Dodi;Sekretariat;Y\r\n";

  @Test
  void aPersonnelExportIsReadAndAnsweredWithAReplyFile() throws Exception {
    drop("pegawai-20290105.csv", PEGAWAI.getBytes(Charset.forName("windows-1252")));
    Path reply = exchange.resolve("out/pegawai-20290105.result.csv");
    await(() -> Files.exists(reply));
    assertEquals("Fitri Séptiani", netra.employees.get("199303052022012014").name());
    assertEquals("PPPK", netra.employees.get("199303052022012014").type());
    assertEquals("INACTIVE", netra.employees.get("197911052005011003").status());
    List<String> lines = Files.readAllLines(reply, StandardCharsets.UTF_8);
    assertEquals("\uFEFFbaris,kunci,hasil,catatan,kode,keterangan", lines.get(0));
    assertTrue(lines.get(1).startsWith("2,198503122010012004,CREATED"), lines.toString());
    assertTrue(
        lines.get(4).startsWith("5,198001012006041001,FAILED,,UNMAPPED_VALUE"), lines.toString());
    await(() -> list("done").size() == 1);
    assertTrue(list("in").isEmpty());

    RunReport report = netra.reports.get(0);
    assertEquals(RunKind.PERSONNEL, report.kind());
    assertEquals(RunReport.PARTIAL, report.status());
    assertEquals(3, report.count(SyncOutcome.CREATED));
  }

  @Test
  void anExcelBatchOfRequestsIsDecidedAndEachDecisionWrittenAsAFile() throws Exception {
    netra.blocked.add("198503122010012004");
    LocalDate start = LocalDate.of(2029, 2, 10);
    long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), start);
    byte[] xlsx =
        xlsx(
            "Permohonan",
            List.of(
                List.of("NOMOR", "NIP", "JENIS", "JENIS_CUTI", "BADAN", "MULAI", "SELESAI"),
                List.of("C-1", "19850312 201001 2 004", "TUGAS", "", "KPPS", serial, "12/02/2029"),
                List.of("C-2", "197911052005011003", "CUTI", "CT", "", "01/03/2029", "05/03/2029"),
                List.of(
                    "C-3", "197911052005011003", "CUTI", "CT", "", "31/02/2029", "05/03/2029")));
    drop("permohonan-1.xlsx", xlsx);
    Path reply = exchange.resolve("out/permohonan-1.result.csv");
    await(() -> Files.exists(reply));
    String text = Files.readString(reply);
    assertTrue(text.contains("berkas:C-1,DECIDED,BLOCK"), text);
    assertTrue(text.contains("berkas:C-2,DECIDED,ALLOW"), text);
    assertTrue(text.contains("DATE_FORMAT"), text);

    // The relay writes each decision as a file named by its idempotency key.
    await(() -> list("out").stream().filter(n -> n.startsWith("decision-")).count() == 2);
    String decision =
        Files.readString(
            exchange.resolve(
                "out/"
                    + list("out").stream()
                        .filter(n -> n.startsWith("decision-"))
                        .sorted()
                        .findFirst()
                        .orElseThrow()));
    assertTrue(decision.contains("BLOCK") || decision.contains("ALLOW"), decision);
    assertTrue(decision.contains("idempotencyKey"), decision);
    await(() -> netra.messages().stream().allMatch(m -> m.state.equals("DELIVERED")));
  }

  @Test
  void aDryRunFileChangesNothing() throws Exception {
    drop("dry-run-pegawai-x.csv", PEGAWAI.getBytes(Charset.forName("windows-1252")));
    await(() -> Files.exists(exchange.resolve("out/dry-run-pegawai-x.result.csv")));
    assertTrue(netra.employees.isEmpty());
    assertTrue(netra.reports.get(0).dryRun());
  }

  @Test
  void aFileWithoutTheMappedColumnsIsQuarantinedWithAReport() throws Exception {
    drop(
        "pegawai-rusak.csv",
        "NIP,NAMA\r\n198503122010012004,Ani\r\n".getBytes(StandardCharsets.UTF_8));
    await(() -> list("error").size() == 2);
    String report =
        Files.readString(
            exchange.resolve(
                "error/"
                    + list("error").stream()
                        .filter(n -> n.endsWith(".error.txt"))
                        .findFirst()
                        .orElseThrow()));
    assertTrue(report.contains("Columns missing from the header: [JENIS, UNIT, AKTIF]"), report);
    assertTrue(report.contains("tidak dapat dibaca"), report);
    assertTrue(netra.employees.isEmpty());
    await(() -> !netra.reports.isEmpty());
    assertEquals(RunReport.FAILED, netra.reports.get(0).status());
  }

  @Test
  void aCompleteListDeactivatesWhoIsMissing() throws Exception {
    Files.writeString(connectors.resolve("hr-files.yaml"), file(true));
    assertEquals("RELOADED", registry.reload("hr-files").action());
    netra.employees.put(
        "196505051990031001",
        new id.netra.integration.canonical.PersonnelRecord(
            "196505051990031001", "PNS", "Pensiunan", null, null, null, null, null, "ACTIVE"));
    String valid = PEGAWAI.lines().limit(4).reduce("", (a, b) -> a + b + "\r\n");
    drop("pegawai-lengkap.csv", valid.getBytes(Charset.forName("windows-1252")));
    await(() -> !netra.reports.isEmpty());
    RunReport report = netra.reports.get(0);
    assertEquals(RunKind.RECONCILE, report.kind());
    assertEquals(1, report.count(SyncOutcome.DEACTIVATED), report.toString());
    assertEquals("INACTIVE", netra.employees.get("196505051990031001").status());
  }

  @Test
  void aBawasluRecapRegistersEachFindingOnceAndRefusesAnUnknownViolation() throws Exception {
    List<List<Object>> rows =
        List.of(
            List.of("NO_TEMUAN", "NIP", "PELANGGARAN", "TANGGAL", "BUKTI", "URAIAN"),
            List.of(
                "TM/07/2029",
                "19850312 201001 2 004",
                "KAMPANYE",
                "03/01/2029",
                "foto-1.jpg; video-2.mp4",
                "Hadir di kampanye terbuka"),
            List.of("TM/08/2029", "197911052005011003", "MEDSOS", "04/01/2029", "", "Unggahan"),
            List.of("TM/09/2029", "197911052005011003", "LAINNYA", "04/01/2029", "", "?"),
            List.of("TM/10/2029", "197911052005011003", "MEDSOS", "", "", "tanpa tanggal"));
    drop("rekap-bawaslu-2029-01.xlsx", xlsx("Temuan", rows));
    Path reply = exchange.resolve("out/rekap-bawaslu-2029-01.result.csv");
    await(() -> Files.exists(reply));
    List<String> lines = Files.readAllLines(reply, StandardCharsets.UTF_8);
    assertTrue(lines.get(1).startsWith("2,TM/07/2029,CREATED"), lines.toString());
    assertTrue(lines.get(2).startsWith("3,TM/08/2029,CREATED"), lines.toString());
    assertTrue(lines.get(3).startsWith("4,TM/09/2029,FAILED,,UNMAPPED_VALUE"), lines.toString());
    assertTrue(lines.get(4).startsWith("5,TM/10/2029,FAILED,,REQUIRED"), lines.toString());
    CaseReport first = netra.cases.get("TM/07/2029");
    assertEquals("PP94-5N-1", first.violation());
    assertEquals("BAWASLU_FINDING", first.source());
    assertEquals("Bawaslu Kabupaten Demo", first.reporter());
    assertEquals(java.time.LocalDate.of(2029, 1, 3), first.eventDate());
    assertEquals("foto-1.jpg; video-2.mp4", first.evidence());
    assertEquals(RunKind.CASES, netra.reports.get(0).kind());

    // The same recap sent again registers nothing twice.
    drop("rekap-bawaslu-2029-01-ulang.xlsx", xlsx("Temuan", rows));
    Path again = exchange.resolve("out/rekap-bawaslu-2029-01-ulang.result.csv");
    await(() -> Files.exists(again));
    List<String> second = Files.readAllLines(again, StandardCharsets.UTF_8);
    assertTrue(second.get(1).startsWith("2,TM/07/2029,UNCHANGED"), second.toString());
    assertEquals(2, netra.cases.size());
  }

  @Test
  void aFileWithOneSectionIsEnoughAndClashingPatternsAreRefused() throws Exception {
    String only =
        """
        id: recap-only
        kind: file
        agency: DEMO
        folder: %s
        cases:
          files: "rekap*"
          fields: {reference: NO, nip: NIP, violation: JENIS, eventDate: TANGGAL}
        """
            .formatted(exchange.resolve("recap-only"));
    Files.writeString(connectors.resolve("recap-only.yaml"), only);
    ReloadResult added = registry.reload("recap-only");
    assertEquals("ADDED", added.action(), added.toString());

    Files.writeString(
        connectors.resolve("recap-only.yaml"),
        only.replace(
            "cases:",
            "requests:\n  files: \"rekap*\"\n  fields: {id: NO, nip: NIP, kind: JENIS,"
                + " startDate: A, endDate: B}\ncases:"));
    ReloadResult clash = registry.reload("recap-only");
    assertEquals("REJECTED", clash.action());
    assertTrue(clash.problems().toString().contains("must differ"), clash.toString());
    assertEquals("STARTED", registry.view("recap-only").state(), "the old one keeps running");
  }

  // ---- helpers

  private void drop(String name, byte[] content) throws IOException {
    Path tmp = exchange.resolve(".staging-" + name);
    Files.write(tmp, content);
    Files.move(tmp, exchange.resolve("in").resolve(name));
  }

  private List<String> list(String sub) {
    try (Stream<Path> s = Files.list(exchange.resolve(sub))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** A minimal workbook as Excel writes one: inline strings, numbers, a named sheet. */
  static byte[] xlsx(String sheet, List<List<Object>> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Ringkasan\" sheetId=\"1\" r:id=\"rId1\"/>"
              + "<sheet name=\""
              + sheet
              + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"ws\"/>"
              + "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\" Type=\"ws\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>bukan ini</t></is></c>"
              + "</row></sheetData></worksheet>");
      StringBuilder s =
          new StringBuilder(
              "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  + "<sheetData>");
      for (int r = 0; r < rows.size(); r++) {
        s.append("<row r=\"").append(r + 1).append("\">");
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          String ref = (char) ('A' + c) + String.valueOf(r + 1);
          if (v instanceof Number n) {
            s.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
          } else if (!v.toString().isEmpty()) {
            s.append("<c r=\"")
                .append(ref)
                .append("\" t=\"inlineStr\"><is><t>")
                .append(v)
                .append("</t></is></c>");
          }
        }
        s.append("</row>");
      }
      s.append("</sheetData></worksheet>");
      put(zip, "xl/worksheets/sheet2.xml", s.toString());
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
