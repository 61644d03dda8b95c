package id.netra.application;

import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.employee.EmployeeRepository;
import id.netra.domain.employee.Transfer;
import id.netra.domain.employee.TransferRepository;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers (mutasi) of employees between agencies: asked for by either side, decided by the other
 * side or a central administrator, and audited for both agencies.
 */
@Stateless
public class TransferService {

  @Inject Clock clock;
  @Inject EmployeeRepository employees;
  @Inject TransferRepository transfers;
  @Inject CaseRepository cases;
  @Inject AuditService audit;

  /**
   * Records, in a transaction of its own (the row that sent the NIP is refused), that an agency
   * sent the NIP of an employee another agency holds: a pending transfer to it, reported to both.
   *
   * @return the pending request's id, if it is this agency's (another agency may have one)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> claim(Actor actor, String nip, String claimingAgency) {
    Employee e = employees.lockByNip(nip).orElseThrow(() -> new NotFound("employee", nip));
    Optional<Transfer> pending = transfers.findPending(nip);
    if (pending.isPresent()) {
      return pending.filter(t -> t.toAgency().equals(claimingAgency)).map(Transfer::id);
    }
    Transfer t =
        new Transfer(
            e,
            claimingAgency,
            Transfer.Origin.CLAIM,
            claimingAgency,
            actor.name(),
            null,
            Times.now(clock));
    transfers.add(t);
    recordForBoth(actor, t, "TRANSFER_REQUESTED", null);
    return Optional.of(t.id());
  }

  /**
   * Asks for a transfer: the holding agency (or a central administrator) of its employee to {@code
   * toAgency}; any other agency of the employee to itself.
   *
   * @throws DomainStateException {@code TRANSFER_PENDING} while another request for the employee
   *     waits
   */
  public Transfer request(Actor actor, String nip, String toAgency, String note) {
    new Validations().requireText(nip, "nip", 40).maxLength(note, "note", 500).throwIfAny();
    String canonical = EmployeeNumber.canonical(nip);
    Employee e =
        employees.lockByNip(canonical).orElseThrow(() -> new NotFound("employee", canonical));
    String to;
    if (actor.mayAct(e.agencyCode())) {
      // The holder (or a central admin) sends the employee to the agency it names.
      new Validations().requireText(toAgency, "toAgency", 32).throwIfAny();
      to = toAgency.trim();
    } else {
      // Another agency asks for the employee to come to it.
      to = actor.agencyCode();
    }
    if (transfers.findPending(canonical).isPresent()) {
      throw new DomainStateException(
          "TRANSFER_PENDING",
          "Sudah ada permohonan mutasi pegawai ini yang menunggu keputusan.",
          "A transfer request for this employee is waiting for a decision already.");
    }
    Transfer t =
        new Transfer(
            e,
            to,
            Transfer.Origin.REQUEST,
            actor.agencyCode(),
            actor.name(),
            EmployeeService.blankToNull(note),
            Times.now(clock));
    transfers.add(t);
    recordForBoth(actor, t, "TRANSFER_REQUESTED", null);
    return t;
  }

  /**
   * Approves a request and moves the employee with their history to the receiving agency.
   *
   * @throws DomainStateException {@code TRANSFER_BLOCKED} while a case of the employee has their
   *     data blocked (BKN blocks transfers until the PPK follows up)
   */
  public Transfer approve(Actor actor, long id, String note) {
    new Validations().maxLength(note, "note", 500).throwIfAny();
    Transfer t = decidable(actor, id);
    Employee e = employees.lockByNip(t.nip()).orElseThrow(() -> new NotFound("employee", t.nip()));
    move(actor, t, e, EmployeeService.blankToNull(note));
    return t;
  }

  /**
   * Follows SIASN, which shows the employee at another agency: the transfer is recorded (origin
   * SIASN) and approved at once, or the request already pending to that agency is approved.
   *
   * @param actor the connector that read SIASN
   * @throws DomainStateException {@code TRANSFER_PENDING} while a request to a third agency waits
   *     (a person decides it first), {@code TRANSFER_BLOCKED} as for {@link #approve}
   */
  public Transfer follow(Actor actor, String nip, String toAgency, String note) {
    Employee e = employees.lockByNip(nip).orElseThrow(() -> new NotFound("employee", nip));
    Optional<Transfer> pending = transfers.findPending(nip);
    Transfer t;
    if (pending.isPresent()) {
      t = pending.get();
      t.requireFollowableTo(toAgency);
    } else {
      t =
          new Transfer(
              e, toAgency, Transfer.Origin.SIASN, null, actor.name(), note, Times.now(clock));
      transfers.add(t);
      recordForBoth(actor, t, "TRANSFER_REQUESTED", null);
    }
    move(actor, t, e, note);
    return t;
  }

  /** Approves a pending transfer and moves the employee, unless a case blocks their data. */
  private void move(Actor actor, Transfer t, Employee e, String note) {
    if (cases.findByNip(t.nip()).stream().anyMatch(NeutralityCase::blockRecommended)) {
      throw new DomainStateException(
          "TRANSFER_BLOCKED",
          "Data pegawai ini diblokir karena kasus yang belum ditindaklanjuti PPK: mutasi"
              + " menunggu tindak lanjut.",
          "This employee's data is blocked for a case the PPK has not followed up: the transfer"
              + " waits for the follow-up.");
    }
    Map<String, Object> before = t.snapshot();
    Map<String, Object> employeeBefore = e.snapshot();
    Instant now = Times.now(clock);
    t.approve(actor.name(), note, now);
    e.transferTo(t, now);
    recordForBoth(actor, t, "TRANSFER_APPROVED", before);
    for (String agency : List.of(t.fromAgency(), t.toAgency())) {
      audit.record(
          actor, agency, "EMPLOYEE_TRANSFERRED", "employee", e.nip(), employeeBefore, e.snapshot());
    }
  }

  public Transfer refuse(Actor actor, long id, String note) {
    new Validations().maxLength(note, "note", 500).throwIfAny();
    Transfer t = decidable(actor, id);
    Map<String, Object> before = t.snapshot();
    t.refuse(actor.name(), EmployeeService.blankToNull(note), Times.now(clock));
    recordForBoth(actor, t, "TRANSFER_REFUSED", before);
    return t;
  }

  public Transfer withdraw(Actor actor, long id) {
    Transfer t = visible(actor, id);
    if (!t.withdrawableBy(actor.agencyCode())) {
      throw new Forbidden(
          "TRANSFER_NOT_YOURS",
          "Hanya pihak yang mengajukan mutasi ini yang dapat menariknya.",
          "Only the side that asked for this transfer can withdraw it.");
    }
    Map<String, Object> before = t.snapshot();
    t.withdraw(actor.name(), Times.now(clock));
    recordForBoth(actor, t, "TRANSFER_WITHDRAWN", before);
    return t;
  }

  /** The requests that concern the caller's agency (a central caller: every one, or one agency). */
  public List<Transfer> list(
      Actor actor, String agency, Transfer.State state, int offset, int max) {
    return transfers.find(
        actor.scope(agency), state, Math.max(offset, 0), Math.min(Math.max(max, 1), 1000));
  }

  public Transfer visible(Actor actor, long id) {
    return transfers
        .find(id)
        .filter(t -> actor.central() || t.concerns(actor.agencyCode()))
        .orElseThrow(() -> new NotFound("transfer", id));
  }

  private Transfer decidable(Actor actor, long id) {
    Transfer t = visible(actor, id);
    if (!t.decidableBy(actor.agencyCode())) {
      throw new Forbidden(
          "TRANSFER_NOT_YOURS",
          "Permohonan yang diajukan instansi Anda diputuskan oleh instansi lainnya atau"
              + " administrator pusat.",
          "A request your agency made is decided by the other agency or a central"
              + " administrator.");
    }
    return t;
  }

  private void recordForBoth(Actor actor, Transfer t, String action, Map<String, Object> before) {
    for (String agency : List.of(t.fromAgency(), t.toAgency())) {
      audit.record(actor, agency, action, "transfer", t.id(), before, t.snapshot());
    }
  }
}
