package id.netra.infrastructure.persistence;

import id.netra.infrastructure.persistence.migration.V19__Instants_in_utc;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deploy, before anything else touches the database. The migrations
 * live in {@code db/migration}; the same scripts serve H2 and PostgreSQL. The few that need the JVM
 * (its zone) are Java classes of {@code persistence.migration}, in the same numbering.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/netra")
  private DataSource dataSource;

  private String schemaVersion;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("netra_schema_history")
            .javaMigrations(new V19__Instants_in_utc(legacyZone()))
            .load();
    MigrateResult result = flyway.migrate();
    schemaVersion =
        flyway.info().current() == null
            ? "none"
            : flyway.info().current().getVersion().getVersion();
    LOG.info(
        () ->
            "Netra schema at version "
                + schemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The zone in which versions before 19 wrote their times: {@code netra.storage.legacy-zone}, the
   * JVM's own by default (which is what they used).
   */
  private static ZoneId legacyZone() {
    String zone =
        ConfigProvider.getConfig()
            .getOptionalValue("netra.storage.legacy-zone", String.class)
            .orElse(ZoneId.systemDefault().getId());
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          "netra.storage.legacy-zone is not a time zone: " + zone + " (" + e.getMessage() + ")", e);
    }
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
