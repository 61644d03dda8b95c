package id.netra.infrastructure.demo;

import id.netra.application.EmployeeUpsert;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.employee.EmployeeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates synthetic employees, the same ones for the same seed: names drawn from common
 * Indonesian names, NIPs and NI PPPKs built from their rules (and checked by them).
 */
public final class SyntheticEmployees {

  private static final String[] FIRST = {
    "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko", "Kartika",
    "Lestari", "Made", "Nur", "Oktavia", "Putu", "Rina", "Sri", "Teguh", "Utami", "Wahyu", "Yanti"
  };
  private static final String[] LAST = {
    "Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kurniawan", "Rahmawati", "Setiawan",
    "Nugroho", "Pratama", "Siregar", "Harahap", "Simanjuntak", "Wulandari", "Permana", "Hasibuan"
  };

  /** Units of the demo agency: code and name. */
  public static final String[][] UNITS = {
    {"DISDIK", "Dinas Pendidikan"},
    {"DINKES", "Dinas Kesehatan"},
    {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah"},
    {"SETDA", "Sekretariat Daerah"},
    {"DISHUB", "Dinas Perhubungan"},
    {"BKPSDM", "Badan Kepegawaian dan Pengembangan SDM"}
  };

  private static final String[] GOLONGAN_PNS = {
    "II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"
  };
  private static final String[] GOLONGAN_PPPK = {"V", "VII", "IX", "X"};

  private SyntheticEmployees() {}

  public static List<EmployeeUpsert> generate(
      String agency, int count, long seed, LocalDate today) {
    Random r = new Random(seed);
    Set<String> used = new HashSet<>();
    List<EmployeeUpsert> out = new ArrayList<>(count);
    while (out.size() < count) {
      boolean pppk = r.nextInt(4) == 0;
      EmployeeType type = pppk ? EmployeeType.PPPK : EmployeeType.PNS;
      String nip = pppk ? pppkNumber(r) : pnsNumber(r);
      if (!used.add(nip) || !EmployeeNumber.problems(nip, type, today).isEmpty()) {
        continue;
      }
      String[] unit = UNITS[r.nextInt(UNITS.length)];
      String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
      String golongan =
          pppk
              ? GOLONGAN_PPPK[r.nextInt(GOLONGAN_PPPK.length)]
              : GOLONGAN_PNS[r.nextInt(GOLONGAN_PNS.length)];
      out.add(
          new EmployeeUpsert(
              nip,
              type.name(),
              name,
              agency,
              unit[0],
              unit[1],
              null,
              golongan,
              r.nextInt(5) == 0 ? "JABATAN_STRUKTURAL" : "JABATAN_FUNGSIONAL",
              "ACTIVE",
              null));
    }
    return out;
  }

  static String pnsNumber(Random r) {
    LocalDate birth = LocalDate.of(1965 + r.nextInt(33), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int appointYear = birth.getYear() + 22 + r.nextInt(9);
    int month = 1 + r.nextInt(12);
    return String.format(
        "%04d%02d%02d%04d%02d%d%03d",
        birth.getYear(),
        birth.getMonthValue(),
        birth.getDayOfMonth(),
        Math.min(appointYear, 2024),
        month,
        1 + r.nextInt(2),
        1 + r.nextInt(999));
  }

  static String pppkNumber(Random r) {
    LocalDate birth = LocalDate.of(1975 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int appointYear = Math.max(2019 + r.nextInt(6), birth.getYear() + 18);
    return String.format(
        "%04d%02d%02d%04d%02d%d%03d",
        birth.getYear(),
        birth.getMonthValue(),
        birth.getDayOfMonth(),
        Math.min(appointYear, 2024),
        1 + r.nextInt(3),
        1 + r.nextInt(2),
        1 + r.nextInt(999));
  }
}
