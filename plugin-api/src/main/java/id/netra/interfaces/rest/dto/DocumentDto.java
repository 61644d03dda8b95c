package id.netra.interfaces.rest.dto;

import id.netra.domain.document.CaseDocument;
import java.time.Instant;

/** A case document as listed: what it is, its file, its hash, and who uploaded it when. */
public record DocumentDto(
    long id,
    long caseId,
    String kind,
    String kindId,
    String kindEn,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String decreeNumber,
    String note,
    String uploadedBy,
    Instant uploadedAt) {

  public static DocumentDto of(CaseDocument d) {
    return new DocumentDto(
        d.id(),
        d.caseId(),
        d.kind().name(),
        d.kind().nameId(),
        d.kind().nameEn(),
        d.fileName(),
        d.type().mediaType(),
        d.size(),
        d.sha256(),
        d.decreeNumber(),
        d.note(),
        d.uploadedBy(),
        d.uploadedAt());
  }
}
