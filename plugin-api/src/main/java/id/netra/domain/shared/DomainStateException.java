package id.netra.domain.shared;

/**
 * A request that is well-formed but conflicts with the state of things (a published template
 * edited, a second signature for the same election).
 */
public class DomainStateException extends RuntimeException {

  private final String code;
  private final String messageId;

  public DomainStateException(String code, String messageId, String messageEn) {
    super(messageEn);
    this.code = code;
    this.messageId = messageId;
  }

  public String code() {
    return code;
  }

  public String messageId() {
    return messageId;
  }

  public String messageEn() {
    return getMessage();
  }
}
