package id.netra.integration.siasn;

import java.util.Locale;
import java.util.Map;

/**
 * SIASN's code lists Netra needs when it writes to SIASN or reads from it, as public SIASN clients
 * ship them ({@code jenisHukuman.json}, {@code golonganPns.json}).
 */
public final class SiasnCodes {

  /** jenisHukuman: id to SIASN's name. */
  static final Map<String, String> HUKUMAN =
      Map.ofEntries(
          Map.entry("1", "TEGURAN LISAN"),
          Map.entry("2", "TEGURAN TERTULIS"),
          Map.entry("3", "PERNYATAAN TIDAK PUAS SECARA TERTULIS"),
          Map.entry("4", "PENUNDAAN KGB SELAMA 1 THN"),
          Map.entry("5", "PENURUNAN GAJI MAX 1 TH"),
          Map.entry("6", "PENUNDAAN GAJI MAX 1 THN"),
          Map.entry("7", "PENUNDAAN KP SELAMA 1 THN"),
          Map.entry("8", "PENURUNAN PANGKAT 1 TINGKAT 1 THN"),
          Map.entry("9", "PEMBEBASAN DARI JABATAN"),
          Map.entry("10", "PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI"),
          Map.entry("11", "PEMBERHENTIAN TIDAK DENGAN HORMAT SEBAGAI PNS"),
          Map.entry("12", "PENGAKTIFAN HUKUMAN DISIPLIN"),
          Map.entry("13", "PEMINDAHAN DLM RANGKA PENURUNAN JABATAN 1 TINGKAT"),
          Map.entry("14", "PENURUNAN PANGKAT 1 TINGKAT 3 THN"),
          Map.entry("21", "SANKSI MORAL TERBUKA"),
          Map.entry("22", "SANKSI MORAL TERTUTUP"),
          Map.entry("23", "PEMOTONGAN TUNKIN 25% 6 BLN"),
          Map.entry("24", "PEMOTONGAN TUNKIN 25% 9 BLN"),
          Map.entry("25", "PEMOTONGAN TUNKIN 25% 12 BLN"),
          Map.entry("27", "PENURUNAN DARI JABATAN SETINGKAT LEBIH RENDAH SELAMA 12 BLN"),
          Map.entry("28", "PEMBEBASAN DARI JABATAN MENJADI PELAKSANA SELAMA 12 BLN"));

  /** golongan PNS: the rank as written ({@code III/c}) to SIASN's id ({@code 33}). */
  static final Map<String, String> GOLONGAN =
      Map.ofEntries(
          Map.entry("I/a", "11"),
          Map.entry("I/b", "12"),
          Map.entry("I/c", "13"),
          Map.entry("I/d", "14"),
          Map.entry("II/a", "21"),
          Map.entry("II/b", "22"),
          Map.entry("II/c", "23"),
          Map.entry("II/d", "24"),
          Map.entry("III/a", "31"),
          Map.entry("III/b", "32"),
          Map.entry("III/c", "33"),
          Map.entry("III/d", "34"),
          Map.entry("IV/a", "41"),
          Map.entry("IV/b", "42"),
          Map.entry("IV/c", "43"),
          Map.entry("IV/d", "44"),
          Map.entry("IV/e", "45"));

  private SiasnCodes() {}

  /** SIASN's name of a jenisHukuman, or null for an id it does not know. */
  public static String hukumanName(String id) {
    return id == null ? null : HUKUMAN.get(id.strip());
  }

  /** Whether SIASN knows this jenisHukuman id. */
  public static boolean knownHukuman(String id) {
    return hukumanName(id) != null;
  }

  /** Whether {@code id} is one of SIASN's golongan ids. */
  public static boolean knownGolongan(String id) {
    return id != null && GOLONGAN.containsValue(id);
  }

  /**
   * SIASN's id of a PNS rank: {@code III/c} (any case, spaces ignored) or the id itself ({@code
   * 33}); null for anything else (a PPPK's grade such as {@code IX} has no PNS golongan).
   */
  public static String golonganId(String rank) {
    if (rank == null || rank.isBlank()) {
      return null;
    }
    String r = rank.replace(" ", "").strip();
    if (GOLONGAN.containsValue(r)) {
      return r;
    }
    int slash = r.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String key =
        r.substring(0, slash).toUpperCase(Locale.ROOT)
            + "/"
            + r.substring(slash + 1).toLowerCase(Locale.ROOT);
    return GOLONGAN.get(key);
  }
}
