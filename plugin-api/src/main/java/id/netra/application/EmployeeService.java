package id.netra.application;

import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.employee.EmployeeProfile;
import id.netra.domain.employee.EmployeeRepository;
import id.netra.domain.employee.EmployeeStatus;
import id.netra.domain.employee.EmployeeType;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Keeps the employee mirror in step with the HR system. */
@Stateless
public class EmployeeService {

  @Inject Clock clock;
  @Inject EmployeeRepository employees;
  @Inject AuditService audit;
  @Inject GateService gate;
  @Inject RowImporter importer;
  @Inject TransferService transfers;

  /** Upserts every row, each in its own transaction, and reports per row. */
  public ImportReport upsertAll(Actor actor, List<EmployeeUpsert> rows) {
    return importer.importRows(
        rows, r -> EmployeeNumber.canonical(r.nip()), r -> upsertOne(actor, r));
  }

  /** Creates or updates one employee; a changed status re-decides their open requests. */
  public RowOutcome upsertOne(Actor actor, EmployeeUpsert row) {
    Validations v = new Validations();
    EmployeeType type =
        EmployeeType.named(row.type())
            .orElseGet(() -> v.enumValue(EmployeeType.class, row.type(), "type", true));
    EmployeeStatus status = v.enumValue(EmployeeStatus.class, row.status(), "status", false);
    v.requireText(row.name(), "name", 200);
    v.maxLength(row.unitCode(), "unitCode", 64);
    v.maxLength(row.unitName(), "unitName", 200);
    v.maxLength(row.golongan(), "golongan", 16);
    v.maxLength(row.positionType(), "positionType", 64);
    if (type != null) {
      v.addAll(EmployeeNumber.problems(row.nip(), type, Times.today(clock)));
    }
    if (row.superiorNip() != null && !row.superiorNip().isBlank()) {
      v.require(
          EmployeeNumber.canonical(row.superiorNip()).matches("\\d{18}"),
          "superiorNip",
          "NIP_FORMAT",
          "NIP atasan harus 18 digit angka.",
          "The superior's NIP must be 18 digits.");
    }
    if (row.siasnId() != null && !row.siasnId().isBlank()) {
      v.require(
          row.siasnId().strip().matches("[A-Za-z0-9-]{1,64}"),
          "siasnId",
          "SIASN_ID_FORMAT",
          "Id SIASN (pnsOrangId) hanya huruf, angka dan tanda minus, paling panjang 64.",
          "A SIASN id (pnsOrangId) is letters, digits and dashes, at most 64.");
    }
    v.throwIfAny();
    String agency = actor.agencyFor(row.agency());
    EmployeeNumber number = EmployeeNumber.parse(row.nip(), type);
    EmployeeProfile profile =
        new EmployeeProfile(
            row.name().trim(),
            blankToNull(row.unitCode()),
            blankToNull(row.unitName()),
            row.superiorNip() == null || row.superiorNip().isBlank()
                ? null
                : EmployeeNumber.canonical(row.superiorNip()),
            blankToNull(row.golongan()),
            blankToNull(row.positionType()),
            status);
    Instant now = Times.now(clock);
    var existing = employees.findByNip(number.digits());
    if (existing.isEmpty()) {
      Employee e = new Employee(number, agency, profile, now);
      e.linkSiasn(blankToNull(row.siasnId()), now);
      employees.add(e);
      audit.record(actor, agency, "EMPLOYEE_CREATED", "employee", e.nip(), null, e.snapshot());
      return RowOutcome.CREATED;
    }
    Employee e = existing.get();
    if (!e.agencyCode().equals(agency)) {
      // The NIP belongs to another agency: refused without revealing its data, and reported to
      // both agencies as a transfer request that the other agency or a central admin decides.
      String ticket =
          transfers.claim(actor, e.nip(), agency).map(id -> " (#" + id + ")").orElse("");
      throw DomainValidationException.of(
          "nip",
          "NIP_OTHER_AGENCY",
          "NIP ini terdaftar di instansi lain. Permohonan mutasi"
              + ticket
              + " ke instansi Anda menunggu keputusan instansi itu atau administrator pusat.",
          "This NIP is registered with another agency. A transfer request"
              + ticket
              + " to your agency waits for that agency's or a central administrator's decision.");
    }
    if (e.type() != type) {
      throw DomainValidationException.of(
          "type",
          "TYPE_CHANGED",
          "Jenis pegawai (PNS/PPPK) tidak dapat diubah untuk NIP yang sama.",
          "The employee type (PNS/PPPK) cannot change for the same number.");
    }
    Map<String, Object> before = e.snapshot();
    EmployeeStatus oldStatus = e.status();
    boolean changed = e.apply(profile, now);
    changed |= e.linkSiasn(blankToNull(row.siasnId()), now);
    if (!changed) {
      return RowOutcome.UNCHANGED;
    }
    audit.record(actor, agency, "EMPLOYEE_UPDATED", "employee", e.nip(), before, e.snapshot());
    if (oldStatus != e.status()) {
      gate.reevaluate(actor, e.nip(), "EMPLOYEE_STATUS_CHANGED");
    }
    return RowOutcome.UPDATED;
  }

  /**
   * Marks an employee inactive who is gone from the HR system's records; never deletes.
   *
   * @return whether the employee was active before
   */
  public boolean deactivate(Actor actor, String nip) {
    Employee e = find(actor, nip);
    Map<String, Object> before = e.snapshot();
    if (!e.deactivate(Times.now(clock))) {
      return false;
    }
    audit.record(
        actor, e.agencyCode(), "EMPLOYEE_DEACTIVATED", "employee", e.nip(), before, e.snapshot());
    gate.reevaluate(actor, e.nip(), "EMPLOYEE_STATUS_CHANGED");
    return true;
  }

  public java.util.List<String> activeNips(Actor actor, String agency) {
    actor.requireAgency(agency);
    return employees.findActiveNips(agency);
  }

  public Employee find(Actor actor, String nip) {
    return employees
        .findByNip(EmployeeNumber.canonical(nip))
        .filter(e -> actor.mayAct(e.agencyCode()))
        .orElseThrow(() -> new NotFound("employee", EmployeeNumber.canonical(nip)));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
