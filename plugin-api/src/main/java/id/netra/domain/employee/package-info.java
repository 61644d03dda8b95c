/**
 * The employee mirror: Netra's copy of what the HR system knows of an ASN, keyed on the canonical
 * NIP (PNS) or NI PPPK.
 */
package id.netra.domain.employee;
