package id.netra.integration.connector;

import id.netra.integration.canonical.RecordResult;
import id.netra.integration.canonical.RunReport;
import id.netra.integration.port.ConnectorRef;
import id.netra.integration.port.NetraPorts;
import id.netra.integration.port.SyncLog;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;

/** What every connector kind's runs share: their headers, their end, their failure. */
public final class Runs {

  private static final Logger LOG = Logger.getLogger(Runs.class.getName());

  /** Header: the {@link id.netra.integration.canonical.RunKind} asked for. */
  public static final String KIND = "NetraRunKind";

  /** Header: true for a dry run. */
  public static final String DRY_RUN = "NetraDryRun";

  /** Header: a list of NIPs that limits a personnel run to those employees. */
  public static final String NIPS = "NetraNips";

  /** Header set on the answer: the stored report's id. */
  public static final String RUN_ID = "NetraRunId";

  private Runs() {}

  /** A run in progress with where its report goes. */
  record Active(SyncRun run, SyncLog log, String markerName, ConnectorStats stats) {

    void finish(Exchange exchange, String error) {
      try {
        RunReport report = run.finish(error);
        String channel = run.kind.name().toLowerCase(java.util.Locale.ROOT);
        if (error == null) {
          stats.success(channel);
        } else {
          stats.failure(channel, error);
        }
        long id =
            log.finish(report, markerName, run.dryRun || error != null ? null : report.markerTo());
        exchange.getMessage().setHeader(RUN_ID, id);
        exchange.getMessage().setBody(report);
      } finally {
        run.release();
      }
    }
  }

  static Active active(Exchange exchange) {
    return exchange.getProperty(SyncRun.PROPERTY, Active.class);
  }

  /**
   * The failure of a whole run (the source unreachable, a query rejected): reported as FAILED with
   * what was done so far; the change marker stays where it was.
   */
  public static void onFailure(Exchange exchange) {
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    Active active = active(exchange);
    if (active == null) {
      exchange.getMessage().setBody(null);
      exchange.getMessage().setHeader("NetraRunError", describe(e));
      return;
    }
    LOG.log(Level.WARNING, "Connector run " + active.run().connector.id() + " failed", e);
    active.finish(exchange, describe(e));
  }

  /**
   * The end of a full read of the source: the agency's active employees it did not hold become
   * inactive; refused when the source held nobody or some rows failed (they might be the missing).
   */
  static void reconcile(SyncRun run, NetraPorts ports, ConnectorRef ref) {
    if (run.seen().isEmpty()) {
      run.add(
          SyncRun.failure(
              "reconcile",
              "SOURCE_EMPTY",
              "Sumber tidak mengembalikan pegawai; demi keamanan tidak ada yang dinonaktifkan.",
              "The source returned no employees; to be safe nobody was deactivated."));
    } else if (run.failures() == 0) {
      for (RecordResult r :
          guardAll(
              "reconcile",
              () -> ports.personnel().deactivateMissing(ref, run.seen(), run.dryRun))) {
        run.add(r);
      }
    } else {
      run.add(
          SyncRun.failure(
              "reconcile",
              "RECONCILE_SKIPPED",
              "Ada baris gagal; pegawai yang tidak terbaca tidak dinonaktifkan.",
              "Some rows failed; employees not read were not deactivated."));
    }
  }

  /** Calls a port for one record; a system failure fails the record, not the run. */
  static RecordResult guard(String key, Supplier<RecordResult> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Record " + key + " failed", e);
      return SyncRun.failure(
          key,
          "SYSTEM_ERROR",
          "Catatan ini gagal karena kesalahan sistem: " + describe(e),
          "This record failed because of a system error: " + describe(e));
    }
  }

  static List<RecordResult> guardAll(String key, Supplier<List<RecordResult>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return List.of(
          guard(
              key,
              () -> {
                throw e;
              }));
    }
  }

  /**
   * A failure as an administrator reads it, without stack: an HTTP status with what the server
   * answered, or the innermost message.
   */
  static String describe(Throwable e) {
    if (e == null) {
      return "unknown failure";
    }
    Throwable t = e;
    while (true) {
      if (t instanceof HttpOperationFailedException h) {
        String body = h.getResponseBody() == null ? "" : h.getResponseBody().strip();
        return "HTTP "
            + h.getStatusCode()
            + " from "
            + h.getUri()
            + (body.isEmpty()
                ? ""
                : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 500 ? m.substring(0, 500) + "…" : m;
  }
}
