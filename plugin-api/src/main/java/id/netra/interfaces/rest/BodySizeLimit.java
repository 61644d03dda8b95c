package id.netra.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over {@code netra.api.max-body-bytes} with 413, whether they announce their length
 * or arrive chunked.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

  @Inject
  @ConfigProperty(name = "netra.api.max-body-bytes", defaultValue = "5242880")
  long maxBytes;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    String length = context.getHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBytes) {
          throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
      } catch (NumberFormatException e) {
        throw new WebApplicationException(Response.Status.BAD_REQUEST);
      }
    }
    context.setInputStream(new Limited(context.getInputStream(), maxBytes));
    return context.proceed();
  }

  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}
