package slotbot.app.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes as UTF-8 text, strictly: a byte sequence that is not UTF-8 is refused with its offset rather
 * than turned into U+FFFD, which would let a file in another encoding pass as a file of nonsense
 * (a catalog in UTF-16 was once imported as a catalog of no branches and deactivated the real ones).
 */
public final class Utf8Text {

    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of the bytes without a leading byte order mark; throws {@link NotUtf8} at the first bad byte. */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);   // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(in.position(), bytes[in.position()]);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Bytes that are not UTF-8; the message names the offset and the byte: "not valid UTF-8 at byte 0 (0xFF)". */
    public static final class NotUtf8 extends RuntimeException {
        private final int offset;

        NotUtf8(int offset, byte bad) {
            super(String.format("not valid UTF-8 at byte %d (0x%02X)", offset, bad & 0xFF));
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }
}
