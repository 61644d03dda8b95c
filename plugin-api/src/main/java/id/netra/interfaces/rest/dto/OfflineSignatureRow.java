package id.netra.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One signature from a paper ceremony: the employee, the election, the template version (the
 * agency's current published one if absent), when it was signed (ISO 8601 with offset), the
 * evidence it rests on (scan, register page) and the witnessing superior.
 */
@Schema(
    name = "OfflineSignature",
    example =
        "{\"nip\":\"19660801 198803 1 001\",\"electionId\":1,"
            + "\"signedAt\":\"2029-08-17T09:00:00+07:00\",\"evidenceRef\":\"BA-UPACARA/2029/001\","
            + "\"witnessNip\":\"19700101 199503 1 002\"}")
public record OfflineSignatureRow(
    String nip,
    Long electionId,
    Long templateId,
    String signedAt,
    String evidenceRef,
    String witnessNip) {}
