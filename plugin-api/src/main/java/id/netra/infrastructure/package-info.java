/** Technical adapters behind the domain's interfaces: persistence, security, Camel, demo data. */
package id.netra.infrastructure;
