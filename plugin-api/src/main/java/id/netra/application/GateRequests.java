package id.netra.application;

import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.gate.DutyBody;
import id.netra.domain.gate.GateRequest;
import id.netra.domain.gate.LeaveType;
import id.netra.domain.gate.RequestKind;
import id.netra.domain.shared.Validations;
import java.time.LocalDate;

/** Reads a request to the gate from the text an HR system sends (API body or connector row). */
public final class GateRequests {

  private GateRequests() {}

  /** Parses the request's fields, adding every fault to {@code v} and throwing them all at once. */
  public static GateRequest parse(
      String kind,
      String leaveType,
      String dutyBody,
      String nip,
      LocalDate start,
      LocalDate end,
      Validations v) {
    RequestKind k = v.enumValue(RequestKind.class, kind, "kind", true);
    LeaveType leave = null;
    if (leaveType != null && !leaveType.isBlank()) {
      leave = LeaveType.parse(leaveType).orElse(null);
      v.require(
          leave != null,
          "leaveType",
          "UNKNOWN_VALUE",
          "Jenis cuti tidak dikenal; pakai TAHUNAN, BESAR, SAKIT, MELAHIRKAN, ALASAN_PENTING, CLTN,"
              + " BERSAMA atau nomor 1-7.",
          "Unknown leave type; use TAHUNAN, BESAR, SAKIT, MELAHIRKAN, ALASAN_PENTING, CLTN,"
              + " BERSAMA or the number 1-7.");
    }
    DutyBody body = null;
    if (dutyBody != null && !dutyBody.isBlank()) {
      body = DutyBody.parse(dutyBody).orElse(null);
      v.require(
          body != null,
          "dutyBody",
          "UNKNOWN_VALUE",
          "Badan ad hoc tidak dikenal; pakai PPK (Panitia Pemilihan Kecamatan), PPS, KPPS,"
              + " PANTARLIH, PANWASCAM, PKD atau PTPS.",
          "Unknown election body; use PPK (the sub-district election committee), PPS, KPPS,"
              + " PANTARLIH, PANWASCAM, PKD or PTPS.");
    }
    String canonical = EmployeeNumber.canonical(nip);
    v.require(
        canonical.matches("\\d{18}"),
        "nip",
        "NIP_FORMAT",
        "NIP/NI PPPK harus 18 digit angka (spasi boleh).",
        "The NIP/NI PPPK must be 18 digits (spaces allowed).");
    v.require(
        start != null || v.has("startDate"), "startDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(end != null || v.has("endDate"), "endDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.throwIfAny();
    return new GateRequest(k, leave, body, canonical, start, end);
  }
}
