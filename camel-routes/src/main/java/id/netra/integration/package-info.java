/**
 * Netra's integration side: the {@link id.netra.integration.NetraCamel} runtime that the
 * application starts and stops, and the routes it carries. Later: canonical messages, the ports
 * routes call, and the connector route templates (simpeg-jdbc, siasn-rest, file, webhook).
 */
package id.netra.integration;
