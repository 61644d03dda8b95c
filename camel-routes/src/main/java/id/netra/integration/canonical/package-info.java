/**
 * Netra's canonical messages: what every connector kind turns its source's rows, files or JSON into
 * (a personnel record, a pending request) and what leaves Netra (an outbox entry), plus the run
 * reports of a sync. Plain records, no Camel and no JPA.
 */
package id.netra.integration.canonical;
