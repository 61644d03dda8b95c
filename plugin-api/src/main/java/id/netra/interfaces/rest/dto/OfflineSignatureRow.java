package id.netra.interfaces.rest.dto;

/**
 * One signature from a paper ceremony: the employee, the election, the template version (the
 * agency's current published one if absent), when it was signed (ISO 8601 with offset), the
 * evidence it rests on (scan, register page) and the witnessing superior.
 */
public record OfflineSignatureRow(
    String nip,
    Long electionId,
    Long templateId,
    String signedAt,
    String evidenceRef,
    String witnessNip) {}
