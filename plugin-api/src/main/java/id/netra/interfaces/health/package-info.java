/**
 * Netra's MicroProfile Health checks, served by Payara at {@code /health/ready} (may this instance
 * take requests: database, schema, Camel and its connectors, Payara's cluster service, the audit
 * sealer keeping up) and {@code /health/live} (is this JVM still able to work: heap, deadlocks).
 */
package id.netra.interfaces.health;
