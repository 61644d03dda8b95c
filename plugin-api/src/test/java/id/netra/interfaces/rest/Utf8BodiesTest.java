package id.netra.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BodiesTest {

  @Test
  void validUtf8PassesAndABrokenByteIsRefusedWithItsLine() throws Exception {
    Utf8Bodies.check("nip,nama\n1987,Sîti Ñurhaliza\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("nip,nama\n1987,Siti\n1990,".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a broken two-byte sequence (Latin-1 export)
    b.write("\n".getBytes(StandardCharsets.UTF_8));
    DomainValidationException e =
        assertThrows(DomainValidationException.class, () -> Utf8Bodies.check(b.toByteArray()));
    assertEquals("INVALID_UTF8", e.violations().get(0).code());
    assertTrue(
        e.violations().get(0).messageEn().contains("line 3"), e.violations().get(0).messageEn());
  }
}
