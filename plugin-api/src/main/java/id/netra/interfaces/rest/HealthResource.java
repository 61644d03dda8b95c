package id.netra.interfaces.rest;

import id.netra.infrastructure.NetraInstance;
import id.netra.infrastructure.camel.CamelBootstrap;
import id.netra.infrastructure.persistence.SchemaMigrator;
import id.netra.integration.HealthReport;
import id.netra.interfaces.rest.security.Public;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Is Netra up: database reachable, schema migrated, CamelContext and its routes started. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

  /**
   * The answer: UP only when every part is. {@code zone} is the JVM's, shown because an operator
   * asks it; stored times do not depend on it.
   */
  public record Health(
      String status,
      String instance,
      String zone,
      boolean database,
      String schemaVersion,
      HealthReport integration) {}

  @Resource(lookup = "jdbc/netra")
  DataSource dataSource;

  @Inject SchemaMigrator schema;
  @Inject CamelBootstrap camel;
  @Inject NetraInstance instance;

  @GET
  @Public
  @Operation(summary = "Health: 200 when UP, 503 when any part is DOWN")
  public Response health() {
    boolean db;
    try (Connection c = dataSource.getConnection()) {
      db = c.isValid(2);
    } catch (Exception e) {
      db = false;
    }
    HealthReport integration = camel.health();
    boolean up = db && integration.up();
    return Response.status(up ? 200 : 503)
        .entity(
            new Health(
                up ? "UP" : "DOWN",
                instance.name(),
                java.time.ZoneId.systemDefault().getId(),
                db,
                schema.schemaVersion(),
                integration))
        .build();
  }
}
