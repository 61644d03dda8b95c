package id.netra.infrastructure.documents;

import id.netra.domain.shared.DomainStateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured folder for case documents ({@code netra.documents.folder}); without one, the
 * database keeps them. Files are content-addressed ({@code <agency>/<sha256>}), so the same file
 * uploaded twice is stored once, and written to a temporary name first, then moved into place.
 */
@ApplicationScoped
public class DocumentFolder {

  @Inject
  @ConfigProperty(name = "netra.documents.folder")
  Optional<String> folder;

  @Inject
  @ConfigProperty(name = "netra.documents.max-bytes", defaultValue = "5242880")
  long maxBytes;

  /** Whether documents go to a folder (else to the database). */
  public boolean configured() {
    return folder.filter(f -> !f.isBlank()).isPresent();
  }

  /** The largest document accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Keeps the bytes under their hash; a file already there is left as it is. */
  public void put(String agency, String sha256, byte[] content) {
    Path target = path(agency, sha256);
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        return;
      }
      Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep document " + sha256 + " in " + target, e);
    }
  }

  /**
   * Opens the bytes kept under the hash.
   *
   * @throws DomainStateException {@code DOCUMENT_MISSING} when the file is gone from the folder
   */
  public InputStream open(String agency, String sha256) {
    try {
      return Files.newInputStream(path(agency, sha256));
    } catch (IOException e) {
      throw new DomainStateException(
          "DOCUMENT_MISSING",
          "Berkas dokumen tidak ada lagi di folder dokumen ("
              + sha256
              + "); pulihkan dari cadangan.",
          "The document's file is gone from the documents folder ("
              + sha256
              + "); restore it from the backup.");
    }
  }

  private Path path(String agency, String sha256) {
    if (!sha256.matches("[0-9a-f]{64}") || !agency.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException("not a document address: " + agency + "/" + sha256);
    }
    return Path.of(folder.orElseThrow()).resolve(agency).resolve(sha256);
  }
}
