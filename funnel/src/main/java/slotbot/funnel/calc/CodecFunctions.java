package slotbot.funnel.calc;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodings and hashes of the builder: base64, URL encoding, md5/sha1/sha256 and HMAC. Texts are
 * UTF-8. URL encoding is written here because the sandbox keeps java.net out of bot code's reach.
 */
final class CodecFunctions {

    private static final Map<String, String> HMAC = Map.of("sha256", "HmacSHA256", "md5", "HmacMD5",
            "sha512", "HmacSHA512", "sha1", "HmacSHA1");
    /** What urlencode leaves as it is, as Python's quote does: letters, digits, "-._~" and "/". */
    private static final String UNRESERVED = "-._~/";

    private CodecFunctions() {
    }

    static void register(Registry registry) {
        registry.add("base64", 1, 1, a -> Base64.getEncoder().encodeToString(bytes(a)));
        registry.add("base64decode", 1, 1, CodecFunctions::base64Decoded);
        registry.add("urlencode", 1, 1, a -> urlEncoded(a));
        registry.add("urldecode", 1, 1, CodecFunctions::urlDecoded);
        registry.add("md5", 1, 1, a -> digest(a, "MD5"));
        registry.add("sha1", 1, 1, a -> digest(a, "SHA-1"));
        registry.add("sha256", 1, 1, a -> digest(a, "SHA-256"));
        registry.add("hmac_hexdigest", 3, 3, CodecFunctions::hmac);
    }

    private static byte[] bytes(Args a) {
        return a.text(0).getBytes(StandardCharsets.UTF_8);
    }

    private static Object base64Decoded(Args a) {
        try {
            return utf8(Base64.getMimeDecoder().decode(a.text(0).strip()));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw a.error("expects base64 of a UTF-8 text, got " + Renderer.repr(Render.cut(a.text(0), 40), 50) + ".");
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** Percent-encoding of the UTF-8 bytes: "Ivan Ivanovich" is "Ivan%20Ivanovich", "Anna&Maria" is "Anna%26Maria". */
    private static String urlEncoded(Args a) {
        byte[] bytes = bytes(a);
        a.budget().checkLength(bytes.length * 3L);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    /** Percent-decoding, as Python's unquote: "+" stays "+", a malformed escape stays as written. */
    private static Object urlDecoded(Args a) {
        String text = a.text(0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                bytes.write(HexFormat.fromHexDigits(new String(raw, i + 1, 2, StandardCharsets.US_ASCII)));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static Object digest(Args a, String algorithm) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes(a)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }

    /** hmac_hexdigest(secret_key, msg, hash_type): the HMAC as hex, hash_type one of sha256, md5, sha512, sha1. */
    private static Object hmac(Args a) {
        String type = a.text(2).strip().toLowerCase(java.util.Locale.ROOT);
        String algorithm = HMAC.get(type);
        if (algorithm == null) {
            throw a.error("hash_type must be 'sha256', 'md5', 'sha512' or 'sha1', got " + Renderer.repr(type, 30) + ".");
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            byte[] key = a.text(0).getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return HexFormat.of().formatHex(mac.doFinal(a.text(1).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }
}
