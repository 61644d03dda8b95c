package id.netra.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST api/trivial}: reads the body and answers 201 with a small JSON, nothing else. */
@ApplicationScoped
@Path("trivial")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TrivialResource {

  @POST
  public Response trivial(String body) {
    return Response.status(201).entity("{\"length\":" + body.length() + "}").build();
  }
}
