package id.netra.integration.siasn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SIASN's history read in the spellings its public clients meet. */
class HukdisRecordTest {

  static Map<String, Object> row(Object jenisHukuman) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "rw-1");
    m.put("skNomor", " 800/12/BKPSDM/2029 ");
    m.put("jenisHukuman", jenisHukuman);
    m.put("hukumanTanggal", "05-03-2029");
    m.put("akhirHukumTanggal", "04-12-2029");
    return m;
  }

  @Test
  void theTypeIsReadAsAnIdAsAnObjectOrAsTheSaveBodysName() {
    HukdisRecord ids = HukdisRecord.read(row("24"));
    HukdisRecord objects =
        HukdisRecord.read(row(Map.of("id", "24", "nama", "PEMOTONGAN TUNKIN 25% 9 BLN")));
    Map<String, Object> echo = row(null);
    echo.remove("jenisHukuman");
    echo.put("jenisHukumanId", "24");
    HukdisRecord saved = HukdisRecord.read(echo);
    HukdisRecord number = HukdisRecord.read(row(24L));
    for (HukdisRecord r : new HukdisRecord[] {ids, objects, saved, number}) {
      assertEquals("24", r.typeId(), r.toString());
      assertTrue(r.isOf("800/12/bkpsdm/2029", "24"), "decree numbers compared as people type them");
      assertFalse(r.isOf("800/12/BKPSDM/2029", "23"), "another type");
      assertFalse(r.isOf("800/13/BKPSDM/2029", "24"), "another decree");
      assertEquals("rw-1", r.id());
    }
  }

  @Test
  void aRecordThatNamesItsTypeOnlyIsMatchedByName() {
    Map<String, Object> named = row(null);
    named.remove("jenisHukuman");
    named.put("jenisHukumanNama", "Pemotongan  Tunkin 25% 9 bln");
    HukdisRecord r = HukdisRecord.read(named);
    assertNull(r.typeId());
    assertTrue(r.isOf("800/12/BKPSDM/2029", "24"));
    assertFalse(r.isOf("800/12/BKPSDM/2029", "25"));
    assertEquals("24", r.typeIdOrByName());
  }

  @Test
  void ranksAreSentAsSiasnGolonganIds() {
    assertEquals("33", SiasnCodes.golonganId("III/c"));
    assertEquals("33", SiasnCodes.golonganId("iii / C"));
    assertEquals("45", SiasnCodes.golonganId("IV/e"));
    assertEquals("33", SiasnCodes.golonganId("33"));
    assertNull(SiasnCodes.golonganId("IX"), "a PPPK grade has no PNS golongan");
    assertNull(SiasnCodes.golonganId(null));
    assertFalse(SiasnCodes.knownHukuman("PTDH-PARPOL"), "a dismissal is not a jenisHukuman");
    assertTrue(SiasnCodes.knownHukuman("10"));
  }
}
