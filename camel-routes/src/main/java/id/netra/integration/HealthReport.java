package id.netra.integration;

import java.time.Instant;

/**
 * What the integration side says of itself.
 *
 * @param up whether the context is started and every route is started
 * @param contextStatus the CamelContext's status
 * @param routes how many routes the context has
 * @param routesStarted how many of them are started
 * @param lastHeartbeat when the heartbeat route last fired, or null if it has not yet
 */
public record HealthReport(
    boolean up, String contextStatus, int routes, int routesStarted, Instant lastHeartbeat) {}
