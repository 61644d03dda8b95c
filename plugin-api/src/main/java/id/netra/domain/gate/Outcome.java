package id.netra.domain.gate;

/** The gate's answer. */
public enum Outcome {
  ALLOW,
  ALLOW_WITH_WARNING,
  BLOCK
}
