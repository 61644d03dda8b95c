package id.netra.interfaces.rest.problem;

import id.netra.application.Correlation;
import id.netra.domain.shared.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail} in the language
 * the caller asked for (Indonesian unless {@code Accept-Language} prefers English), plus {@code
 * code}, both texts under {@code messages}, field-level {@code errors}, and {@code requestId}: the
 * request's correlation id, as in its log line and its {@code X-Request-Id}.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://netra.id/problems/";

  private final Response.StatusType status;
  private final String code;
  private final String messageId;
  private final String messageEn;
  private final List<Violation> errors;

  private Problem(
      Response.StatusType status,
      String code,
      String messageId,
      String messageEn,
      List<Violation> errors) {
    this.status = status;
    this.code = code;
    this.messageId = messageId;
    this.messageEn = messageEn;
    this.errors = errors;
  }

  public static Problem of(
      Response.StatusType status, String code, String messageId, String messageEn) {
    return new Problem(status, code, messageId, messageEn, List.of());
  }

  public static Problem invalid(List<Violation> errors) {
    return new Problem(
        Response.Status.BAD_REQUEST,
        "INVALID_INPUT",
        "Masukan tidak valid; lihat daftar kesalahan per kolom.",
        "The input is not valid; see the errors per field.",
        errors);
  }

  /** Whether the caller prefers English over Indonesian. */
  static boolean english(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (tag.startsWith("id") || tag.startsWith("in")) {
        return false;
      }
      if (tag.startsWith("en")) {
        return true;
      }
    }
    return false;
  }

  public Response toResponse(String acceptLanguage) {
    boolean en = prefersEnglish(acceptLanguage);
    return Response.status(status.getStatusCode())
        .type(MEDIA_TYPE)
        .header("Content-Language", en ? "en" : "id")
        .entity(json(en))
        .build();
  }

  public int status() {
    return status.getStatusCode();
  }

  /** Whether the Accept-Language header asks for English (a header that cannot be read: no). */
  public static boolean prefersEnglish(String acceptLanguage) {
    try {
      return english(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The problem document, its {@code detail} in English or Indonesian. */
  public String json(boolean en) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'))
            .add("title", status.getReasonPhrase())
            .add("status", status.getStatusCode())
            .add("detail", en ? messageEn : messageId)
            .add("code", code)
            .add("messages", Json.createObjectBuilder().add("id", messageId).add("en", messageEn));
    String request = Correlation.current();
    if (request != null) {
      body.add("requestId", request);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (Violation v : errors) {
        JsonObjectBuilder e = Json.createObjectBuilder();
        if (v.field() != null) {
          e.add("field", v.field());
        }
        e.add("code", v.code())
            .add("message", en ? v.messageEn() : v.messageId())
            .add(
                "messages",
                Json.createObjectBuilder().add("id", v.messageId()).add("en", v.messageEn()));
        list.add(e);
      }
      body.add("errors", list);
    }
    return body.build().toString();
  }
}
