/**
 * JPA repositories (one per aggregate, named queries where they recur), the audit chain's locked
 * head, and the Flyway migrator that owns the schema.
 */
package id.netra.infrastructure.persistence;
