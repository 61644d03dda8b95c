package id.netra.interfaces.rest.problem;

import id.netra.application.NotFound;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import id.netra.infrastructure.persistence.Conflicts;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into a problem. Domain refusals keep their field-level reasons; anything
 * unexpected is logged with an incident id and answered without internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof id.netra.infrastructure.security.AccountService.LoginRefused r) {
      var refusal = r.refusal();
      return Problem.of(
              Response.Status.fromStatusCode(refusal.status()),
              refusal.code(),
              refusal.messageId(),
              refusal.messageEn())
          .toResponse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
    return problemFor(t).toResponse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof EJBException
            || cur.getClass().getName().endsWith("TransactionRolledbackLocalException"))
        && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }

  private Problem problemFor(Throwable t) {
    if (tooLarge(t)) {
      // A chunked body found over the limit while it was read, wrapped by the JSON reader.
      return forStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (t instanceof DomainValidationException v) {
      return Problem.invalid(v.violations());
    }
    if (t instanceof id.netra.application.Forbidden f) {
      return Problem.of(Response.Status.FORBIDDEN, f.code(), f.messageId(), f.messageEn());
    }
    if (t instanceof id.netra.domain.document.FileRefused f) {
      return Problem.of(
          Response.Status.fromStatusCode(f.status()), f.code(), f.messageId(), f.messageEn());
    }
    if (t instanceof DomainStateException s) {
      return Problem.of(Response.Status.CONFLICT, s.code(), s.messageId(), s.messageEn());
    }
    if (t instanceof id.netra.domain.discipline.CaseFlow.CaseRoleException r) {
      return Problem.of(
          Response.Status.FORBIDDEN, "ROLE_NOT_ALLOWED", r.messageId(), r.getMessage());
    }
    if (t instanceof NotFound n) {
      return Problem.of(Response.Status.NOT_FOUND, "NOT_FOUND", n.messageId(), n.messageEn());
    }
    if (isMalformedJson(t)) {
      return Problem.invalid(
          List.of(
              new Violation(
                  null,
                  "MALFORMED_JSON",
                  "Isi permintaan bukan JSON yang sah atau tidak sesuai bentuk yang diharapkan.",
                  "The request body is not valid JSON or does not have the expected shape.")));
    }
    if (Conflicts.isUniqueViolation(t)) {
      return Problem.of(
          Response.Status.CONFLICT,
          "CONCURRENT_REQUEST",
          "Permintaan yang sama sedang diproses bersamaan; kirim ulang untuk mendapat hasilnya.",
          "The same request is being processed at the same time; send it again to get the result.");
    }
    if (Conflicts.isValueTooLong(t)) {
      // Every stored text is checked against its column before it is written; this is the net
      // under a check that is missing, logged so that it gets one.
      LOG.log(Level.WARNING, "A text longer than its column reached the database", t);
      return Problem.invalid(
          List.of(
              new Violation(
                  null,
                  "TOO_LONG",
                  "Salah satu teks lebih panjang dari yang dapat disimpan; persingkat.",
                  "One of the texts is longer than can be stored; shorten it.")));
    }
    if (t instanceof OptimisticLockException) {
      return Problem.of(
          Response.Status.CONFLICT,
          "CONCURRENT_CHANGE",
          "Data ini baru saja diubah orang lain; muat ulang dan coba lagi.",
          "Someone else just changed this; reload and try again.");
    }
    if (t instanceof WebApplicationException w) {
      if (w.getResponse().getStatus() == 400) {
        // Jersey's own 400s: a body or parameter it could not read.
        return Problem.invalid(
            List.of(
                new Violation(
                    null,
                    "MALFORMED_REQUEST",
                    "Isi atau parameter permintaan tidak dapat dibaca.",
                    "The request body or parameters cannot be read.")));
      }
      return forStatus(w.getResponse().getStatusInfo());
    }
    return internal(t);
  }

  /** An unexpected failure: logged with an incident id, answered without internals. */
  public static Problem internal(Throwable t) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, t);
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        "Terjadi kesalahan sistem (insiden " + incident + "); tidak ada data yang berubah.",
        "A system error occurred (incident " + incident + "); no data was changed.");
  }

  private static boolean tooLarge(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof WebApplicationException w && w.getResponse().getStatus() == 413) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMalformedJson(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof JsonbException || c instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }

  /** The problem for a bare HTTP status (the container's own 404, 405, 500 …). */
  public static Problem forStatus(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 403 ->
          Problem.of(
              status,
              "FORBIDDEN",
              "Anda tidak berwenang melakukan ini.",
              "You are not allowed to do this.");
      case 404 ->
          Problem.of(
              status,
              "NOT_FOUND",
              "Alamat ini tidak ada di API Netra.",
              "There is no such address in Netra's API.");
      case 405 ->
          Problem.of(
              status,
              "METHOD_NOT_ALLOWED",
              "Metode HTTP ini tidak didukung di alamat ini.",
              "This HTTP method is not supported here.");
      case 406 ->
          Problem.of(
              status,
              "NOT_ACCEPTABLE",
              "Netra tidak dapat menjawab dalam format yang diminta (Accept).",
              "Netra cannot answer in the requested format (Accept).");
      case 413 ->
          Problem.of(
              status,
              "BODY_TOO_LARGE",
              "Isi permintaan terlalu besar.",
              "The request body is too large.");
      case 415 ->
          Problem.of(
              status,
              "UNSUPPORTED_MEDIA_TYPE",
              "Jenis konten tidak didukung; kirim application/json (atau text/csv bila disebutkan).",
              "Unsupported content type; send application/json (or text/csv where offered).");
      default ->
          status.getStatusCode() >= 500
              ? Problem.of(
                  status,
                  "SERVER_ERROR",
                  "Server tidak dapat memproses permintaan ini.",
                  "The server could not process this request.")
              : Problem.of(
                  status,
                  "BAD_REQUEST",
                  "Permintaan tidak dapat diproses.",
                  "The request cannot be processed.");
    };
  }
}
