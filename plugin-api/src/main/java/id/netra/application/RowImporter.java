package id.netra.application;

import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import id.netra.infrastructure.persistence.Conflicts;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each row of an import in a transaction of its own: a bad row fails alone, with its reasons,
 * and never takes the good rows down with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RowImporter {

  private static final Logger LOG = Logger.getLogger(RowImporter.class.getName());

  @Resource private SessionContext context;

  /**
   * @param rows the parsed rows
   * @param keyOf what names a row in the report
   * @param write writes one row and says what it did
   */
  public <T> ImportReport importRows(
      List<T> rows, Function<T, String> keyOf, Function<T, RowOutcome> write) {
    RowImporter self = context.getBusinessObject(RowImporter.class);
    List<RowResult> results = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      if (row == null) {
        results.add(
            new RowResult(
                i + 1,
                null,
                RowOutcome.FAILED,
                List.of(
                    new Violation(null, "ROW_EMPTY", "Baris ini kosong.", "This row is empty."))));
        continue;
      }
      String key = keyOf.apply(row);
      try {
        results.add(RowResult.of(i + 1, key, self.inOwnTransaction(row, write)));
      } catch (RuntimeException e) {
        results.add(new RowResult(i + 1, key, RowOutcome.FAILED, reasons(e)));
      }
    }
    return ImportReport.of(results);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> RowOutcome inOwnTransaction(T row, Function<T, RowOutcome> write) {
    return write.apply(row);
  }

  public static List<Violation> reasons(Throwable e) {
    Throwable t = e;
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof DomainValidationException v) {
      return v.violations();
    }
    if (t instanceof DomainStateException s) {
      return List.of(new Violation(null, s.code(), s.messageId(), s.messageEn()));
    }
    if (t instanceof NotFound n) {
      return List.of(new Violation(n.kind(), "NOT_FOUND", n.messageId(), n.messageEn()));
    }
    if (Conflicts.isUniqueViolation(e)) {
      return List.of(
          new Violation(
              null,
              "CONCURRENT_WRITE",
              "Baris yang sama sedang disimpan oleh permintaan lain; kirim ulang baris ini.",
              "The same row is being stored by another request; send this row again."));
    }
    if (Conflicts.isValueTooLong(e)) {
      LOG.log(Level.WARNING, "A row's text longer than its column reached the database", e);
      return List.of(
          new Violation(
              null,
              "TOO_LONG",
              "Salah satu teks baris ini lebih panjang dari yang dapat disimpan.",
              "One of this row's texts is longer than can be stored."));
    }
    LOG.log(Level.WARNING, "Import row failed unexpectedly", e);
    return List.of(
        new Violation(
            null,
            "ROW_FAILED",
            "Baris ini tidak dapat disimpan karena kesalahan sistem; coba lagi.",
            "This row could not be stored because of a system error; try again."));
  }
}
