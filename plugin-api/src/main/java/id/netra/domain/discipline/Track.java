package id.netra.domain.discipline;

/** How a violation is handled, and so which sanctions it may lead to. */
public enum Track {
  /** An ethics breach: a moral sanction by the PPK (PP 42/2004 Pasal 15). */
  ETHICS,
  /** A discipline breach: a PP 94/2021 sanction (PNS) or a PP 49/2018 one (PPPK). */
  DISCIPLINE,
  /** Membership of a political party: dismissal not with honour (PNS) or PHPK (PPPK). */
  PARTY_MEMBERSHIP,
  /**
   * A non-ASN staff member's breach: handled under their work contract, outside PP 94/2021 and
   * outside the ASN personnel records.
   */
  CONTRACT
}
