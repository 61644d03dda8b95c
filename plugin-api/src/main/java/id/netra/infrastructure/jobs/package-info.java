/** Work Netra does on a clock: the cases' follow-up deadlines. */
package id.netra.infrastructure.jobs;
