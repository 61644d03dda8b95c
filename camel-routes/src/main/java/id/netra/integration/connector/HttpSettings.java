package id.netra.integration.connector;

import id.netra.integration.config.ConfigNode;
import java.net.URI;
import java.time.Duration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/** What the HTTP kinds share: how a URL is read from a file, and the client's timeouts. */
final class HttpSettings {

  private HttpSettings() {}

  /**
   * The HTTP client's timeouts, bound per instance as {@code <id>.http}. The client never retries
   * by itself (it would repeat a POST after a 503): retries belong to the outbox, with its backoff
   * and its count.
   */
  static HttpClientConfigurer timeouts(Duration connect, Duration read) {
    return builder ->
        builder
            .disableAutomaticRetries()
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectTimeout(Timeout.of(connect))
                    .setConnectionRequestTimeout(Timeout.of(connect))
                    .setResponseTimeout(Timeout.of(read))
                    .build());
  }

  /**
   * An http(s) URL.
   *
   * @param queryAllowed whether it may carry a query string (a PHP callback such as {@code
   *     index.php?r=netra/callback})
   */
  static String url(ConfigNode node, String key, boolean queryAllowed) {
    String v = node.text(key, true);
    if (v == null) {
      return null;
    }
    try {
      URI u = URI.create(v);
      if ((u.getScheme() != null && u.getScheme().matches("https?"))
          && u.getHost() != null
          && (queryAllowed || u.getQuery() == null)
          && u.getFragment() == null) {
        return v;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (queryAllowed) {
      node.problem(
          key,
          "Harus alamat http:// atau https:// yang sah.",
          "Must be a valid http:// or https:// address.");
    } else {
      node.problem(
          key,
          "Harus alamat http:// atau https:// tanpa query string.",
          "Must be an http:// or https:// address without a query string.");
    }
    return null;
  }
}
