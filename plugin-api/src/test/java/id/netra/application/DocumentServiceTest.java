package id.netra.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netra.domain.document.FileRefused;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentServiceTest {

  @Test
  void aDocumentIsReadUpToTheLimitAndOneByteMoreRefusesIt() {
    byte[] ten = "%PDF-12345".getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(ten, DocumentService.readBounded(new ByteArrayInputStream(ten), 10));
    FileRefused e =
        assertThrows(
            FileRefused.class, () -> DocumentService.readBounded(new ByteArrayInputStream(ten), 9));
    assertEquals(413, e.status());
    assertEquals("DOCUMENT_TOO_LARGE", e.code());
  }

  @Test
  void theHashIsTheSha256OfTheBytes() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        DocumentService.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }
}
