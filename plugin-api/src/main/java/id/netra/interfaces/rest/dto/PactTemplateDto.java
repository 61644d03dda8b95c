package id.netra.interfaces.rest.dto;

import id.netra.domain.pact.PactClause;
import id.netra.domain.pact.PactTemplate;
import id.netra.domain.pact.PactText;
import java.time.Instant;
import java.util.List;

/** A pact template version. On input only agency, code, titles and clauses are read. */
public record PactTemplateDto(
    Long id,
    String agency,
    String code,
    Integer version,
    String status,
    String titleId,
    String titleEn,
    List<Clause> clauses,
    String contentHash,
    Instant publishedAt) {

  /** One clause in both languages. */
  public record Clause(String textId, String textEn) {}

  public static PactTemplateDto of(PactTemplate t) {
    return new PactTemplateDto(
        t.id(),
        t.agencyCode(),
        t.code(),
        t.templateVersion(),
        t.status().name(),
        t.titleId(),
        t.titleEn(),
        t.clauses().stream().map(c -> new Clause(c.textId(), c.textEn())).toList(),
        t.contentHash(),
        t.publishedAt());
  }

  public PactText toText() {
    return new PactText(
        titleId,
        titleEn,
        clauses == null
            ? List.of()
            : clauses.stream()
                .map(
                    c ->
                        c == null
                            ? new PactClause(null, null)
                            : new PactClause(c.textId(), c.textEn()))
                .toList());
  }
}
