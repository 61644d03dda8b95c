package id.netra.application;

import id.netra.domain.discipline.NeutralityCase;
import id.netra.domain.document.CaseDocument;
import id.netra.domain.document.DocumentContent;
import id.netra.domain.document.DocumentKind;
import id.netra.domain.document.DocumentRepository;
import id.netra.domain.document.FileRefused;
import id.netra.domain.document.FileType;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.infrastructure.documents.DocumentFolder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A case's documents: uploaded by those who work the case, checked by their content, kept with
 * their SHA-256 and audited; listed and opened by whoever may read the case, and the decree by the
 * employee it concerns. A decree uploaded once the case is decided goes to SIASN as well.
 */
@Stateless
public class DocumentService {

  /** How many documents one case keeps at most. */
  public static final int PER_CASE = 100;

  private static final Set<DocumentKind> EMPLOYEE_SEES =
      Set.of(DocumentKind.DECREE, DocumentKind.CANCELLATION, DocumentKind.OBJECTION);

  @Inject Clock clock;
  @Inject DocumentRepository documents;
  @Inject DocumentFolder folder;
  @Inject CaseService cases;
  @Inject AuditService audit;

  /** An upload as it arrives: the kind, the name and type the client gives, and the bytes. */
  public record Upload(
      String kind, String fileName, String mediaType, String note, InputStream content) {}

  /** A document and its bytes, to send. */
  public record Opened(CaseDocument document, InputStream content) {}

  public CaseDocument upload(Actor actor, long caseId, Upload u) {
    NeutralityCase c = cases.find(actor, caseId);
    var v = new Validations();
    DocumentKind kind = v.enumValue(DocumentKind.class, u.kind(), "kind", true);
    v.require(
        u.note() == null || u.note().length() <= 500,
        "note",
        "TOO_LONG",
        "Keterangan paling panjang 500 karakter.",
        "The note is at most 500 characters.");
    v.throwIfAny();
    if (documents.countByCase(caseId) >= PER_CASE) {
      throw new DomainStateException(
          "DOCUMENT_LIMIT",
          "Satu kasus menyimpan paling banyak " + PER_CASE + " berkas.",
          "A case keeps at most " + PER_CASE + " documents.");
    }
    byte[] bytes = readBounded(u.content(), folder.maxBytes());
    FileType type = FileType.of(bytes).orElseThrow(() -> FileRefused.unsupported(u.mediaType()));
    if (!type.agreesWith(u.mediaType())) {
      throw FileRefused.typeMismatch(type, u.mediaType());
    }
    if ((kind == DocumentKind.DECREE || kind == DocumentKind.CANCELLATION)
        && type != FileType.PDF) {
      throw FileRefused.decreeNotPdf(type);
    }
    String sha256 = sha256(bytes);
    boolean inFolder = folder.configured();
    CaseDocument d =
        new CaseDocument(
            c.id(),
            c.agency(),
            kind,
            CaseDocument.fileNameOf(u.fileName(), kind, type),
            type,
            bytes.length,
            sha256,
            inFolder ? CaseDocument.Storage.FOLDER : CaseDocument.Storage.DATABASE,
            u.note() == null || u.note().isBlank() ? null : u.note().strip(),
            actor.name(),
            Times.now(clock));
    if (kind == DocumentKind.DECREE && cases.carriesDecree(c)) {
      d.bindTo(c.decree().number());
    }
    documents.add(d);
    if (inFolder) {
      folder.put(c.agency(), sha256, bytes);
    } else {
      documents.add(new DocumentContent(d.id(), bytes));
    }
    audit.record(actor, c.agency(), "CASE_DOCUMENT_ADDED", "case", c.id(), null, d.snapshot());
    if (d.decreeNumber() != null) {
      cases.decreeDocumentAdded(c, d);
    }
    return d;
  }

  public List<CaseDocument> list(Actor actor, long caseId) {
    cases.find(actor, caseId);
    return documents.findByCase(caseId);
  }

  public Opened open(Actor actor, long caseId, long documentId) {
    cases.find(actor, caseId);
    return opened(caseId, documentId, null);
  }

  /** The employee's own decree (or cancellation, or their objection letter). */
  public Opened openOwn(Actor employee, long caseId, long documentId) {
    NeutralityCase c = cases.find(employee, caseId);
    if (employee.nip() == null || !employee.nip().equals(c.nip())) {
      throw new NotFound("document", documentId);
    }
    return opened(caseId, documentId, EMPLOYEE_SEES);
  }

  /** The employee's own documents of their cases, by case: the kinds they may open. */
  public java.util.Map<Long, List<CaseDocument>> listOwn(java.util.Collection<Long> caseIds) {
    return documents.findByCases(caseIds).stream()
        .filter(d -> EMPLOYEE_SEES.contains(d.kind()))
        .collect(java.util.stream.Collectors.groupingBy(CaseDocument::caseId));
  }

  private Opened opened(long caseId, long documentId, Set<DocumentKind> kinds) {
    CaseDocument d =
        documents
            .find(documentId)
            .filter(x -> x.caseId() == caseId && (kinds == null || kinds.contains(x.kind())))
            .orElseThrow(() -> new NotFound("document", documentId));
    return new Opened(d, bytesOf(d));
  }

  /** The bytes of a document, wherever they are kept. */
  public InputStream bytesOf(CaseDocument d) {
    if (d.storage() == CaseDocument.Storage.FOLDER) {
      return folder.open(d.agency(), d.sha256());
    }
    return new ByteArrayInputStream(
        documents
            .content(d.id())
            .orElseThrow(() -> new NotFound("document content", d.id()))
            .content());
  }

  /** Reads at most {@code max} bytes; one more refuses the document. */
  static byte[] readBounded(InputStream in, long max) {
    if (in == null) {
      throw FileRefused.unsupported(null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > max) {
          throw FileRefused.tooLarge(max);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
