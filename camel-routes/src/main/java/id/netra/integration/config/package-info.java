/**
 * Connector instance files: one YAML file per instance under the connectors folder, read into typed
 * settings with every fault reported by its key path, in Indonesian and English. Secrets are never
 * written in the files: {@code ${env:NAME}} and {@code ${alias:NAME}} name where they live.
 */
package id.netra.integration.config;
