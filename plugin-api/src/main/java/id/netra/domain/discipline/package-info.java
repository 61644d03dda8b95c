/**
 * The repressive track: the violation catalogue (SKB 2022 types, PP 94/2021 Pasal 5 huruf n items,
 * their tracks and the sanctions each allows, as editable data), the sanction types with their
 * SIASN codes, and the neutrality case with its state machine ({@link
 * id.netra.domain.discipline.CaseFlow}), its deadlines, reminders and the decree's sanction period;
 * the comparison of decided sanctions with what personnel records hold ({@link
 * id.netra.domain.discipline.SanctionComparison}) and the reconciliations that keep its findings.
 */
package id.netra.domain.discipline;
