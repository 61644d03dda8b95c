package id.netra.domain.pact;

import java.util.List;

/** The text of a pact version: titles and clauses in both languages. */
public record PactText(String titleId, String titleEn, List<PactClause> clauses) {}
