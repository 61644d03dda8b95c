package id.netra.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants in SQL {@code TIMESTAMP} columns as the UTC wall clock, on every database Netra
 * supports, so the JVM's zone plays no part: an instance in Jayapura reads what one in Jakarta
 * wrote, and the audit chain's hashes verify wherever they are recomputed.
 *
 * <p>The database side stays {@code java.sql.Timestamp}, the type EclipseLink itself reads such
 * columns as (aggregates such as {@code MIN} bypass converters' declared types), holding the UTC
 * wall clock: the driver renders a {@code Timestamp} in the JVM's zone, and {@code
 * Timestamp.valueOf} / {@code toLocalDateTime} undo exactly that. One limit, in JVM zones with
 * daylight saving only (none in Indonesia): a UTC wall clock inside the local hour skipped in
 * spring is stored an hour late.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant value) {
    return value == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp value) {
    return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
