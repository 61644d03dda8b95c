package id.netra.application;

import id.netra.domain.shared.DomainStateException;

/**
 * An action the actor's role allows but its scope does not: for example an agency's administrator
 * changing what every agency shares. Answered 403 (not 409 like other state faults) with its code.
 */
public class Forbidden extends DomainStateException {

  public Forbidden(String code, String messageId, String messageEn) {
    super(code, messageId, messageEn);
  }
}
