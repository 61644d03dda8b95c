package id.netra.integration.canonical;

/** Why a record failed or what a decision rests on, in Indonesian and English. */
public record Reason(String field, String code, String messageId, String messageEn) {

  public static Reason of(String field, String code, String messageId, String messageEn) {
    return new Reason(field, code, messageId, messageEn);
  }

  @Override
  public String toString() {
    return (field == null ? "" : field + ": ") + code + " (" + messageEn + ")";
  }
}
