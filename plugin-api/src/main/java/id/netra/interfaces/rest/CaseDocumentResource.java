package id.netra.interfaces.rest;

import id.netra.application.DocumentService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.DocumentDto;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's documents: the decree, the BAP, the recommendation, evidence, objection letters. */
@Path("cases/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases and sanctions")
public class CaseDocumentResource {

  @Inject DocumentService documents;
  @Inject CurrentCaller caller;

  @POST
  @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK})
  @Operation(
      summary = "Upload a document to the case",
      description =
          "The file is the request body (application/pdf, image/png or image/jpeg; the content"
              + " is checked, not the name). kind: DECREE, BAP, RECOMMENDATION, EVIDENCE,"
              + " OBJECTION or CANCELLATION; name: the file's name; note: up to 500 characters."
              + " A decree or cancellation is a PDF. At most netra.documents.max-bytes (413"
              + " DOCUMENT_TOO_LARGE), 415 DOCUMENT_TYPE for other files. A decree uploaded"
              + " before the decision goes with it; one uploaded after it is sent to SIASN for"
              + " the sanction's record (upload-dok-rw).")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("name") String name,
      @QueryParam("note") String note,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    var d =
        documents.upload(
            caller.actor(), id, new DocumentService.Upload(kind, name, contentType, note, body));
    return Response.created(URI.create("cases/" + id + "/documents/" + d.id()))
        .entity(DocumentDto.of(d))
        .build();
  }

  @GET
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(summary = "The case's documents, oldest first")
  public List<DocumentDto> list(@PathParam("id") long id) {
    return documents.list(caller.actor(), id).stream().map(DocumentDto::of).toList();
  }

  @GET
  @Path("{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "Download a document",
      description = "Streamed, with its SHA-256 as Repr-Digest and ETag.")
  public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    return DocumentDownload.of(documents.open(caller.actor(), id, documentId));
  }
}
