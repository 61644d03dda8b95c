/**
 * Use cases: each service opens the transaction, loads aggregates, lets the domain decide, and
 * leaves an audit entry for every change. Services check the actor's agency; resources stay thin.
 */
package id.netra.application;
