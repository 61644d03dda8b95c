/**
 * What Netra keeps of its integrations: the transactional outbox (messages for connectors, their
 * delivery state, backoff and dead letters), connector run reports, and the change markers of
 * incremental pulls.
 */
package id.netra.domain.integration;
