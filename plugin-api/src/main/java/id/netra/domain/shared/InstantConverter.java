package id.netra.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as SQL {@code TIMESTAMP} columns holding the UTC wall clock, on every database
 * Netra supports. The JVM's zone plays no part: an instance in Jayapura reads what one in Jakarta
 * wrote, and the audit chain's hashes verify wherever they are recomputed. (A {@code
 * java.sql.Timestamp} would be rendered in the JVM's zone by the driver.)
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant value) {
    return value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
