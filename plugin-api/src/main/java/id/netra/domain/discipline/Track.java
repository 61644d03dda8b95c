package id.netra.domain.discipline;

/** How a violation is handled, and so which sanctions it may lead to. */
public enum Track {
  /** An ethics breach: a moral sanction by the PPK (PP 42/2004 Pasal 15). */
  ETHICS,
  /** A discipline breach: a PP 94/2021 sanction. */
  DISCIPLINE,
  /** Membership of a political party: dismissal not with honour. */
  PARTY_MEMBERSHIP
}
