/**
 * SIASN as it answers, without Camel: its code lists (jenisHukuman, golongan) and the records of
 * its disciplinary history ({@code pns/rw-hukdis}) read in every spelling its public clients meet.
 */
package id.netra.integration.siasn;
