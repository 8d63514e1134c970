package slotbot.app.web;

import slotbot.app.errors.BadInput;
import slotbot.app.text.Utf8Text;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.util.StreamUtils;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads every request body a controller takes as {@code @RequestBody String} (JSON, YAML): as UTF-8,
 * strictly. Bytes that are not UTF-8 get 400 naming the byte offset; a charset other than UTF-8 in the
 * Content-Type gets 415 naming it. JSON is UTF-8 by RFC 8259 and a catalog or bot file has one
 * encoding everywhere, so a second one is refused rather than decoded: one way to read a body, and a
 * file saved in the wrong encoding is caught at once instead of imported as nonsense. Writing is
 * unchanged (UTF-8, as Boot's own converter).
 */
public final class StrictTextConverter extends StringHttpMessageConverter {

    /** US-ASCII is a subset of UTF-8: declaring it costs nothing. */
    private static final Set<Charset> TAKEN = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII);

    public StrictTextConverter() {
        super(StandardCharsets.UTF_8);
        setWriteAcceptCharset(false);
    }

    @Override
    protected String readInternal(Class<? extends String> type, HttpInputMessage input) throws IOException {
        MediaType contentType = input.getHeaders().getContentType();
        Charset charset = contentType == null ? null : contentType.getCharset();
        if (charset != null && !TAKEN.contains(charset)) {
            throw new UnsupportedCharset(charset.name());
        }
        try {
            return Utf8Text.decode(StreamUtils.copyToByteArray(input.getBody()));
        } catch (Utf8Text.NotUtf8 e) {
            throw new BadInput("body: " + e.getMessage() + "; expected the body in UTF-8");
        }
    }

    /** The message of a charset this app does not read, for the 415 answer. */
    public static String refusal(String charset) {
        return "Content-Type: charset " + charset + " is not supported; send the body in UTF-8"
                + " (Content-Type: application/json; charset=UTF-8, or no charset)";
    }

    /** The charset parameter of a raw Content-Type header when Java does not know it ("nonsense"), else null. */
    public static String unknownCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                return known(name) ? null : name;
            }
        }
        return null;
    }

    private static boolean known(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A Content-Type whose charset is not UTF-8: 415. */
    public static final class UnsupportedCharset extends RuntimeException {
        public UnsupportedCharset(String charset) {
            super(refusal(charset));
        }
    }
}
