/**
 * The neutrality integrity pact: versioned templates whose published text never changes, and the
 * signatures employees give to one template version for one election.
 */
package id.netra.domain.pact;
