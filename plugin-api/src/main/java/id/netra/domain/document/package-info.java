/**
 * A case's documents: the decree, the BAP of the examination, the recommendation, evidence and
 * objection letters, kept as files (PDF or images, size-limited) with their SHA-256, in the
 * database or a configured folder. A decree document is bound to the decree it carries, which is
 * what SIASN's {@code upload-dok-rw} receives after the sanction's {@code hukdis/save}.
 */
package id.netra.domain.document;
