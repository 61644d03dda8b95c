package id.netra.infrastructure.demo;

import id.netra.application.Actor;
import id.netra.application.CaseService;
import id.netra.application.CatalogueService;
import id.netra.application.ElectionService;
import id.netra.application.EmployeeService;
import id.netra.application.EmployeeUpsert;
import id.netra.application.ImportReport;
import id.netra.application.PactService;
import id.netra.application.TrainingService;
import id.netra.domain.discipline.CaseAction;
import id.netra.domain.discipline.CaseRole;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionSchedule;
import id.netra.domain.election.ElectionType;
import id.netra.domain.gate.GatePolicy;
import id.netra.domain.pact.PactClause;
import id.netra.domain.pact.PactText;
import id.netra.domain.shared.Times;
import id.netra.domain.training.QuizQuestion;
import id.netra.domain.training.TrainingModule;
import id.netra.domain.training.TrainingSection;
import id.netra.infrastructure.security.AccessRepository;
import id.netra.infrastructure.security.AccessService;
import id.netra.infrastructure.security.ApiKeys;
import id.netra.infrastructure.security.PortalService;
import id.netra.infrastructure.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the first administrator and, in the demo profile, the demo agency. Runs once per database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupData {

  /** The demo agency's documented HR-system key. Never use the demo profile in production. */
  public static final String DEMO_KEY_PREFIX = "demo0001";

  public static final String DEMO_KEY_SECRET = "DemoKeyForAgencyDEMOonly";
  public static final String DEMO_PASSWORD = "netra-demo";
  public static final String DEMO_PORTAL_ISSUER = "demo-portal";
  public static final String DEMO_PORTAL_SECRET = "demo-portal-secret-for-DEMO-only-0123456789";
  public static final int DEMO_EMPLOYEES = 300;
  public static final long DEMO_SEED = 20291127L;

  /** The first demo employee: has neither signed nor trained; README.md's tour uses them. */
  public static final String TOUR_NIP = "199309082021022236";

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "netra.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "netra.bootstrap.admin-password")
  Optional<String> bootstrapPassword;

  @Inject AccessService access;
  @Inject PortalService portals;
  @Inject AccessRepository accessRepository;
  @Inject EmployeeService employees;
  @Inject ElectionService elections;
  @Inject PactService pacts;
  @Inject TrainingService trainings;
  @Inject CaseService cases;
  @Inject id.netra.application.CaseFollowUpService followUps;
  @Inject CatalogueService catalogue;
  @Inject id.netra.infrastructure.security.AccountService accounts;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    catalogue.seedCatalogue();
    if (bootstrapPassword.filter(p -> !p.isBlank()).isPresent() && accounts.count() == 0) {
      accounts.ensure(Actor.SYSTEM, "admin", bootstrapPassword.get(), Set.of(Role.ADMIN), null);
      LOG.info("Created the first administrator account 'admin' from configuration.");
    }
    if (demo) {
      if (accessRepository.findClientByPrefix(DEMO_KEY_PREFIX).isPresent()) {
        LOG.info("Demo data already loaded.");
        return;
      }
      loadDemo();
    }
  }

  private void loadDemo() {
    Actor system = Actor.SYSTEM;
    access.createClient(
        system, "Demo SIMPEG", "DEMO", ApiKeys.issue(DEMO_KEY_PREFIX, DEMO_KEY_SECRET));
    portals.register(system, "DEMO", DEMO_PORTAL_ISSUER, DEMO_PORTAL_SECRET);
    for (String role : List.of(Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR)) {
      accounts.ensure(
          system, role, DEMO_PASSWORD, Set.of(role), role.equals(Role.ADMIN) ? null : "DEMO");
    }

    List<EmployeeUpsert> people =
        SyntheticEmployees.generate("DEMO", DEMO_EMPLOYEES, DEMO_SEED, Times.today(clock));
    ImportReport report = employees.upsertAll(system, people);

    LocalDate today = Times.today(clock);
    ElectionPeriod election =
        elections.create(
            system,
            new ElectionSchedule(
                ElectionType.PILKADA,
                "Pilkada Serentak (demo)",
                Set.of("DEMO"),
                today.minusDays(30),
                today.minusDays(5),
                today.plusDays(50),
                today.plusDays(54),
                today.plusDays(120),
                today.minusDays(8)));
    elections.putPolicy(system, election.id(), "DEMO", GatePolicy.defaultRules());

    var template = pacts.createDraft(system, "DEMO", "PAKTA-NETRALITAS", demoPact());
    pacts.publish(system, template.id());
    TrainingModule module = demoModule(system);
    trainings.publish(system, module.id());

    // Some employees have already done their part, so the demo shows every state: the first
    // employee (and every third after) has done nothing.
    List<PactService.OfflineSignature> signed = new ArrayList<>();
    List<TrainingService.LmsCompletion> trained = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      String nip = people.get(i).nip();
      if (i % 3 == 1 || i % 3 == 2) {
        signed.add(
            new PactService.OfflineSignature(
                nip, election.id(), null, Times.now(clock), "DEMO/BA-PAKTA/" + (i + 1), null));
      }
      if (i % 3 == 2) {
        trained.add(
            new TrainingService.LmsCompletion(
                nip, "NETRALITAS", "DEMO-LMS", "demo-" + (i + 1), today.minusDays(7), 90, null));
      }
    }
    pacts.importOffline(system, signed);
    trainings.importCompletions(system, trained);
    int demoCases = loadDemoCases(people, today);
    LOG.info(
        () ->
            "Demo agency DEMO loaded: "
                + report.created()
                + " employees, election "
                + election.id()
                + ", "
                + signed.size()
                + " pacts signed, "
                + trained.size()
                + " trainings passed, "
                + demoCases
                + " cases.");
  }

  /**
   * A few cases in different states, for the console and the README's tour: a Bawaslu finding just
   * reported, a public report of an act for a bakal calon (an ethics breach) under verification, a
   * recommendation the PPK left past its deadline (block recommended), an internal finding examined
   * without a recommendation, a dismissed report, and an examination due in two days (the PPK
   * reminded). None is decided: a decree is the tour's to show.
   */
  private int loadDemoCases(List<EmployeeUpsert> people, LocalDate today) {
    List<String> pns =
        people.stream()
            .filter(p -> "PNS".equals(p.type()) && !TOUR_NIP.equals(p.nip()))
            .map(EmployeeUpsert::nip)
            .toList();
    Actor system = Actor.SYSTEM;
    record Seed(
        String violation, String source, String reporter, int daysAgo, String description) {}
    List<Seed> seeds =
        List.of(
            new Seed(
                "PP94-5N-1",
                "BAWASLU_FINDING",
                "Bawaslu Kabupaten Demo",
                4,
                "Hadir sebagai peserta kampanye terbuka pasangan calon (temuan pengawas)"),
            new Seed(
                "SKB-02",
                "PUBLIC_REPORT",
                "Warga (identitas dirahasiakan)",
                10,
                "Mengunggah dan menyebarluaskan gambar bakal calon di media sosial"),
            new Seed(
                "PP94-5N-2",
                "BAWASLU_FINDING",
                "Bawaslu Kabupaten Demo",
                12,
                "Mengikuti kampanye dengan seragam dinas"),
            new Seed(
                "SKB-08",
                "INTERNAL",
                "Inspektorat Daerah Demo",
                9,
                "Menjadi tim sukses tidak resmi pasangan calon"),
            new Seed(
                "SKB-01",
                "PUBLIC_REPORT",
                "Warga",
                6,
                "Dilaporkan memasang baliho pasangan calon di rumah"),
            new Seed(
                "PP94-5N-4",
                "BAWASLU_FINDING",
                "Bawaslu Kabupaten Demo",
                14,
                "Memakai mobil dinas untuk mengangkut peserta kampanye"));
    int n = 0;
    for (int i = 0; i < seeds.size(); i++) {
      Seed s = seeds.get(i);
      String nip = pns.get(10 + 17 * i);
      NeutralityCase c =
          cases
              .intake(
                  system,
                  CaseRole.OFFICER,
                  new CaseService.Report(
                      nip,
                      s.violation(),
                      s.source(),
                      s.reporter(),
                      today.minusDays(s.daysAgo()),
                      today.minusDays(s.daysAgo() - 1L),
                      List.of("DEMO/BUKTI/" + (i + 1)),
                      s.description(),
                      "DEMO/" + today.getYear() + "/" + (i + 1),
                      null))
              .c();
      long id = c.id();
      CaseService.Step none = CaseService.Step.NONE;
      switch (i) {
        case 1 -> cases.act(system, CaseRole.OFFICER, id, CaseAction.START_VERIFICATION, none);
        case 2 -> {
          cases.act(system, CaseRole.OFFICER, id, CaseAction.START_VERIFICATION, none);
          cases.act(
              system,
              CaseRole.OFFICER,
              id,
              CaseAction.RECOMMEND,
              recommendation("REK/DEMO/" + today.getYear() + "/07", today.minusDays(11), "24"));
        }
        case 3 -> examine(system, id, pns.get(1), today, "Pemeriksaan atas temuan Inspektorat");
        case 4 ->
            cases.act(
                system,
                CaseRole.OFFICER,
                id,
                CaseAction.DISMISS,
                new CaseService.Step(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Tidak terbukti: baliho milik kerabat",
                    null,
                    null,
                    null));
        case 5 -> {
          cases.act(system, CaseRole.OFFICER, id, CaseAction.START_VERIFICATION, none);
          cases.act(
              system,
              CaseRole.OFFICER,
              id,
              CaseAction.RECOMMEND,
              recommendation("REK/DEMO/" + today.getYear() + "/08", today.minusDays(8), "27"));
          examine(system, id, pns.get(2), today, "Pemeriksaan oleh atasan langsung");
        }
        default -> {
          // stays REPORTED
        }
      }
      n++;
    }
    // The recommendation of 11 days ago is past the PPK's 10 days: block recommended at once; the
    // examination's deadline is in two days: the PPK is reminded.
    followUps.checkFollowUps(today);
    followUps.remind(today);
    return n;
  }

  private static CaseService.Step recommendation(String number, LocalDate date, String sanction) {
    return new CaseService.Step("BKN", number, date, sanction, null, null, null, null, null, null);
  }

  private void examine(Actor system, long id, String examiner, LocalDate today, String note) {
    cases.act(
        system,
        CaseRole.OFFICER,
        id,
        CaseAction.START_EXAMINATION,
        new CaseService.Step(null, null, today, null, null, examiner, note, null, null, null));
  }

  private static PactText demoPact() {
    return new PactText(
        "Pakta Integritas Netralitas Aparatur Sipil Negara",
        "Civil Servant Neutrality Integrity Pact",
        List.of(
            new PactClause(
                "Menjaga dan menegakkan prinsip netralitas ASN dalam melaksanakan fungsi pelayanan"
                    + " publik, baik sebelum, selama, maupun sesudah pelaksanaan pemilihan.",
                "To keep and uphold civil-service neutrality in public service before, during and"
                    + " after the election."),
            new PactClause(
                "Menghindari konflik kepentingan, tidak melakukan praktik intimidasi dan ancaman,"
                    + " serta tidak berpihak kepada pasangan calon atau partai politik mana pun.",
                "To avoid conflicts of interest, never intimidate or threaten, and take no side"
                    + " with any candidate or political party."),
            new PactClause(
                "Menggunakan media sosial secara bijak dan tidak menyebarkan ujaran kebencian"
                    + " maupun berita bohong.",
                "To use social media wisely and spread neither hate speech nor hoaxes."),
            new PactClause(
                "Menolak politik uang dan segala pemberian dalam bentuk apa pun terkait"
                    + " pemilihan.",
                "To refuse money politics and any gift of any kind connected with the election."),
            new PactClause(
                "Bersedia dijatuhi sanksi sesuai PP 94/2021 dan PP 42/2004 apabila melanggar"
                    + " pakta ini.",
                "To accept sanctions under PP 94/2021 and PP 42/2004 for breaking this pact.")));
  }

  private TrainingModule demoModule(Actor system) {
    return trainings.createDraft(
        system,
        "DEMO",
        "NETRALITAS",
        "Netralitas ASN dalam Pemilihan",
        List.of(
            new TrainingSection(
                "Dasar hukum",
                "UU 20/2023 Pasal 24 ayat (1) mewajibkan ASN menjaga netralitas. PP 94/2021 Pasal 5"
                    + " huruf n melarang ASN memberikan dukungan kepada calon."),
            new TrainingSection(
                "Larangan",
                "ASN dilarang ikut kampanye, memakai atribut partai atau ASN saat kampanye,"
                    + " mengerahkan ASN lain, memakai fasilitas negara, dan membuat keputusan yang"
                    + " menguntungkan calon."),
            new TrainingSection(
                "Media sosial",
                "Membuat, mengomentari, membagikan atau menyukai unggahan kampanye calon termasuk"
                    + " pelanggaran netralitas menurut SKB 2022.")),
        List.of(
            new QuizQuestion(
                "Bolehkah ASN menghadiri kampanye dengan memakai atribut partai?",
                List.of("Boleh, di luar jam kerja", "Tidak boleh", "Boleh, jika diundang"),
                1),
            new QuizQuestion(
                "ASN yang mendampingi suami/istri calon selama kampanye wajib mengambil …",
                List.of("Cuti tahunan", "Cuti di luar tanggungan negara (CLTN)", "Cuti sakit"),
                1),
            new QuizQuestion(
                "Menyukai (like) unggahan kampanye calon di media sosial adalah …",
                List.of("Pelanggaran netralitas", "Diperbolehkan", "Urusan pribadi"),
                0),
            new QuizQuestion(
                "Siapa yang menjatuhkan hukuman disiplin kepada ASN?",
                List.of("Bawaslu", "Pejabat Pembina Kepegawaian (PPK)", "Partai politik"),
                1),
            new QuizQuestion(
                "Memakai mobil dinas untuk kegiatan kampanye termasuk pelanggaran tingkat …",
                List.of("Ringan", "Berat", "Bukan pelanggaran"),
                1)),
        80,
        365);
  }
}
