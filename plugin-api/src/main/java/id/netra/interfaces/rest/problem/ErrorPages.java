package id.netra.interfaces.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The web module's error page (WEB-INF/web.xml): whatever fails outside JAX-RS's exception mappers
 * — a servlet filter, the container itself, an address no servlet serves — is answered as
 * problem+json, never as Payara's HTML page with its stack trace.
 */
@WebServlet(name = "ErrorPages", urlPatterns = "/problem")
public class ErrorPages extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object thrown = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i ? i : 404; // asked for directly: no such page
    Problem problem =
        thrown instanceof Throwable t && status >= 500
            ? ProblemMappers.internal(ProblemMappers.unwrap(t))
            : ProblemMappers.forStatus(statusOf(status));
    boolean en = Problem.prefersEnglish(req.getHeader("Accept-Language"));
    resp.resetBuffer();
    resp.setStatus(problem.status());
    resp.setContentType(Problem.MEDIA_TYPE);
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("Content-Language", en ? "en" : "id");
    resp.getWriter().write(problem.json(en));
  }

  private static Response.StatusType statusOf(int code) {
    Response.StatusType known = Response.Status.fromStatusCode(code);
    return known != null ? known : new Other(code);
  }

  /** A status JAX-RS has no constant for. */
  private record Other(int getStatusCode) implements Response.StatusType {
    @Override
    public Response.Status.Family getFamily() {
      return Response.Status.Family.familyOf(getStatusCode);
    }

    @Override
    public String getReasonPhrase() {
      return "HTTP " + getStatusCode;
    }
  }
}
