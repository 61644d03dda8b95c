package id.netra.interfaces.rest;

import id.netra.application.Actor;
import id.netra.application.Correlation;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * One log line per request, with its correlation id ({@link Correlation}): method, the resource
 * method that served it (not the path, which may hold a NIP), status, milliseconds and who called
 * (never an employee's NIP). The id is answered in {@code X-Request-Id}. The lines go to the logger
 * {@code id.netra.request} at INFO; set that logger to WARNING to silence them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger("id.netra.request");
  private static final String STARTED = RequestLog.class.getName() + ".started";
  private static final String ID = RequestLog.class.getName() + ".id";

  @Context ResourceInfo resource;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
    request.setProperty(ID, Correlation.begin(request.getHeaderString(Correlation.HEADER)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(ID);
    if (id == null) {
      return; // refused before this filter ran
    }
    response.getHeaders().putSingle(Correlation.HEADER, id);
    if (LOG.isLoggable(java.util.logging.Level.INFO)) {
      long ms = (System.nanoTime() - (long) request.getProperty(STARTED)) / 1_000_000;
      LOG.info(
          "request "
              + id
              + " "
              + request.getMethod()
              + " "
              + served()
              + " "
              + response.getStatus()
              + " "
              + ms
              + " ms "
              + who());
    }
    Correlation.end();
  }

  /** Who called: an account or an HR system's key by name, an employee only as such (no NIP). */
  private String who() {
    Actor actor;
    try {
      actor = caller.actor();
    } catch (RuntimeException noRequestScope) {
      return "-";
    }
    if (actor == null) {
      return "-";
    }
    // A key's or an account's name is an administrator's text: no line breaks into the log.
    return actor.nip() != null ? "employee" : actor.name().replaceAll("\\p{Cntrl}", "?");
  }

  private String served() {
    try {
      if (resource != null && resource.getResourceMethod() != null) {
        return resource.getResourceClass().getSimpleName()
            + "."
            + resource.getResourceMethod().getName();
      }
    } catch (RuntimeException outsideMatching) {
      // no resource matched (a 404, a pre-matching refusal)
    }
    return "(unmatched)";
  }
}
