package id.netra.application;

import java.util.List;

/** Which connector instances a decided sanction must reach: the agency's personnel records. */
public interface SanctionTargets {

  /**
   * @param withSiasn whether SIASN's disciplinary history is among them: only for a sanction SIASN
   *     records with {@code hukdis/save}
   * @throws id.netra.domain.shared.DomainStateException if the integration side is not running, so
   *     that no sanction is decided without its write-back queued
   */
  List<String> of(String agency, boolean withSiasn);

  /**
   * Whether a target writes dismissals as its own termination records, apart from the sanctions it
   * reads back (so a reconciliation does not look for them there).
   */
  boolean terminationsApart(String connector);

  /** The agency's records that keep a sanction's decree document (SIASN's upload-dok-rw). */
  List<String> ofDocuments(String agency);

  /**
   * The code a target keeps a Netra sanction type under (a SIMPEG's own codes), so that a
   * reconciliation compares like with like.
   */
  String recordCode(String connector, String netraCode);

  /**
   * The sanctions a target holds for the NIPs given.
   *
   * @throws UnsupportedOperationException if the target cannot read its sanctions back
   * @throws RuntimeException if it could not be read
   */
  List<id.netra.domain.discipline.SanctionComparison.Held> held(
      String connector, List<String> nips);
}
