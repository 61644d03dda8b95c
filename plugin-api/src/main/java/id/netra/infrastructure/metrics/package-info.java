/**
 * Netra's application metrics in Payara's MicroProfile Metrics registry, served in Prometheus
 * format at {@code /metrics} beside the JVM's own.
 */
package id.netra.infrastructure.metrics;
