package id.netra.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deploy, before anything else touches the database. The migrations
 * live in {@code db/migration}; the same scripts serve H2 and PostgreSQL.
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

  public String schemaVersion() {
    return schemaVersion;
  }
}
