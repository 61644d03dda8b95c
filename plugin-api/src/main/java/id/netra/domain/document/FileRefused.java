package id.netra.domain.document;

import id.netra.domain.shared.DomainStateException;

/** A file Netra does not keep: too large (413) or of a type it does not accept (415). */
public class FileRefused extends DomainStateException {

  private final int status;

  private FileRefused(int status, String code, String messageId, String messageEn) {
    super(code, messageId, messageEn);
    this.status = status;
  }

  public static FileRefused tooLarge(long max) {
    return new FileRefused(
        413,
        "DOCUMENT_TOO_LARGE",
        "Berkas paling besar " + max / 1024 + " KiB.",
        "A document is at most " + max / 1024 + " KiB.");
  }

  public static FileRefused unsupported(String declared) {
    return new FileRefused(
        415,
        "DOCUMENT_TYPE",
        "Hanya berkas " + FileType.accepted() + " yang diterima (isi berkas diperiksa).",
        "Only " + FileType.accepted() + " files are accepted (the content is checked).");
  }

  public static FileRefused typeMismatch(FileType found, String declared) {
    return new FileRefused(
        415,
        "DOCUMENT_TYPE_MISMATCH",
        "Isi berkas adalah " + found + ", bukan " + declared + ".",
        "The file's content is " + found + ", not " + declared + ".");
  }

  public static FileRefused decreeNotPdf(FileType found) {
    return new FileRefused(
        415,
        "DECREE_NOT_PDF",
        "SK diunggah sebagai PDF (yang ditandatangani), bukan " + found + ".",
        "A decree is uploaded as a (signed) PDF, not " + found + ".");
  }

  /** The HTTP status it answers with. */
  public int status() {
    return status;
  }
}
