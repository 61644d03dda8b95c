package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import java.time.Duration;
import java.util.Map;

/**
 * The settings of a {@code webhook} instance: the HR system pushes its requests to Netra's API with
 * its own API key, and Netra calls it back.
 *
 * @param apiClient the key prefix of the HR system's API client (for example {@code ab12cd34}, the
 *     part after {@code netra_} in its key): decisions on its requests are called back through this
 *     instance
 * @param url the HR system's callback address
 * @param secret the HMAC-SHA256 key both sides hold
 * @param headers extra fixed headers (for example the HR system's own token)
 */
public record WebhookSettings(
    String apiClient,
    String url,
    String secret,
    Duration connectTimeout,
    Duration readTimeout,
    Map<String, String> headers) {

  public static final String KIND = "webhook";

  static WebhookSettings read(ConfigNode root) {
    String client = root.text("apiClient", true);
    if (client != null && !client.matches("(netra_)?[A-Za-z0-9-]{4,32}")) {
      root.problem(
          "apiClient",
          "Tulis awalan kunci API klien (misalnya ab12cd34), bukan kuncinya.",
          "Write the API client's key prefix (for example ab12cd34), not the key.");
    } else if (client != null) {
      client = client.replaceFirst("^netra_", "");
    }
    ConfigNode cb = root.section("callback", true);
    String url = null;
    String secret = null;
    Duration connect = Duration.ofSeconds(10);
    Duration read = Duration.ofSeconds(30);
    Map<String, String> headers = Map.of();
    if (cb != null) {
      cb.onlyKeys("url", "secret", "connectTimeout", "readTimeout", "headers");
      url = HttpSettings.url(cb, "url", true);
      secret = cb.text("secret", true);
      if (secret != null && secret.length() < 16) {
        cb.problem(
            "secret",
            "Rahasia HMAC paling sedikit 16 karakter.",
            "The HMAC secret needs at least 16 characters.");
      }
      connect = cb.duration("connectTimeout", connect);
      read = cb.duration("readTimeout", read);
      headers = Map.copyOf(cb.textMap("headers"));
    }
    return new WebhookSettings(client, url, secret, connect, read, headers);
  }
}
