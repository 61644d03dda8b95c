package id.netra.interfaces.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gate's answer. {@code id} is null for a dry run. */
@Schema(
    name = "Decision",
    example =
        "{\"id\":1051,\"requestRef\":\"SIMPEG-IZIN-0001\",\"kind\":\"ELECTION_DUTY\","
            + "\"dutyBody\":\"KPPS\",\"nip\":\"196608011988031001\",\"startDate\":\"2029-11-20\","
            + "\"endDate\":\"2029-11-28\",\"outcome\":\"BLOCK\",\"reasons\":[{\"code\":"
            + "\"PACT_NOT_SIGNED\",\"severity\":\"BLOCKING\",\"messageId\":\"Pegawai belum"
            + " menandatangani pakta integritas netralitas untuk pemilihan ini.\",\"messageEn\":"
            + "\"The employee has not signed the neutrality integrity pact for this election.\","
            + "\"action\":\"SIGN_PACT\",\"actionUrl\":\"/netra/app/#/pact?election=1\"}],"
            + "\"electionId\":1,\"policyId\":1,\"policyVersion\":1,\"policyMode\":\"ENFORCE\","
            + "\"decidedAt\":\"2029-11-01T02:03:04.005Z\",\"replayed\":false,\"dryRun\":false}")
public record DecisionDto(
    Long id,
    String requestRef,
    String kind,
    String leaveType,
    String dutyBody,
    String nip,
    LocalDate startDate,
    LocalDate endDate,
    String outcome,
    List<ReasonDto> reasons,
    Long electionId,
    Long policyId,
    int policyVersion,
    String policyMode,
    Instant decidedAt,
    Long supersedesId,
    boolean replayed,
    boolean dryRun) {}
