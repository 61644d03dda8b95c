/**
 * Neutrality training: versioned modules with sections and a quiz whose answers stay on the server,
 * attempts, and completions (passed in the portal or imported from an external LMS).
 */
package id.netra.domain.training;
