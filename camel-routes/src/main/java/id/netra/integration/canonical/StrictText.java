package id.netra.integration.canonical;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Text decoded strictly: a byte that is not of the charset is reported with its line, never read as
 * U+FFFD. Used for every CSV and JSON Netra reads, whether dropped as a file or sent to the API.
 */
public final class StrictText {

  /** Bytes that are not text in the charset; {@link #line()} is where the first fault is. */
  public static final class Undecodable extends Exception {
    private final int line;

    Undecodable(int line) {
      super("not valid text (line " + line + ")");
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private StrictText() {}

  public static String decode(byte[] bytes, Charset charset) throws Undecodable {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < in.position() && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new Undecodable(line);
    }
  }
}
