package id.netra.domain.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the catalogue, the agencies' case settings and the cases are kept. */
public interface CaseRepository extends CatalogueUpgrade.Store {

  /** The sanction types and the current version of each violation type. */
  Catalogue catalogue();

  boolean catalogueEmpty();

  /** The edition of the standard catalogue the database holds: 1 when none was recorded. */
  int catalogueEdition();

  void catalogueEditionApplied(int edition, java.time.Instant at);

  @Override
  void add(SanctionType sanction);

  @Override
  void add(ViolationType violation);

  Optional<SanctionType> findSanction(String code);

  Optional<ViolationType> findCurrentViolation(String code);

  Optional<ViolationType> findViolation(long id);

  Optional<CaseSettings> findSettings(String agency);

  void add(CaseSettings settings);

  void add(NeutralityCase c);

  Optional<NeutralityCase> find(long id);

  /** The agency's case registered under a source's reference. */
  Optional<NeutralityCase> findByReference(String agency, String reference);

  /**
   * Cases of the same employee and violation whose events lie within {@code days} of {@code day}.
   */
  List<NeutralityCase> findSimilar(String nip, String violationCode, LocalDate day, int days);

  /**
   * The queue: an agency's cases (every agency's when null), filtered, the most urgent first.
   *
   * @param states empty for every state
   * @param overdueOnly only cases whose current deadline has passed on {@code today}
   */
  List<NeutralityCase> findCases(
      String agency,
      List<CaseState> states,
      String nip,
      boolean overdueOnly,
      LocalDate today,
      int offset,
      int limit);

  /** Open cases whose PPK follow-up may have run out by {@code today}. */
  List<NeutralityCase> findAwaitingPpk(LocalDate today);

  /** An agency's cases with a decree: the sanctions its personnel records must hold. */
  List<NeutralityCase> findSanctioned(String agency);

  void add(SanctionReconciliation reconciliation);

  Optional<SanctionReconciliation> findReconciliation(long id);

  /** An agency's reconciliations (every agency's when null), the newest first. */
  List<SanctionReconciliation> findReconciliations(String agency, int limit);

  /** One line of the case report: how many cases of a kind, in a unit, in a state. */
  record CaseCount(
      String agency,
      String unitCode,
      String unitName,
      String violationCode,
      Tier tier,
      CaseState state,
      long cases,
      long overdue,
      long blockRecommended) {}

  /** Case counts per agency (one agency's when given) and unit, by violation, tier and state. */
  List<CaseCount> countCases(String agency, LocalDate today);

  /** Open cases with a deadline on or after {@code from} and on or before {@code to}. */
  List<NeutralityCase> findDueBetween(LocalDate from, LocalDate to);

  /** Whether the reminder for this case, stage and deadline exists already. */
  boolean reminderExists(long caseId, CaseState stage, LocalDate dueOn);

  void add(CaseReminder reminder);

  Optional<CaseReminder> findReminder(long id);

  /**
   * Reminders for the roles given, in an agency (every agency's when null), the nearest deadline
   * first.
   */
  List<CaseReminder> findReminders(String agency, List<CaseRole> roles, boolean openOnly);

  /** Cases marked "block recommended" and not yet decided, closed or dismissed. */
  List<NeutralityCase> findBlockRecommended(String agency);

  /**
   * Cases decided with one of {@code sanctions} and not cancelled (decided, recorded, objected or
   * closed), of one agency or (null) every agency, oldest decree first.
   */
  List<NeutralityCase> findDecidedWith(
      String agency, java.util.Collection<String> sanctions, int offset, int limit);

  /** The NIPs of an agency's employees that have cases. */
  List<String> findNipsWithCases(String agency);

  /** An employee's cases, for the gate's policy options. */
  List<NeutralityCase> findByNip(String nip);
}
