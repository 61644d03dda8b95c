package id.netra.integration.connector;

/**
 * A delivery the target did not take (no row matched, the source is no longer configured, the
 * target answered an error): the outbox retries it and, in the end, keeps it as a dead letter.
 */
public class DeliveryRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DeliveryRejectedException(String message) {
    super(message);
  }
}
