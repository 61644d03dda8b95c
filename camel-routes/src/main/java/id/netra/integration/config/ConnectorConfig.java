package id.netra.integration.config;

import id.netra.integration.canonical.RetryPolicy;

/**
 * One connector instance as its file describes it.
 *
 * @param file the file's name within the connectors folder
 * @param fingerprint SHA-256 of the file's bytes: a reload of an unchanged file does nothing
 * @param settings the kind's own settings
 */
public record ConnectorConfig(
    String id,
    String kind,
    String agency,
    boolean enabled,
    String description,
    String file,
    String fingerprint,
    RetryPolicy retry,
    Object settings) {

  @SuppressWarnings("unchecked")
  public <T> T settings(Class<T> type) {
    return (T) settings;
  }
}
