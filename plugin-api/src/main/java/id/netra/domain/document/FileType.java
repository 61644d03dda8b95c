package id.netra.domain.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a case accepts, known by their first bytes (never by the name or the type a client
 * declares): PDF, PNG and JPEG.
 */
public enum FileType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  FileType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  /** The type whose signature {@code head} starts with. */
  public static Optional<FileType> of(byte[] head) {
    return Arrays.stream(values())
        .filter(
            t ->
                head.length >= t.magic.length
                    && Arrays.equals(head, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }

  /**
   * Whether a client's declared media type agrees with the content: the same type, or none in
   * particular ({@code application/octet-stream}, or nothing declared).
   */
  public boolean agreesWith(String declared) {
    if (declared == null || declared.isBlank()) {
      return true;
    }
    String base = declared.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    return base.equals(mediaType)
        || base.equals("application/octet-stream")
        || (this == JPEG && base.equals("image/jpg"));
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The accepted types, for messages. */
  public static String accepted() {
    return "PDF, PNG, JPEG";
  }
}
