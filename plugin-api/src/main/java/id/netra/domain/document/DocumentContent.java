package id.netra.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a document kept in the database, apart from its description so that listing
 * documents never reads them.
 */
@Entity
@Table(name = "case_document_content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  public DocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  public byte[] content() {
    return content;
  }
}
