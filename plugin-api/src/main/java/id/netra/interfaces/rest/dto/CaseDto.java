package id.netra.interfaces.rest.dto;

import id.netra.application.DeliveryService;
import id.netra.domain.discipline.CaseAction;
import id.netra.domain.discipline.CaseEvent;
import id.netra.domain.discipline.NeutralityCase;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the console shows it: where it stands, its deadline, its decree and sanction, its
 * history, and what the caller may do next. {@code stage} says whether the act was for a bakal
 * calon or a calon; {@code bawasluWindowPassed} that a public report came later than Bawaslu's
 * filing window (information only); {@code terms}, in the detail only, the track the case follows,
 * the sanctions it may end in, the last day for an objection and the version of the violation type
 * the case was registered under; {@code sanctionRevision}, the sanction type's revision the decree
 * applied.
 */
public record CaseDto(
    long id,
    String agency,
    String nip,
    String employeeType,
    String violation,
    Long electionId,
    String stage,
    String source,
    String reporter,
    String reference,
    boolean bawasluWindowPassed,
    LocalDate eventDate,
    LocalDate knownDate,
    LocalDate reportedOn,
    List<String> evidence,
    String description,
    String state,
    LocalDate dueOn,
    Long daysLeft,
    boolean overdue,
    boolean blockRecommended,
    Long duplicateOf,
    id.netra.domain.discipline.Recommendation recommendation,
    NeutralityCase.Examination examination,
    NeutralityCase.Decree decree,
    id.netra.domain.discipline.Authority authority,
    LocalDate decreeReceivedOn,
    String sanction,
    Integer sanctionRevision,
    LocalDate sanctionStart,
    LocalDate sanctionEnd,
    NeutralityCase.Decree cancellation,
    String objection,
    String objectionKind,
    LocalDate objectionFiledOn,
    String dismissalReason,
    Terms terms,
    List<Event> history,
    List<Delivery> records,
    List<CaseAction> allowedActions) {

  /**
   * What the law gives this case: its track and tier (for non-ASN staff the contract track), the
   * sanction codes a decree may name for this employee, and the last day to object (after a
   * decree).
   */
  public record Terms(
      String track,
      String tier,
      List<String> sanctions,
      LocalDate objectionDeadline,
      int violationVersion,
      List<String> missingDocuments) {}

  /**
   * The sanction (or its cancellation) on its way to one personnel record: its state, and the id
   * the record gave it ({@code targetRef}, for SIASN {@code rwHukdisId=…}).
   */
  public record Delivery(
      String connector,
      String what,
      String state,
      int attempts,
      String targetRef,
      String lastError,
      java.time.Instant updatedAt) {
    public static Delivery of(id.netra.domain.integration.OutboxMessage m) {
      return new Delivery(
          m.connectorId(),
          DeliveryService.isCancellation(m) ? "CANCELLATION" : "SANCTION",
          m.state().name(),
          m.attempts(),
          m.targetRef(),
          m.lastError(),
          m.updatedAt());
    }
  }

  /** One step of the history. */
  public record Event(
      int seq, String action, String from, String to, String actor, LocalDate on, String note) {}

  public static CaseDto of(
      NeutralityCase c,
      List<CaseAction> allowed,
      boolean withHistory,
      List<Delivery> records,
      Terms terms,
      LocalDate today) {
    return new CaseDto(
        c.id(),
        c.agency(),
        c.nip(),
        c.employeeType().name(),
        c.violationCode(),
        c.electionId(),
        c.stage().name(),
        c.source().name(),
        c.reporter(),
        c.reference(),
        c.bawasluWindowPassed(),
        c.eventDate(),
        c.knownDate(),
        c.reportedOn(),
        c.evidence(),
        c.description(),
        c.state().name(),
        c.dueOn(),
        c.daysLeft(today),
        c.overdue(today),
        c.blockRecommended(),
        c.duplicateOf(),
        c.recommendation(),
        c.examination(),
        c.decree(),
        c.authority(),
        c.decreeReceivedOn(),
        c.sanction(),
        c.sanctionRevision(),
        c.period() == null ? null : c.period().start(),
        c.period() == null ? null : c.period().end(),
        c.cancellation(),
        c.objectionNote(),
        c.objectionKind() == null ? null : c.objectionKind().name(),
        c.objectionFiledOn(),
        c.dismissalReason(),
        terms,
        withHistory ? c.history().stream().map(CaseDto::event).toList() : null,
        records,
        allowed);
  }

  private static Event event(CaseEvent e) {
    return new Event(
        e.seq(),
        e.action(),
        e.from() == null ? null : e.from().name(),
        e.to().name(),
        e.actor(),
        e.on(),
        e.note());
  }
}
