package id.netra.domain.gate;

import id.netra.domain.shared.Validations;
import java.time.LocalDate;

/**
 * A request the HR system is about to approve, already parsed: exactly one of {@code leaveType} and
 * {@code dutyBody} is set, matching {@code kind}.
 */
public record GateRequest(
    RequestKind kind,
    LeaveType leaveType,
    DutyBody dutyBody,
    String nip,
    LocalDate startDate,
    LocalDate endDate) {

  /** The day a training pass must still be valid on: the start date, or today if that is later. */
  public LocalDate trainingCheckDay(LocalDate today) {
    return startDate.isAfter(today) ? startDate : today;
  }

  public GateRequest {
    Validations v = new Validations();
    v.require(kind != null, "kind", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(
        kind != RequestKind.LEAVE || leaveType != null,
        "leaveType",
        "REQUIRED",
        "Jenis cuti wajib diisi untuk permohonan cuti.",
        "The leave type is required for a leave request.");
    v.require(
        kind != RequestKind.ELECTION_DUTY || dutyBody != null,
        "dutyBody",
        "REQUIRED",
        "Badan ad hoc wajib diisi untuk izin tugas pemilihan.",
        "The election body is required for an election duty request.");
    v.require(
        kind != RequestKind.LEAVE || dutyBody == null,
        "dutyBody",
        "NOT_ALLOWED",
        "Permohonan cuti tidak memakai badan ad hoc.",
        "A leave request takes no election body.");
    v.require(
        kind != RequestKind.ELECTION_DUTY || leaveType == null,
        "leaveType",
        "NOT_ALLOWED",
        "Izin tugas pemilihan tidak memakai jenis cuti.",
        "An election duty request takes no leave type.");
    v.require(startDate != null, "startDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(endDate != null, "endDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(
        startDate == null || endDate == null || !endDate.isBefore(startDate),
        "endDate",
        "DATE_ORDER",
        "Tanggal selesai tidak boleh sebelum tanggal mulai.",
        "The end date cannot be before the start date.");
    v.throwIfAny();
  }
}
