package id.netra.integration.connector;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of one connector instance per channel ({@code personnel}, {@code requests}, {@code
 * deliveries}): how many exchanges, how many failed, when the last one succeeded and what the last
 * failure said. Kept in memory since the instance started.
 */
public final class ConnectorStats {

  /** One channel's counters at a moment. */
  public record Channel(
      long exchanges, long failures, Instant lastSuccess, Instant lastFailure, String lastError) {}

  private final Map<String, Channel> channels = new LinkedHashMap<>();
  private final Clock clock;

  public ConnectorStats(Clock clock) {
    this.clock = clock;
  }

  public synchronized void success(String channel) {
    Channel c = channels.getOrDefault(channel, new Channel(0, 0, null, null, null));
    channels.put(
        channel,
        new Channel(
            c.exchanges() + 1, c.failures(), clock.instant(), c.lastFailure(), c.lastError()));
  }

  public synchronized void failure(String channel, String error) {
    Channel c = channels.getOrDefault(channel, new Channel(0, 0, null, null, null));
    channels.put(
        channel,
        new Channel(c.exchanges() + 1, c.failures() + 1, c.lastSuccess(), clock.instant(), error));
  }

  public synchronized Map<String, Channel> snapshot() {
    return Map.copyOf(channels);
  }
}
