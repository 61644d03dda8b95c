package id.netra.domain.discipline;

import id.netra.domain.discipline.NeutralityCase.Decree;
import id.netra.domain.shared.Validations;
import java.time.LocalDate;

/**
 * What the PPK decides, as filed: the decree, who signed it, when the employee received it, and the
 * sanction with its start (TMT). The first decision on a case and the one that changes it after an
 * objection are both of this shape and are checked by the same rules.
 *
 * @param receivedOn when the employee received the decree (null: on its date)
 */
public record Decision(
    Decree decree, Authority authority, LocalDate receivedOn, String sanction, LocalDate start) {

  /** Who signed: the authority named, else the definitive PPK. */
  public Authority by() {
    return Authority.orDefinitive(authority);
  }

  /** The day the objection window counts from. */
  LocalDate receivedOrDated() {
    return receivedOn == null ? decree.date() : receivedOn;
  }

  /**
   * Checks the decision for an employee of the case: a complete decree not after {@code today}, the
   * signer's mandate, the day received between the decree and today, a start not before the decree,
   * and a sanction the violation allows this employee in the case's stage.
   */
  Validations check(
      NeutralityCase c, ViolationType violation, Catalogue catalogue, LocalDate today) {
    Validations v = new Validations();
    Decree.check(v, decree, today);
    v.addAll(by().problems());
    LocalDate dated = decree == null ? null : decree.date();
    if (receivedOn != null && dated != null) {
      v.require(
          !receivedOn.isBefore(dated) && !receivedOn.isAfter(today),
          "receivedOn",
          "DATE_ORDER",
          "Tanggal SK diterima harus antara tanggal SK dan hari ini.",
          "The day the decree was received must lie between its date and today.");
    }
    v.require(
        start != null,
        "startDate",
        "REQUIRED",
        "TMT hukuman wajib.",
        "The sanction's start date is required.");
    if (dated != null && start != null) {
      v.require(
          !start.isBefore(dated),
          "startDate",
          "DATE_ORDER",
          "TMT hukuman tidak boleh sebelum tanggal SK.",
          "The sanction cannot start before the decree's date.");
    }
    v.addAll(catalogue.problems(violation, c.stage(), sanction, c.employeeType(), "sanction"));
    return v;
  }

  /** The note the case's history keeps of it. */
  String note(SanctionType type) {
    Authority a = by();
    return decree.number()
        + ": "
        + type.name()
        + (a.capacity() == Authority.Capacity.DEFINITIVE
            ? ""
            : " (" + a.capacity() + ", " + a.mandateText() + ")");
  }
}
