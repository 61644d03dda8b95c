package id.netra.domain.discipline;

/** The weight of a disciplinary sanction (PP 94/2021 Pasal 8), as SIASN's jenisTingkatHukumanId. */
public enum Tier {
  /** ringan */
  R,
  /** sedang */
  S,
  /** berat */
  B
}
