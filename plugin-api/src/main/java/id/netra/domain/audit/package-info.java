/**
 * The audit trail: append-only entries, each holding the hash of the one before, so that any edit
 * or deletion breaks the chain at a findable link.
 */
package id.netra.domain.audit;
