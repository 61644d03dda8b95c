package id.netra.domain.discipline;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of neutrality violation in the catalogue: an SKB 2022 type or a PP 94/2021 Pasal 5 huruf n
 * item, its track, the sanctions it allows and, where one fits, SIASN's alasanHukumanDisiplinId.
 *
 * @param tier the tier the regulation fixes (items 2 to 7 of Pasal 5 huruf n), or null when the PPK
 *     weighs it
 * @param toVerify the mapping comes from secondary sources: kept as data to be corrected, flagged
 *     in the console
 */
public record ViolationType(
    String code,
    String nameId,
    String nameEn,
    String basis,
    Track track,
    Tier tier,
    Set<String> allowedSanctions,
    String siasnReasonId,
    boolean toVerify) {

  public ViolationType {
    Objects.requireNonNull(code);
    Objects.requireNonNull(track);
    allowedSanctions = Set.copyOf(allowedSanctions);
  }
}
