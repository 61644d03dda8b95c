package id.netra.domain.discipline;

import id.netra.domain.discipline.NeutralityCase.ObjectionKind;
import id.netra.domain.shared.Validations;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The employee's objection to a decree (upaya administratif): a banding to BPASN against a
 * dismissal, else a keberatan to the official above the one who decided; filed within the agency's
 * window of working days from the day the decree was received. It remembers where the case stood,
 * so that an upheld decree returns it there.
 */
@Embeddable
public class Objection {

  @Column(name = "objection_note", length = 2000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_kind", length = 12)
  private ObjectionKind kind;

  @Column(name = "objection_filed_on")
  private LocalDate filedOn;

  /** Where the case stood when the objection was filed; null once it is decided. */
  @Enumerated(EnumType.STRING)
  @Column(name = "objected_from", length = 16)
  private CaseState from;

  protected Objection() {}

  private Objection(String note, ObjectionKind kind, LocalDate filedOn, CaseState from) {
    this.note = note;
    this.kind = kind;
    this.filedOn = filedOn;
    this.from = from;
  }

  /**
   * An objection filed on {@code filedOn} (null: today) against a decree received on {@code
   * receivedOn} whose window ends on {@code lastDay}.
   *
   * @throws id.netra.domain.shared.DomainValidationException with every fault
   */
  static Objection file(
      String note,
      LocalDate filedOn,
      boolean dismissal,
      CaseState from,
      LocalDate receivedOn,
      LocalDate lastDay,
      CaseDeadlines deadlines,
      LocalDate today) {
    LocalDate filed = filedOn == null ? today : filedOn;
    Validations v =
        new Validations()
            .require(
                note != null && !note.isBlank(),
                "note",
                "REQUIRED",
                "Uraikan keberatan atau banding.",
                "Describe the objection or appeal.")
            .maxLength(note, "note", 1900)
            .require(
                !filed.isAfter(today) && (receivedOn == null || !filed.isBefore(receivedOn)),
                "date",
                "DATE_ORDER",
                "Tanggal pengajuan harus antara tanggal SK diterima dan hari ini.",
                "The filing date must lie between the day the decree was received and today.")
            .require(
                lastDay == null || !filed.isAfter(lastDay),
                "date",
                "OBJECTION_WINDOW_PASSED",
                "Keberatan atau banding diajukan paling lambat "
                    + deadlines.objectionWorkingDays()
                    + " hari kerja sejak SK diterima ("
                    + lastDay
                    + ").",
                "An objection or appeal is filed within "
                    + deadlines.objectionWorkingDays()
                    + " working days of receiving the decree ("
                    + lastDay
                    + ").");
    v.throwIfAny();
    return new Objection(
        note, dismissal ? ObjectionKind.BANDING : ObjectionKind.KEBERATAN, filed, from);
  }

  /**
   * Who decides it, as the history records it: BPASN for a banding against a dismissal, else the
   * official above the one who decided.
   */
  String body() {
    return kind == ObjectionKind.BANDING ? "BPASN" : "atasan pejabat yang menghukum";
  }

  /** Where an upheld decree returns the case: where it stood, else DECIDED. */
  CaseState returnTo() {
    return from == null ? CaseState.DECIDED : from;
  }

  /** The objection is decided: the case no longer returns anywhere. */
  void settled() {
    from = null;
  }

  public String note() {
    return note;
  }

  public ObjectionKind kind() {
    return kind;
  }

  public LocalDate filedOn() {
    return filedOn;
  }
}
