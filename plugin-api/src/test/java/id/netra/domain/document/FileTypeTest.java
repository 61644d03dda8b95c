package id.netra.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  @Test
  void aFileIsKnownByItsFirstBytesNotItsName() {
    assertEquals(Optional.of(FileType.PDF), FileType.of(bytes("%PDF-1.7\n...")));
    assertEquals(
        Optional.of(FileType.PNG),
        FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
    assertEquals(
        Optional.of(FileType.JPEG),
        FileType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}));
    assertEquals(Optional.empty(), FileType.of(bytes("MZ\u0090")), "an executable");
    assertEquals(Optional.empty(), FileType.of(bytes("<html>%PDF-")), "a page that mentions PDF");
    assertEquals(Optional.empty(), FileType.of(bytes("%PD")), "too short");
    assertEquals(Optional.empty(), FileType.of(new byte[0]));
  }

  @Test
  void theDeclaredTypeMustAgreeWithTheContent() {
    assertTrue(FileType.PDF.agreesWith("application/pdf"));
    assertTrue(FileType.PDF.agreesWith("Application/PDF; charset=binary"));
    assertTrue(FileType.PDF.agreesWith(null), "nothing declared");
    assertTrue(FileType.PDF.agreesWith("application/octet-stream"));
    assertTrue(FileType.JPEG.agreesWith("image/jpg"), "what some browsers send");
    assertFalse(FileType.PNG.agreesWith("application/pdf"));
    assertFalse(FileType.PDF.agreesWith("text/html"));
  }

  @Test
  void aFileNameIsItsLastSegmentWithoutControlsAndKeepsItsExtensionWhenShortened() {
    assertEquals(
        "sk.pdf",
        CaseDocument.fileNameOf("C:\\Users\\x\\sk.pdf", DocumentKind.DECREE, FileType.PDF));
    assertEquals(
        "passwd", CaseDocument.fileNameOf("../../etc/passwd", DocumentKind.BAP, FileType.PDF));
    assertEquals(
        "bap.png", CaseDocument.fileNameOf("  ", DocumentKind.BAP, FileType.PNG), "the default");
    assertEquals("decree.pdf", CaseDocument.fileNameOf("..", DocumentKind.DECREE, FileType.PDF));
    assertEquals(
        "ab.pdf", CaseDocument.fileNameOf("a\"b\u0007.pdf", DocumentKind.DECREE, FileType.PDF));
    String longName = "x".repeat(300) + ".pdf";
    String kept = CaseDocument.fileNameOf(longName, DocumentKind.DECREE, FileType.PDF);
    assertEquals(200, kept.length());
    assertTrue(kept.endsWith(".pdf"), kept);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
