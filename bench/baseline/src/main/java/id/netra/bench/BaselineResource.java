package id.netra.bench;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST api/one-row} reads the body, stores one row through JPA in one container transaction
 * and answers 201 with a small JSON.
 */
@Stateless
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

  @PersistenceContext(unitName = "bench")
  EntityManager em;

  @POST
  @Path("one-row")
  public Response oneRow(String body) {
    BenchRow row =
        new BenchRow(
            UUID.randomUUID().toString(),
            body.substring(0, Math.min(body.length(), 200)),
            Instant.now());
    em.persist(row);
    em.flush();
    return Response.status(201).entity("{\"id\":\"" + row.id() + "\"}").build();
  }
}
