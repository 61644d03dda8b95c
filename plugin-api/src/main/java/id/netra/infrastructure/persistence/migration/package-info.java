/**
 * Schema migrations that SQL alone cannot express: they need to know something of the JVM (such as
 * the zone in which earlier versions wrote their times). Registered with Flyway beside the SQL
 * scripts of {@code db/migration}, numbered in the same sequence.
 */
package id.netra.infrastructure.persistence.migration;
