package id.netra.interfaces.rest.dto;

import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Validations;
import id.netra.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the text fields of request bodies, naming the field in every refusal. */
public final class Inputs {

  private Inputs() {}

  public static void requireBody(Object body) {
    if (body == null) {
      throw DomainValidationException.of(
          null, "BODY_REQUIRED", "Isi permintaan kosong.", "The request body is empty.");
    }
  }

  /** An ISO date (yyyy-mm-dd), or null with a violation recorded. */
  /** An optional text parameter: blank means not given. */
  public static String optional(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  public static LocalDate date(String raw, String field, Validations v, boolean required) {
    if (raw == null || raw.isBlank()) {
      v.require(!required, field, "REQUIRED", "Wajib diisi.", "Required.");
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      v.add(
          new Violation(
              field,
              "DATE_FORMAT",
              "Tanggal harus berformat yyyy-mm-dd dan sah.",
              "The date must be a valid yyyy-mm-dd."));
      return null;
    }
  }

  /** An ISO instant or offset date-time, or null with a violation recorded. */
  public static Instant instant(String raw, String field, Validations v, boolean required) {
    if (raw == null || raw.isBlank()) {
      v.require(!required, field, "REQUIRED", "Wajib diisi.", "Required.");
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.trim()).toInstant();
    } catch (DateTimeParseException e) {
      v.add(
          new Violation(
              field,
              "DATETIME_FORMAT",
              "Waktu harus berformat ISO 8601 dengan zona, mis. 2029-01-31T09:00:00+07:00.",
              "The time must be ISO 8601 with an offset, e.g. 2029-01-31T09:00:00+07:00."));
      return null;
    }
  }

  /** Prefixes the fields of a row's violations with the row's path. */
  public static DomainValidationException atRow(DomainValidationException e, String path) {
    return new DomainValidationException(
        e.violations().stream()
            .map(v -> v.withField(v.field() == null ? path : path + "." + v.field()))
            .toList());
  }
}
