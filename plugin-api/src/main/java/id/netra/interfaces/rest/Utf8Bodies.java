package id.netra.interfaces.rest;

import id.netra.domain.shared.DomainValidationException;
import id.netra.integration.canonical.StrictText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON or CSV body that is not valid UTF-8 (400 {@code INVALID_UTF8}, naming the line),
 * instead of letting the reader store U+FFFD in its place. Runs inside {@link BodySizeLimit}, so
 * the body it reads whole is bounded; files (PDF, images) pass untouched.
 */
@Provider
@Priority(Priorities.USER + 10)
public class Utf8Bodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || (type.getType().equals("text") && type.getSubtype().equals("csv")))) {
      byte[] body = context.getInputStream().readAllBytes();
      check(body);
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  /**
   * @throws DomainValidationException naming the line of the first byte that is not UTF-8
   */
  static void check(byte[] body) {
    try {
      StrictText.decode(body, StandardCharsets.UTF_8);
    } catch (StrictText.Undecodable e) {
      throw DomainValidationException.of(
          "body",
          "INVALID_UTF8",
          "Isi permintaan bukan UTF-8 yang sah (baris "
              + e.line()
              + "); simpan berkas sebagai UTF-8.",
          "The request body is not valid UTF-8 (line " + e.line() + "); save the file as UTF-8.");
    }
  }
}
