package id.netra.integration.config;

/**
 * One fault in a connector file, named by its key path (for example {@code personnel.fields.nip}).
 */
public record ConfigProblem(String path, String messageId, String messageEn) {

  @Override
  public String toString() {
    return path + ": " + messageEn;
  }
}
