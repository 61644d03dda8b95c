package id.netra.integration.siasn;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One record of SIASN's disciplinary history as {@code pns/rw-hukdis/{nip}} answers it. The answer
 * does not use the names of {@code hukdis/save}'s body: the type comes as {@code jenisHukuman} (an
 * id, or for some readers an object holding {@code id} and {@code nama}) with {@code
 * jenisHukumanNama}, the end as {@code akhirHukumTanggal}. Older answers and echoes of the save
 * body carry {@code jenisHukumanId}; every spelling is read.
 *
 * @param typeId the jenisHukuman id, or null when the answer names the type only
 * @param typeName the jenisHukuman name, or null
 */
public record HukdisRecord(
    String id,
    String decreeNumber,
    String typeId,
    String typeName,
    String startDate,
    String cancellationNumber) {

  /** Reads one record of the answer's {@code data} list. */
  public static HukdisRecord read(Map<?, ?> h) {
    Object type = h.get("jenisHukuman");
    String typeId = text(h.get("jenisHukumanId"));
    String typeName = text(h.get("jenisHukumanNama"));
    if (type instanceof Map<?, ?> object) {
      typeId = first(typeId, text(object.get("id")));
      typeName = first(typeName, text(object.get("nama")));
    } else {
      typeId = first(typeId, text(type));
    }
    return new HukdisRecord(
        text(first(h.get("id"), h.get("rwHukumanDisiplin"))),
        text(h.get("skNomor")),
        typeId,
        typeName,
        text(h.get("hukumanTanggal")),
        text(h.get("skPembatalanNomor")));
  }

  /**
   * Whether this is the record of a decree with this number and sanction type: the type compared by
   * id, or by SIASN's name when the answer names it only.
   */
  public boolean isOf(String decree, String jenisHukumanId) {
    if (!Objects.equals(norm(decreeNumber), norm(decree))) {
      return false;
    }
    if (typeId != null) {
      return typeId.equals(jenisHukumanId);
    }
    String expected = SiasnCodes.hukumanName(jenisHukumanId);
    return typeName != null && expected != null && norm(typeName).equals(norm(expected));
  }

  /** The record's type as an id: its own, or the one SIASN's list gives its name. */
  public String typeIdOrByName() {
    if (typeId != null || typeName == null) {
      return typeId;
    }
    return SiasnCodes.HUKUMAN.entrySet().stream()
        .filter(e -> norm(e.getValue()).equals(norm(typeName)))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  private static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    String s =
        o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
            ? String.valueOf(n.longValue())
            : o.toString();
    return s.isBlank() ? null : s.strip();
  }
}
