/**
 * The neutrality domain in plain Java: employees, election periods, pacts, trainings, the gate and
 * the audit chain. No container, no HTTP: every rule here is unit-tested without a server.
 */
package id.netra.domain;
