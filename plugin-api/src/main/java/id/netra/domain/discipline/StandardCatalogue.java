package id.netra.domain.discipline;

import id.netra.domain.discipline.SanctionType.For;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue Netra starts with, from the domain reference: PP 94/2021 sanctions with their SIASN
 * codes, PP 49/2018's termination of a PPPK's contract, the PP 53/2010 forms old records hold,
 * moral sanctions, dismissal for party membership, contract measures for non-ASN staff; the seven
 * items of PP 94/2021 Pasal 5 huruf n and the SKB 2022 violation types, several with other rules
 * for acts done for a <i>calon</i> (on or after the candidate determination day) than for a
 * <i>bakal calon</i>. Mappings the reference marks (verify) are flagged {@code toVerify}: central
 * administrators correct them as data.
 *
 * <p>{@link #EDITION} numbers this content: a database seeded by an older edition is brought up to
 * it once, keeping every type an administrator has revised.
 */
public final class StandardCatalogue {

  /** The edition of this content (2: PPPK and non-ASN sanctions, SKB stages and reasons). */
  public static final int EDITION = 2;

  /** Dismissal of a PNS for party membership (SIASN jenisPemberhentian 8), not a hukdis record. */
  public static final String PARTY_DISMISSAL = "PTDH-PARPOL";

  /** Termination of a PPPK's contract not with honour for party membership (PP 49/2018). */
  public static final String PPPK_PARTY_TERMINATION = "PHPK-PARPOL";

  /**
   * Termination of a PPPK's work contract, the PPPK's heavy form (PP 49/2018; SIASN has no code).
   */
  public static final String PPPK_TERMINATION = "PHPK";

  /** A written warning under a non-ASN staff member's contract. */
  public static final String CONTRACT_WARNING = "KONTRAK-TEGURAN";

  /** The end of a non-ASN staff member's contract. */
  public static final String CONTRACT_END = "KONTRAK-PUTUS";

  static final Set<String> ETHICS = Set.of("21", "22");
  static final Set<String> LIGHT = Set.of("1", "2", "3");
  static final Set<String> MEDIUM = Set.of("23", "24", "25");
  static final Set<String> HEAVY = Set.of("27", "28", "10", PPPK_TERMINATION);
  static final Set<String> PARTY = Set.of(PARTY_DISMISSAL, PPPK_PARTY_TERMINATION);

  /** SIASN alasanHukumanDisiplin ids (PP 94/2021 Pasal 5 huruf n and its neighbours). */
  static final String REASON_CAMPAIGN = "11EC54D9B3B057B1E050640A15026590";

  static final String REASON_PARTISAN = "11EC54D9B3B557B1E050640A15026590";
  static final String REASON_DECISION = "11EC54D9B3B457B1E050640A15026590";
  static final String REASON_ID_COPY = "11EC54D9B3B657B1E050640A15026590";

  private StandardCatalogue() {}

  public static Catalogue create() {
    return new Catalogue(sanctions(), violations());
  }

  public static List<SanctionType> sanctions() {
    List<SanctionType> s = new ArrayList<>();
    s.add(pp94("1", "Teguran lisan", Tier.R, 0, For.ASN));
    s.add(pp94("2", "Teguran tertulis", Tier.R, 0, For.ASN));
    s.add(pp94("3", "Pernyataan tidak puas secara tertulis", Tier.R, 0, For.ASN));
    s.add(pp94("23", "Pemotongan tunjangan kinerja 25% selama 6 bulan", Tier.S, 6, For.ASN));
    s.add(pp94("24", "Pemotongan tunjangan kinerja 25% selama 9 bulan", Tier.S, 9, For.ASN));
    s.add(pp94("25", "Pemotongan tunjangan kinerja 25% selama 12 bulan", Tier.S, 12, For.ASN));
    s.add(
        pp94(
            "27", "Penurunan jabatan setingkat lebih rendah selama 12 bulan", Tier.B, 12, For.PNS));
    s.add(
        pp94(
            "28",
            "Pembebasan dari jabatan menjadi pelaksana selama 12 bulan",
            Tier.B,
            12,
            For.PNS));
    s.add(
        new SanctionType(
            "10",
            "10",
            "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS",
            Tier.B,
            Track.DISCIPLINE,
            0,
            true,
            true,
            For.PNS,
            true,
            "94/2021"));
    s.add(
        new SanctionType(
            PPPK_TERMINATION,
            null,
            "Pemutusan hubungan perjanjian kerja tidak atas permintaan sendiri (PPPK)",
            Tier.B,
            Track.DISCIPLINE,
            0,
            true,
            true,
            For.PPPK,
            true,
            "49/2018"));
    s.add(moral("21", "Sanksi moral terbuka"));
    s.add(moral("22", "Sanksi moral tertutup"));
    s.add(
        new SanctionType(
            PARTY_DISMISSAL,
            null,
            "Pemberhentian tidak dengan hormat sebagai PNS karena menjadi anggota partai politik",
            Tier.B,
            Track.PARTY_MEMBERSHIP,
            0,
            true,
            true,
            For.PNS,
            true,
            "UU 20/2023"));
    s.add(
        new SanctionType(
            PPPK_PARTY_TERMINATION,
            null,
            "Pemutusan hubungan perjanjian kerja tidak dengan hormat karena menjadi anggota partai"
                + " politik (PPPK)",
            Tier.B,
            Track.PARTY_MEMBERSHIP,
            0,
            true,
            true,
            For.PPPK,
            true,
            "49/2018"));
    s.add(
        new SanctionType(
            CONTRACT_WARNING,
            null,
            "Teguran tertulis menurut perjanjian kerja (non-ASN)",
            Tier.R,
            Track.CONTRACT,
            0,
            false,
            true,
            For.NON_ASN,
            false,
            "kontrak"));
    s.add(
        new SanctionType(
            CONTRACT_END,
            null,
            "Pemutusan perjanjian kerja (non-ASN)",
            Tier.B,
            Track.CONTRACT,
            0,
            true,
            true,
            For.NON_ASN,
            true,
            "kontrak"));
    String[][] old = {
      {"4", "Penundaan KGB selama 1 tahun", "S"},
      {"5", "Penurunan gaji paling lama 1 tahun", "S"},
      {"6", "Penundaan gaji paling lama 1 tahun", "S"},
      {"7", "Penundaan kenaikan pangkat selama 1 tahun", "S"},
      {"8", "Penurunan pangkat 1 tingkat selama 1 tahun", "S"},
      {"9", "Pembebasan dari jabatan", "B"},
      {"11", "Pemberhentian tidak dengan hormat sebagai PNS", "B"},
      {"12", "Pengaktifan hukuman disiplin", "B"},
      {"13", "Pemindahan dalam rangka penurunan jabatan 1 tingkat", "B"},
      {"14", "Penurunan pangkat 1 tingkat selama 3 tahun", "B"}
    };
    for (String[] o : old) {
      s.add(
          new SanctionType(
              o[0],
              o[0],
              o[1],
              Tier.valueOf(o[2]),
              Track.DISCIPLINE,
              0,
              false,
              false,
              For.PNS,
              o[0].equals("11"),
              "53/2010"));
    }
    return s;
  }

  private static SanctionType pp94(String code, String name, Tier tier, int months, For who) {
    return new SanctionType(
        code, code, name, tier, Track.DISCIPLINE, months, false, true, who, false, "94/2021");
  }

  private static SanctionType moral(String code, String name) {
    return new SanctionType(
        code, code, name, Tier.R, Track.ETHICS, 0, false, true, For.ASN, false, "42/2004");
  }

  public static List<ViolationType> violations() {
    List<ViolationType> v = new ArrayList<>();
    Set<String> mediumOrHeavy = union(MEDIUM, HEAVY);
    v.add(
        new ViolationType(
            "PP94-5N-1",
            "Ikut serta sebagai pelaksana kampanye",
            "Joining a campaign",
            "PP 94/2021 Pasal 5 huruf n angka 1",
            Track.DISCIPLINE,
            null,
            mediumOrHeavy,
            REASON_CAMPAIGN,
            true));
    v.add(
        pp94(
            2,
            "Menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS",
            "Campaigning with party or civil-service (PNS) attributes",
            Tier.S,
            MEDIUM,
            "11EC54D9B3B157B1E050640A15026590"));
    v.add(
        pp94(
            3,
            "Sebagai peserta kampanye mengerahkan PNS lain",
            "Mobilising other civil servants (PNS lain) for a campaign",
            Tier.B,
            HEAVY,
            "11EC54D9B3B257B1E050640A15026590"));
    v.add(
        pp94(
            4,
            "Sebagai peserta kampanye menggunakan fasilitas negara",
            "Using state facilities in a campaign",
            Tier.B,
            HEAVY,
            "11EC54D9B3B357B1E050640A15026590"));
    v.add(
        pp94(
            5,
            "Membuat keputusan/tindakan yang menguntungkan atau merugikan peserta pemilu",
            "Decisions that favour or harm a candidate",
            Tier.B,
            HEAVY,
            REASON_DECISION));
    v.add(
        pp94(
            6,
            "Kegiatan yang mengarah keberpihakan kepada peserta pemilu",
            "Activities showing partisanship towards a candidate",
            Tier.B,
            HEAVY,
            REASON_PARTISAN));
    v.add(
        pp94(
            7,
            "Memberikan surat dukungan disertai fotokopi KTP",
            "Signed support with a copy of an identity card",
            Tier.B,
            HEAVY,
            REASON_ID_COPY));

    ViolationRules ethics = new ViolationRules(Track.ETHICS, null, ETHICS);
    ViolationRules disciplineAfter = new ViolationRules(Track.DISCIPLINE, null, mediumOrHeavy);
    ViolationRules heavy = new ViolationRules(Track.DISCIPLINE, Tier.B, HEAVY);
    v.add(
        skb(
                "SKB-01",
                "Memasang spanduk/baliho/alat peraga yang mempromosikan bakal calon atau calon",
                "Banners or billboards promoting a prospective candidate or candidate",
                ethics,
                REASON_PARTISAN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
                "SKB-02",
                "Sosialisasi/kampanye bakal calon atau calon di media sosial atau daring",
                "Online campaigning for a prospective candidate or candidate",
                ethics,
                REASON_PARTISAN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
            "SKB-03",
            "Mendekati partai politik sebagai bakal calon tanpa cuti di luar tanggungan negara",
            "Approaching parties as a prospective candidate without unpaid leave (CLTN)",
            heavy,
            REASON_PARTISAN));
    v.add(
        skb(
                "SKB-04",
                "Menghadiri deklarasi/kampanye dan menunjukkan keberpihakan",
                "Attending a declaration or campaign and showing support",
                ethics,
                REASON_CAMPAIGN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
            "SKB-05",
            "Menjadi anggota dan/atau pengurus partai politik",
            "Membership of a political party",
            new ViolationRules(Track.PARTY_MEMBERSHIP, Tier.B, PARTY),
            REASON_PARTISAN));
    v.add(
        skb(
                "SKB-06",
                "Mengunggah/mengomentari/membagikan/menyukai/mengikuti akun kampanye",
                "Posting, commenting, sharing, liking or following campaign accounts",
                ethics,
                REASON_PARTISAN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
                "SKB-07",
                "Berfoto bersama bakal calon atau calon dengan simbol keberpihakan",
                "Photos with a prospective candidate or candidate showing support symbols",
                ethics,
                REASON_PARTISAN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
            "SKB-08",
            "Ikut dalam kegiatan yang mengarah keberpihakan",
            "Taking part in partisan activities",
            heavy,
            REASON_PARTISAN));
    v.add(
        skb(
            "SKB-09",
            "Menjadi tim kampanye/tim sukses sebelum atau sesudah penetapan calon",
            "Joining a campaign team before or after candidate determination",
            heavy,
            REASON_CAMPAIGN));
    v.add(
        skb(
            "SKB-10",
            "Mendukung calon perseorangan dengan memberikan fotokopi KTP",
            "Supporting an independent candidate with identity-card copies",
            heavy,
            REASON_ID_COPY));
    v.add(
        skb(
            "SKB-11",
            "Membuat keputusan yang menguntungkan atau merugikan calon",
            "Decisions favouring or harming a candidate",
            heavy,
            REASON_DECISION));
    v.add(
        skb(
            "SKB-12",
            "Menghadiri kampanye pasangan (suami/istri) yang menjadi calon tanpa cuti di luar"
                + " tanggungan negara",
            "Attending a spouse's campaign without unpaid leave (CLTN)",
            disciplineAfter,
            REASON_CAMPAIGN));
    v.add(
        skb(
                "SKB-13",
                "Ikut dalam sosialisasi bakal calon",
                "Joining a prospective candidate's socialisation event",
                ethics,
                REASON_PARTISAN)
            .afterDetermination(disciplineAfter));
    v.add(
        skb(
            "SKB-99",
            "Pelanggaran netralitas lain yang ditetapkan satuan tugas",
            "Another neutrality breach the task force decides",
            new ViolationRules(Track.DISCIPLINE, null, union(LIGHT, mediumOrHeavy)),
            REASON_PARTISAN));
    return v;
  }

  private static ViolationType pp94(
      int item, String id, String en, Tier tier, Set<String> allowed, String reason) {
    return new ViolationType(
        "PP94-5N-" + item,
        id,
        en,
        "PP 94/2021 Pasal 5 huruf n angka " + item,
        Track.DISCIPLINE,
        tier,
        allowed,
        reason,
        false);
  }

  private static ViolationType skb(
      String code, String id, String en, ViolationRules rules, String reason) {
    return new ViolationType(
        code,
        id,
        en,
        "SKB 2022",
        rules.track(),
        rules.tier(),
        rules.allowedSanctions(),
        reason,
        true);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
