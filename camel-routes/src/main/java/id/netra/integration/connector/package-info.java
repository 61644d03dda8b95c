/**
 * Connector kinds as Camel route templates, their per-instance handlers, the registry that loads,
 * reloads, starts and stops instances from their files, and the outbox relay that delivers Netra's
 * messages through them.
 */
package id.netra.integration.connector;
