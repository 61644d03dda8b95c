package id.netra.interfaces.rest;

import id.netra.application.AuditCheckpoints;
import id.netra.application.Forbidden;
import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditRepository;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for an archive: every entry up to the latest signed checkpoint, as JSON lines,
 * with what an archivist needs to check it without Netra (the hash's input, the links, the
 * checkpoint's JWS to check against the published keys). Streamed a page at a time.
 */
@Path("audit/export")
@RequestScoped
@Allowed({Role.ADMIN, Role.AUDITOR})
@Tag(name = "Audit")
public class AuditExportResource {

  static final String MEDIA_TYPE = "application/x-ndjson";
  static final String FORMAT = "netra-audit-export/1";

  @Inject AuditRepository trail;
  @Inject AuditCheckpoints checkpoints;
  @Inject CurrentCaller caller;

  @GET
  @Produces(MEDIA_TYPE)
  @Operation(
      summary = "Export the audit trail for an archive (JSON lines)",
      description =
          "The entries after afterSeq (0: from the first) up to the latest signed checkpoint, one"
              + " JSON object per line: first a header naming the format and the hash's input,"
              + " then the entries in seq order, last the checkpoint with its JWS (check it with"
              + " GET /pact/receipt-keys or POST /audit/checkpoint/check). The next export"
              + " starts after this one's last seq, and its first prevHash is that seq's hash."
              + " Central accounts only (the chain links every agency's entries): 403"
              + " CENTRAL_ONLY; 409 NO_CHECKPOINT before a verification passed.")
  public Response export(@QueryParam("afterSeq") @DefaultValue("0") long afterSeq) {
    if (!caller.actor().central()) {
      throw new Forbidden(
          "CENTRAL_ONLY",
          "Rantai audit memuat entri semua instansi: hanya akun pusat yang dapat mengekspornya"
              + " utuh. Entri instansi Anda ada di GET /audit.",
          "The audit chain holds every agency's entries: only a central account exports it"
              + " whole. Your agency's entries are at GET /audit.");
    }
    AuditCheckpoints.Signed checkpoint = checkpoints.latest();
    long from = Math.max(afterSeq, 0) + 1;
    long to = checkpoint.checkpoint().seq();
    StreamingOutput body = out -> write(out, from, to, checkpoint);
    return Response.ok(body, MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"netra-audit-" + from + "-" + to + ".ndjson\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private void write(OutputStream out, long from, long to, AuditCheckpoints.Signed checkpoint)
      throws java.io.IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    line(
        w,
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("fromSeq", from)
            .add("toSeq", to)
            .add(
                "hash",
                "sha256 hex of seq, prevHash, occurredAt, actor, agency, action, entityType,"
                    + " entityId, before, after joined by U+001F (an absent value as null)"));
    trail.walk(
        from,
        to,
        e -> {
          try {
            line(w, entry(e));
            return true;
          } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        });
    var c = checkpoint.checkpoint();
    line(
        w,
        Json.createObjectBuilder()
            .add(
                "checkpoint",
                Json.createObjectBuilder()
                    .add("seq", c.seq())
                    .add("hash", c.hash())
                    .add("verifiedAt", c.verifiedAt().toString())
                    .add("instance", c.instance())
                    .add("jws", checkpoint.jws())));
    w.flush();
  }

  private static JsonObjectBuilder entry(AuditEntry e) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("seq", e.seq())
            .add("occurredAt", e.occurredAt().toString())
            .add("actor", e.actor())
            .add("action", e.action())
            .add("entityType", e.entityType())
            .add("entityId", e.entityId())
            .add("prevHash", e.prevHash())
            .add("hash", e.hash());
    nullable(b, "agency", e.agencyCode());
    nullable(b, "before", e.before());
    nullable(b, "after", e.after());
    return b;
  }

  private static void nullable(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static void line(Writer w, JsonObjectBuilder object) throws java.io.IOException {
    try (JsonGenerator g = Json.createGenerator(new NonClosing(w))) {
      g.write(object.build());
    }
    w.write('\n');
  }

  /** Lets a generator end its object without closing the response. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
