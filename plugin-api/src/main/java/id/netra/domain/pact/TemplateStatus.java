package id.netra.domain.pact;

/** A draft may change; a published version never does. */
public enum TemplateStatus {
  DRAFT,
  PUBLISHED
}
