package id.netra.domain.document;

import java.util.List;
import java.util.Optional;

/** Where case documents are kept. */
public interface DocumentRepository {

  void add(CaseDocument document);

  void add(DocumentContent content);

  Optional<CaseDocument> find(long id);

  Optional<DocumentContent> content(long documentId);

  long countByCase(long caseId);

  /** A case's documents, oldest first (a case has a handful, never thousands). */
  List<CaseDocument> findByCase(long caseId);

  /** The documents of several cases (one employee's), oldest first. */
  List<CaseDocument> findByCases(java.util.Collection<Long> caseIds);

  /** The newest decree document bound to {@code decreeNumber}, if any. */
  Optional<CaseDocument> findDecree(long caseId, String decreeNumber);

  /** The newest decree document not yet bound to a decree, if any. */
  Optional<CaseDocument> findUnboundDecree(long caseId);
}
