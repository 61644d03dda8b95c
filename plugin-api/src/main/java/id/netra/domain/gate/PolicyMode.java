package id.netra.domain.gate;

/** Whether a policy's requirements block, or are only recorded and warned about. */
public enum PolicyMode {
  ENFORCE,
  /**
   * Decides and records as ENFORCE would, but answers ALLOW_WITH_WARNING instead of BLOCK for unmet
   * requirements: the gradual rollout an agency starts with. The law's own rules (PPPK and CLTN, a
   * declared candidate, an inactive employee) still block.
   */
  RECORD_ONLY
}
