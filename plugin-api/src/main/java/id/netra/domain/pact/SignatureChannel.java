package id.netra.domain.pact;

/** How a signature reached Netra. */
public enum SignatureChannel {
  /** Signed by the employee in the widget inside the HR portal. */
  PORTAL,
  /** Signed on paper at a ceremony and imported, with an evidence reference. */
  OFFLINE_CEREMONY
}
