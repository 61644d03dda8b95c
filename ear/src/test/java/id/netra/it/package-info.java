/**
 * Arquillian tests that deploy the real EAR into a managed Payara Server with a real database and
 * talk to it over HTTP as HR systems, administrators and employees do.
 */
package id.netra.it;
