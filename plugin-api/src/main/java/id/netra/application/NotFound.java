package id.netra.application;

/**
 * A thing that does not exist, or that the actor may not see (the two are answered alike, so that
 * one agency cannot learn of another's employees).
 */
public class NotFound extends RuntimeException {

  private final String kind;
  private final String key;

  public NotFound(String kind, Object key) {
    super(kind + " " + key + " not found");
    this.kind = kind;
    this.key = String.valueOf(key);
  }

  public String messageId() {
    return "Tidak ditemukan: " + kind + " " + key + ".";
  }

  public String messageEn() {
    return "Not found: " + kind + " " + key + ".";
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }
}
