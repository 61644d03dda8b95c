package id.netra.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an HR system asks the gate. Dates are ISO (yyyy-mm-dd); enums are names. */
@Schema(
    name = "DecisionRequest",
    example =
        "{\"requestRef\":\"SIMPEG-CUTI-2029-00042\",\"kind\":\"ELECTION_DUTY\","
            + "\"dutyBody\":\"KPPS\",\"nip\":\"19660801 198803 1 001\","
            + "\"startDate\":\"2029-11-20\",\"endDate\":\"2029-11-28\"}")
public record DecisionRequest(
    @Schema(
            description = "The HR system's own id for the request",
            required = true,
            maxLength = 100)
        String requestRef,
    @Schema(
            enumeration = {"LEAVE", "ELECTION_DUTY"},
            required = true)
        String kind,
    @Schema(
            description =
                "For LEAVE: TAHUNAN, BESAR, SAKIT, MELAHIRKAN, ALASAN_PENTING, CLTN,"
                    + " BERSAMA, or the form number 1-7")
        String leaveType,
    @Schema(
            description = "For ELECTION_DUTY",
            enumeration = {"PPK", "PPS", "KPPS", "PANTARLIH", "PANWASCAM", "PKD", "PTPS"})
        String dutyBody,
    @Schema(description = "NIP or NI PPPK, with or without spaces", required = true) String nip,
    @Schema(format = "date", required = true) String startDate,
    @Schema(format = "date", required = true) String endDate,
    @Schema(description = "The election to decide under; resolved from agency and dates if absent")
        Long electionId,
    @Schema(description = "Evaluate only; store nothing") Boolean dryRun) {}
