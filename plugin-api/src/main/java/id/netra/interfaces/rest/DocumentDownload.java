package id.netra.interfaces.rest;

import id.netra.application.DocumentService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A document as an HTTP answer: streamed, named for saving (RFC 6266, the UTF-8 name too), with its
 * SHA-256 as {@code Repr-Digest} (RFC 9530) and ETag, never sniffed as something else.
 */
final class DocumentDownload {

  private DocumentDownload() {}

  static Response of(DocumentService.Opened o) {
    var d = o.document();
    String ascii = d.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
    String utf8 = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256()));
    StreamingOutput body =
        out -> {
          try (InputStream in = o.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, d.type().mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
        .header("Content-Length", d.size())
        .header("Repr-Digest", "sha-256=:" + digest + ":")
        .header("ETag", "\"" + d.sha256() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
