package id.netra.domain.gate;

/** How much a reason weighs in the outcome. */
public enum Severity {
  BLOCKING,
  WARNING,
  INFO
}
