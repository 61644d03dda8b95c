package id.netra.domain.document;

/** What a case document is. */
public enum DocumentKind {
  /** SK hukuman disiplin: the PPK's decree (or the decision on an objection that replaces it). */
  DECREE("SK hukuman disiplin", "Disciplinary decree"),
  /** Berita acara pemeriksaan: the record of the superior's examination. */
  BAP("Berita acara pemeriksaan (BAP)", "Examination record (BAP)"),
  /** The recommendation of KASN or BKN, or Bawaslu's finding that started the case. */
  RECOMMENDATION("Rekomendasi / temuan", "Recommendation or finding"),
  /** Evidence: photos, screenshots, statements. */
  EVIDENCE("Bukti", "Evidence"),
  /** The employee's keberatan or banding letter. */
  OBJECTION("Surat keberatan / banding", "Objection or appeal letter"),
  /** A cancellation decree (SK pembatalan). */
  CANCELLATION("SK pembatalan", "Cancellation decree");

  private final String nameId;
  private final String nameEn;

  DocumentKind(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }
}
