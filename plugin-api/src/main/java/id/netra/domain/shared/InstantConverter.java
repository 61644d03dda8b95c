package id.netra.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants in {@code TIMESTAMP WITH TIME ZONE} columns on every database Netra supports:
 * written at UTC (so no JVM's zone enters), read back from whichever type the driver answers
 * (PostgreSQL's a {@link Timestamp}, H2's an {@link OffsetDateTime}).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

  @Override
  public Object convertToDatabaseColumn(Instant value) {
    return value == null ? null : value.atOffset(ZoneOffset.UTC);
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
