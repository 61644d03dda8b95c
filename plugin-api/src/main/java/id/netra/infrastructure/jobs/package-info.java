/**
 * Work Netra does on a clock: chaining committed audit records (every quarter second) and the
 * cases' follow-up deadlines (hourly).
 */
package id.netra.infrastructure.jobs;
