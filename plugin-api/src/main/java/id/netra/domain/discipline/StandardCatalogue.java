package id.netra.domain.discipline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The catalogue Netra starts with, from the domain reference: PP 94/2021 sanctions with their SIASN
 * codes, the PP 53/2010 forms old records hold, moral sanctions, dismissal for party membership;
 * the seven items of PP 94/2021 Pasal 5 huruf n and the SKB 2022 violation types. Mappings the
 * reference marks (verify) are flagged {@code toVerify}: administrators correct them as data.
 */
public final class StandardCatalogue {

  /** Netra's code for dismissal for party membership (SIASN jenisPemberhentian 8). */
  public static final String PARTY_DISMISSAL = "PTDH-PARPOL";

  static final Set<String> ETHICS = Set.of("21", "22");
  static final Set<String> LIGHT = Set.of("1", "2", "3");
  static final Set<String> MEDIUM = Set.of("23", "24", "25");
  static final Set<String> HEAVY = Set.of("27", "28", "10");

  private StandardCatalogue() {}

  public static Catalogue create() {
    return new Catalogue(sanctions(), violations());
  }

  public static List<SanctionType> sanctions() {
    List<SanctionType> s = new ArrayList<>();
    String pp94 = "94/2021";
    s.add(issued("1", "Teguran lisan", Tier.R, 0, true));
    s.add(issued("2", "Teguran tertulis", Tier.R, 0, true));
    s.add(issued("3", "Pernyataan tidak puas secara tertulis", Tier.R, 0, true));
    s.add(issued("23", "Pemotongan tunjangan kinerja 25% selama 6 bulan", Tier.S, 6, true));
    s.add(issued("24", "Pemotongan tunjangan kinerja 25% selama 9 bulan", Tier.S, 9, true));
    s.add(issued("25", "Pemotongan tunjangan kinerja 25% selama 12 bulan", Tier.S, 12, true));
    s.add(
        issued(
            "27", "Penurunan jabatan setingkat lebih rendah selama 12 bulan", Tier.B, 12, false));
    s.add(
        issued(
            "28", "Pembebasan dari jabatan menjadi pelaksana selama 12 bulan", Tier.B, 12, false));
    s.add(
        new SanctionType(
            "10",
            "10",
            "Pemberhentian dengan hormat tidak atas permintaan sendiri",
            Tier.B,
            Track.DISCIPLINE,
            0,
            true,
            true,
            true,
            false,
            pp94));
    s.add(
        new SanctionType(
            "21",
            "21",
            "Sanksi moral terbuka",
            Tier.R,
            Track.ETHICS,
            0,
            false,
            true,
            true,
            true,
            "42/2004"));
    s.add(
        new SanctionType(
            "22",
            "22",
            "Sanksi moral tertutup",
            Tier.R,
            Track.ETHICS,
            0,
            false,
            true,
            true,
            true,
            "42/2004"));
    s.add(
        new SanctionType(
            PARTY_DISMISSAL,
            null,
            "Pemberhentian tidak dengan hormat karena menjadi anggota partai politik",
            Tier.B,
            Track.PARTY_MEMBERSHIP,
            0,
            true,
            true,
            true,
            true,
            "UU 20/2023"));
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
              true,
              false,
              "53/2010"));
    }
    return s;
  }

  private static SanctionType issued(
      String code, String name, Tier tier, int months, boolean forPppk) {
    return new SanctionType(
        code, code, name, tier, Track.DISCIPLINE, months, false, true, true, forPppk, "94/2021");
  }

  public static List<ViolationType> violations() {
    List<ViolationType> v = new ArrayList<>();
    Set<String> mediumOrHeavy = union(MEDIUM, HEAVY);
    String basis = "PP 94/2021 Pasal 5 huruf n";
    v.add(
        new ViolationType(
            "PP94-5N-1",
            "Ikut kampanye",
            "Joining a campaign",
            basis + " angka 1",
            Track.DISCIPLINE,
            null,
            mediumOrHeavy,
            "11EC54D9B3B057B1E050640A15026590",
            true));
    v.add(
        pp94(
            2,
            "Menjadi peserta kampanye dengan atribut partai atau atribut ASN",
            "Campaigning with party or civil-service attributes",
            Tier.S,
            MEDIUM,
            "11EC54D9B3B157B1E050640A15026590"));
    v.add(
        pp94(
            3,
            "Sebagai peserta kampanye mengerahkan ASN lain",
            "Mobilising other civil servants for a campaign",
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
            "11EC54D9B3B457B1E050640A15026590"));
    v.add(
        pp94(
            6,
            "Kegiatan yang mengarah keberpihakan kepada peserta pemilu",
            "Activities showing partisanship towards a candidate",
            Tier.B,
            HEAVY,
            "11EC54D9B3B557B1E050640A15026590"));
    v.add(
        pp94(
            7,
            "Memberikan surat dukungan disertai fotokopi KTP",
            "Signed support with a copy of an identity card",
            Tier.B,
            HEAVY,
            "11EC54D9B3B657B1E050640A15026590"));

    String skb = "SKB 2022";
    v.add(
        skb(
            "SKB-01",
            "Memasang spanduk/baliho/alat peraga bakal calon",
            "Banners or billboards for a prospective candidate",
            Track.ETHICS));
    v.add(
        skb(
            "SKB-02",
            "Sosialisasi/kampanye bakal calon di media sosial atau daring",
            "Online campaigning for a prospective candidate",
            Track.ETHICS));
    v.add(
        skb(
            "SKB-03",
            "Mendekati partai sebagai bakal calon tanpa CLTN",
            "Approaching parties as a prospective candidate without CLTN",
            Track.DISCIPLINE));
    v.add(
        skb(
            "SKB-04",
            "Menghadiri deklarasi/kampanye dan menunjukkan keberpihakan",
            "Attending a declaration or campaign and showing support",
            Track.DISCIPLINE));
    v.add(
        skb(
            "SKB-05",
            "Menjadi anggota partai politik",
            "Party membership",
            Track.PARTY_MEMBERSHIP));
    v.add(
        skb(
            "SKB-06",
            "Mengunggah/mengomentari/membagikan/menyukai/mengikuti akun kampanye",
            "Posting, commenting, sharing, liking or following campaign accounts",
            Track.ETHICS));
    v.add(
        skb(
            "SKB-07",
            "Berfoto bersama calon dengan simbol keberpihakan",
            "Photos with candidates showing support symbols",
            Track.ETHICS));
    v.add(
        skb(
            "SKB-08",
            "Kegiatan yang mengarah keberpihakan",
            "Partisan activities",
            Track.DISCIPLINE));
    v.add(
        skb(
            "SKB-09",
            "Menjadi tim kampanye/tim sukses sebelum atau sesudah penetapan calon",
            "Joining a campaign team before or after candidate determination",
            Track.DISCIPLINE));
    v.add(
        skb(
            "SKB-10",
            "Mendukung calon perseorangan dengan fotokopi KTP",
            "Supporting an independent candidate with identity-card copies",
            Track.DISCIPLINE));
    v.add(
        skb(
            "SKB-11",
            "Membuat keputusan yang menguntungkan calon",
            "Decisions favouring a candidate",
            Track.DISCIPLINE));
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

  private static ViolationType skb(String code, String id, String en, Track track) {
    Set<String> allowed =
        switch (track) {
          case ETHICS -> ETHICS;
          case DISCIPLINE -> union(LIGHT, union(MEDIUM, HEAVY));
          case PARTY_MEMBERSHIP -> Set.of(PARTY_DISMISSAL);
        };
    return new ViolationType(code, id, en, "SKB 2022", track, null, allowed, null, true);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
