package id.netra.domain.shared;

/**
 * One thing wrong with an input, for the field that has it, in Indonesian and English.
 *
 * @param field the input's field (JSON path as the client sent it), or null for the whole input
 * @param code a stable machine code, e.g. {@code NIP_INVALID}
 * @param messageId the explanation in Indonesian
 * @param messageEn the explanation in English
 */
public record Violation(String field, String code, String messageId, String messageEn) {

  public Violation withField(String newField) {
    return new Violation(newField, code, messageId, messageEn);
  }
}
