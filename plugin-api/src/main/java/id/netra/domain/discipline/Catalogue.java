package id.netra.domain.discipline;

import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The violation types and sanction types in force, and the rule that joins them: which sanction a
 * case of a given violation may end in, for a given employee.
 */
public final class Catalogue {

  private final Map<String, SanctionType> sanctions = new LinkedHashMap<>();
  private final Map<String, ViolationType> violations = new LinkedHashMap<>();

  public Catalogue(Collection<SanctionType> sanctions, Collection<ViolationType> violations) {
    sanctions.forEach(s -> this.sanctions.put(s.code(), s));
    violations.forEach(v -> this.violations.put(v.code(), v));
  }

  public Optional<SanctionType> sanction(String code) {
    return Optional.ofNullable(code == null ? null : sanctions.get(code));
  }

  public Optional<ViolationType> violation(String code) {
    return Optional.ofNullable(code == null ? null : violations.get(code));
  }

  public Collection<SanctionType> sanctions() {
    return sanctions.values();
  }

  public Collection<ViolationType> violations() {
    return violations.values();
  }

  /**
   * Why a sanction may not end a case of this violation for this employee; empty when it may.
   *
   * @param field the request field the faults are reported on
   */
  public List<Violation> problems(
      ViolationType violation, String sanctionCode, EmployeeType employee, String field) {
    List<Violation> out = new ArrayList<>();
    SanctionType s = sanctions.get(sanctionCode);
    if (s == null) {
      out.add(
          new Violation(
              field,
              "UNKNOWN_SANCTION",
              "Jenis hukuman " + sanctionCode + " tidak ada di katalog.",
              "Sanction type " + sanctionCode + " is not in the catalogue."));
      return out;
    }
    if (!s.issuable()) {
      out.add(
          new Violation(
              field,
              "SANCTION_NOT_ISSUABLE",
              s.name()
                  + " adalah bentuk PP "
                  + s.regulation()
                  + "; hanya dibaca, tidak dijatuhkan.",
              s.name()
                  + " is a PP "
                  + s.regulation()
                  + " form: read in old records, never issued."));
    }
    if (s.track() != violation.track() || !violation.allowedSanctions().contains(s.code())) {
      out.add(
          new Violation(
              field,
              "SANCTION_NOT_FOR_VIOLATION",
              s.name()
                  + " tidak termasuk hukuman untuk pelanggaran ini (jalur "
                  + violation.track()
                  + "); yang boleh: "
                  + violation.allowedSanctions()
                  + ".",
              s.name()
                  + " is not a sanction for this violation (track "
                  + violation.track()
                  + "); allowed: "
                  + violation.allowedSanctions()
                  + "."));
    } else if (violation.tier() != null && s.tier() != violation.tier()) {
      out.add(
          new Violation(
              field,
              "SANCTION_TIER",
              "Pelanggaran ini berat hukumannya " + violation.tier() + ", bukan " + s.tier() + ".",
              "This violation carries a " + violation.tier() + " sanction, not " + s.tier() + "."));
    }
    if (!s.appliesTo(employee)) {
      out.add(
          new Violation(
              field,
              "SANCTION_NOT_FOR_EMPLOYEE_TYPE",
              s.name() + " tidak dapat dijatuhkan kepada " + employee + ".",
              s.name() + " cannot be imposed on a " + employee + " employee."));
    }
    return out;
  }
}
