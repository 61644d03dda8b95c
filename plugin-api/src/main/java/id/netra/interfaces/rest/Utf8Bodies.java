package id.netra.interfaces.rest;

import id.netra.domain.shared.DomainValidationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      strict.decode(in);
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < in.position() && i < body.length; i++) {
        if (body[i] == '\n') {
          line++;
        }
      }
      throw DomainValidationException.of(
          "body",
          "INVALID_UTF8",
          "Isi permintaan bukan UTF-8 yang sah (baris " + line + "); simpan berkas sebagai UTF-8.",
          "The request body is not valid UTF-8 (line " + line + "); save the file as UTF-8.");
    }
  }
}
