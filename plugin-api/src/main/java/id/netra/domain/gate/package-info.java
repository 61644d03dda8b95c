/**
 * The neutrality gate: per-agency policies (what is required, what is gated, enforce or record
 * only), the pure {@link id.netra.domain.gate.GateEvaluator} that applies them and the law, and the
 * decisions and decision changes it leaves behind.
 */
package id.netra.domain.gate;
