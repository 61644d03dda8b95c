package id.netra.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Stores instants in {@code TIMESTAMP WITH TIME ZONE} columns on every database Netra supports:
 * written as a {@link Timestamp}, which both drivers send with the JVM's offset (EclipseLink would
 * bind an {@link OffsetDateTime} as text on PostgreSQL), read back from whichever type the driver
 * answers (PostgreSQL's a {@link Timestamp}, H2's an {@link OffsetDateTime}).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

  @Override
  public Object convertToDatabaseColumn(Instant value) {
    return value == null ? null : Timestamp.from(value);
  }

  @Override
  public Instant convertToEntityAttribute(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalArgumentException("Not an instant: " + value.getClass().getName());
  }
}
