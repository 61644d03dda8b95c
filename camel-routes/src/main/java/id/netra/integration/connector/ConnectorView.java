package id.netra.integration.connector;

import id.netra.integration.config.ConfigProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connector instance as an administrator sees it.
 *
 * @param state STARTED; STOPPED or SUSPENDED (by an administrator, or disabled in its file); FAILED
 *     (enabled and not held, yet a route of it is not running: the instance is not ready); or
 *     INVALID (its file could not be used; nothing runs)
 * @param problems the faults of the file's last rejected version (the previous one keeps running)
 */
public record ConnectorView(
    String id,
    String kind,
    String agency,
    String description,
    String file,
    String state,
    boolean enabled,
    Instant loadedAt,
    List<ConfigProblem> problems,
    List<RouteView> routes,
    Map<String, ConnectorStats.Channel> stats) {

  /** One route of the instance and its Camel status. */
  public record RouteView(String id, String status) {}
}
