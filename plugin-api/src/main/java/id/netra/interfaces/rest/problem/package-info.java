/**
 * RFC 9457 problem details for every error, in Indonesian and English; nothing a client sends
 * produces a stack trace.
 */
package id.netra.interfaces.rest.problem;
