package id.netra.application;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the work at hand: the HTTP request's, as the caller sent it in {@code
 * X-Request-Id} or as Netra made it up. It is answered in the same header and in every problem
 * document, written in the request's log line, kept with each outbox message the request queued and
 * handed on with that message's delivery, so one id leads from an HR system's call through Netra's
 * log to the callback it caused.
 */
public final class Correlation {

  public static final String HEADER = "X-Request-Id";

  /** What a caller's id may look like: no spaces, no control characters, nothing to inject. */
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Correlation() {}

  /** The id of the request this thread serves, or null outside a request. */
  public static String current() {
    return CURRENT.get();
  }

  /**
   * Starts a request's correlation on this thread.
   *
   * @param offered the caller's {@code X-Request-Id}: kept when it looks like an id, else a new one
   *     is made (a caller's malformed header is never written to logs or passed on)
   * @return the id now current
   */
  public static String begin(String offered) {
    String id =
        offered != null && ACCEPTED.matcher(offered).matches()
            ? offered
            : UUID.randomUUID().toString();
    CURRENT.set(id);
    return id;
  }

  /** Ends it: a pooled thread carries no id into its next work. */
  public static void end() {
    CURRENT.remove();
  }
}
