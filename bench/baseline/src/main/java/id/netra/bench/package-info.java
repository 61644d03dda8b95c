/**
 * The baselines of bench/run.sh: the cheapest JAX-RS POST, and the cheapest transactional write
 * (one row through JPA in one transaction) on the same server and data source as Netra.
 */
package id.netra.bench;
