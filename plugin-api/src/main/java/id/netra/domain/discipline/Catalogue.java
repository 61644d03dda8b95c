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
   * The rules a case of {@code violation} follows for an employee of {@code employee}'s type, for
   * an act in {@code stage}: non-ASN staff always take the contract track (every contract measure
   * the catalogue holds), an ASN the violation's rules for the stage.
   */
  public ViolationRules rules(
      ViolationType violation, CandidateStage stage, EmployeeType employee) {
    if (employee == EmployeeType.NON_ASN) {
      return new ViolationRules(
          Track.CONTRACT,
          null,
          sanctions.values().stream()
              .filter(s -> s.track() == Track.CONTRACT)
              .map(SanctionType::code)
              .collect(java.util.stream.Collectors.toSet()));
    }
    return violation.rules(stage);
  }

  /** The sanctions a case may end in: those of the rules that can be issued to the employee. */
  public List<SanctionType> decidable(
      ViolationType violation, CandidateStage stage, EmployeeType employee) {
    return sanctions.values().stream()
        .filter(s -> problems(violation, stage, s.code(), employee, "sanction").isEmpty())
        .toList();
  }

  /**
   * Why a sanction may not end a case of this violation, in this stage, for this employee; empty
   * when it may.
   *
   * @param field the request field the faults are reported on
   */
  public List<Violation> problems(
      ViolationType violation,
      CandidateStage stage,
      String sanctionCode,
      EmployeeType employee,
      String field) {
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
    ViolationRules rules = rules(violation, stage, employee);
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
    if (s.track() != rules.track() || !rules.allowedSanctions().contains(s.code())) {
      String stageId = stage == CandidateStage.CALON ? "calon" : "bakal calon";
      out.add(
          new Violation(
              field,
              "SANCTION_NOT_FOR_VIOLATION",
              s.name()
                  + " tidak termasuk hukuman untuk pelanggaran ini (jalur "
                  + rules.track()
                  + (violation.staged() ? ", tahap " + stageId : "")
                  + "); yang boleh: "
                  + allowedFor(rules, employee)
                  + ".",
              s.name()
                  + " is not a sanction for this violation (track "
                  + rules.track()
                  + (violation.staged() ? ", stage " + stage : "")
                  + "); allowed: "
                  + allowedFor(rules, employee)
                  + "."));
    } else if (rules.tier() != null && s.tier() != rules.tier()) {
      out.add(
          new Violation(
              field,
              "SANCTION_TIER",
              "Pelanggaran ini dijatuhi "
                  + tierId(rules.tier())
                  + ", bukan "
                  + tierId(s.tier())
                  + ".",
              "This violation carries a sanction of the "
                  + tierEn(rules.tier())
                  + " tier, not the "
                  + tierEn(s.tier())
                  + " one."));
    }
    if (!s.appliesTo(employee)) {
      out.add(
          new Violation(
              field,
              "SANCTION_NOT_FOR_EMPLOYEE_TYPE",
              s.name() + " tidak dapat dijatuhkan kepada " + typeId(employee) + ".",
              s.name() + " cannot be imposed on " + typeEn(employee) + "."));
    }
    return out;
  }

  /** The allowed codes that the employee can receive, for an error message. */
  private java.util.Set<String> allowedFor(ViolationRules rules, EmployeeType employee) {
    return rules.allowedSanctions().stream()
        .filter(c -> sanction(c).map(s -> s.appliesTo(employee) && s.issuable()).orElse(false))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** A tier as the law names it: "tingkat hukuman disiplin sedang". */
  public static String tierId(Tier t) {
    return t == null
        ? "-"
        : switch (t) {
          case R -> "tingkat hukuman disiplin ringan";
          case S -> "tingkat hukuman disiplin sedang";
          case B -> "tingkat hukuman disiplin berat";
        };
  }

  public static String tierEn(Tier t) {
    return t == null
        ? "-"
        : switch (t) {
          case R -> "light (ringan)";
          case S -> "medium (sedang)";
          case B -> "heavy (berat)";
        };
  }

  private static String typeId(EmployeeType t) {
    return switch (t) {
      case PNS -> "PNS";
      case PPPK -> "PPPK";
      case NON_ASN -> "pegawai non-ASN";
    };
  }

  private static String typeEn(EmployeeType t) {
    return switch (t) {
      case PNS -> "a PNS";
      case PPPK -> "a PPPK";
      case NON_ASN -> "non-ASN staff";
    };
  }
}
