package id.netra.integration.canonical;

import java.time.Duration;

/**
 * How often and how patiently a connector's deliveries are retried: the wait doubles after each
 * failed attempt up to {@code maxBackoff}; after {@code maxAttempts} the message is a dead letter.
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofSeconds(10), Duration.ofHours(1));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException("backoff must be >= 0 and maxBackoff >= backoff");
    }
  }

  /** Whether a message that failed its {@code attempt}-th delivery is dead. */
  public boolean exhausted(int attempt) {
    return attempt >= maxAttempts;
  }

  /** The wait after the {@code attempt}-th failed delivery: backoff, 2×backoff, 4×… capped. */
  public Duration delayAfter(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 30));
    Duration d = backoff.multipliedBy(1L << doublings);
    return d.compareTo(maxBackoff) > 0 || d.isNegative() ? maxBackoff : d;
  }
}
