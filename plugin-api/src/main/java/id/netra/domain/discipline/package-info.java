/**
 * The repressive track: the violation catalogue (SKB 2022 types, PP 94/2021 Pasal 5 huruf n items,
 * their tracks and the sanctions each allows, as editable data), the sanction types with their
 * SIASN codes, and the neutrality case with its state machine ({@link
 * id.netra.domain.discipline.CaseFlow}), its deadlines and the decree's sanction period.
 */
package id.netra.domain.discipline;
