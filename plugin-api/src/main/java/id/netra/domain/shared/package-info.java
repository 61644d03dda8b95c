/** Types every aggregate shares: bilingual text, validation failures, time. */
package id.netra.domain.shared;
