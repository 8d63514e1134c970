package slotbot.app.security.corpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hostile JSON values and bodies, written as raw JSON text so that 1e400, -0 and lone surrogates reach the server as such. */
public final class HostileValues {

    /** A value as raw JSON text; {@code control} marks text that carries control or invalid characters. */
    public record Value(String name, String json, boolean control) {
    }

    static final int MEGABYTE = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Wrong types, huge and odd numbers, a 1 MB text and control characters: put in the place of each field in turn. */
    public static final List<Value> VALUES = List.of(
            value("true", "true"),
            value("an object", "{\"a\": 1}"),
            value("a nested list", "[[1], [[]]]"),
            value("a word", "\"x\""),
            value("a fraction", "1.5"),
            value("1e400", "1e400"),
            value("2^63", "9223372036854775808"),
            value("-2^63-1", "-9223372036854775809"),
            value("-0", "-0"),
            value("NaN as text", "\"NaN\""),
            value("-Infinity as text", "\"-Infinity\""),
            value("1e999999999 as text", "\"1e999999999\""),
            value("a 1 MB text", "\"" + "ж".repeat(MEGABYTE / 2) + "\""),
            control("NUL", "\"\\u0000\""),
            control("a number with NUL", "\"844\\u0000\""),
            control("NEL and LINE SEPARATOR", "\"a\\u0085b\\u2028c\""),
            control("a lone surrogate", "\"\\ud800\""),
            value("a path parameter", "\"844;x\""),
            value("RTL override and zero-width space", "\"\\u202e\\u200b844\""));

    /** A smaller set for the admin fields, where every value costs a request per field of every endpoint. */
    public static final List<Value> FEW = VALUES.stream()
            .filter(v -> !v.name().contains("Infinity") && !v.name().contains("nested") && !v.name().contains("1e999")
                    && !v.name().contains("path parameter") && !v.name().contains("a number with NUL"))
            .toList();

    /** Bodies that are not a JSON object one can use, each refused (4xx) by any endpoint that reads JSON. */
    public static final List<Body> BROKEN_JSON = List.of(
            broken("truncated", "{\"args\": [14275391, [844"),
            broken("only an opening brace", "{"),
            broken("only a closing brace", "}"),
            broken("a list", "[]"),
            broken("a number", "42"),
            broken("a text", "\"text\""),
            broken("JSON null", "null"),
            broken("single quotes", "{'args': []}"),
            broken("unquoted keys", "{args: []}"),
            broken("10,000 nested lists", "{\"args\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
            broken("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            broken("NaN literal", "{\"args\": [NaN], \"text\": NaN}"),
            broken("a 1e400 document", "1e400"),
            broken("bytes that are not UTF-8", bytes("{\"args\": [\"\u00ff\u00fe\"], \"text\": \"\u00c0\u00af\"}")),
            broken("a CESU surrogate", bytes("{\"text\": \"\u00ed\u00a0\u0080\", \"client_id\": \"\u00ed\u00a0\u0080\"}")),
            broken("UTF-16 with BOM", utf16("{\"args\": [], \"text\": \"hi\"}")),
            broken("a raw NUL byte", "{\"text\": \"a\u0000b\", \"client_id\": \"a\u0000b\"}"),
            lenient("duplicate keys", "{\"args\": [], \"args\": [1], \"text\": \"a\", \"text\": \"b\"}"),
            lenient("trailing garbage", "{} {\"x\": 1} ]]]"),
            lenient("a comment", "/* hi */ {}"),
            lenient("a BOM", "\ufeff{}"),
            lenient("a megabyte of spaces", " ".repeat(MEGABYTE) + "{}"),
            lenient("an empty body", ""));

    /** A body, as bytes; {@code refused} when every endpoint must answer it with 4xx. */
    public record Body(String name, byte[] bytes, boolean refused) {
    }

    private HostileValues() {
    }

    /**
     * The JSON text of {@code base} with the value at {@code pointer} (e.g. {@code /args/2}, {@code /weekly/mon})
     * replaced by raw JSON text; a missing object key is added.
     */
    public static String substitute(String base, String pointer, String rawJson) {
        JsonNode root = JSON.readTree(base);
        String[] steps = pointer.substring(1).split("/");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode list) {
            int index = Integer.parseInt(last);
            while (list.size() <= index) {
                list.add("");
            }
            list.setRawValue(index, new RawValue(rawJson));
        } else {
            ((ObjectNode) parent).putRawValue(last, new RawValue(rawJson));
        }
        return JSON.writeValueAsString(root);
    }

    /**
     * A valid body with bytes that are not UTF-8 put into its first text (after the first {@code ": "} or {@code ["}),
     * so that only the encoding is wrong: each must be refused (4xx), not read with U+FFFD in their place.
     */
    public static List<Body> notUtf8(String valid) {
        int colon = valid.indexOf("\": \"");
        int list = valid.indexOf("[\"");
        int at = colon >= 0 && (list < 0 || colon < list) ? colon + 4 : list + 2;
        byte[] head = valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
        return List.of(spliced("a valid body with \\xff\\xfe in a text", head, bytes("\u00ff\u00fe"), tail),
                spliced("a valid body with an overlong encoding", head, bytes("\u00c0\u00af"), tail),
                spliced("a valid body with a CESU surrogate", head, bytes("\u00ed\u00a0\u0080"), tail),
                spliced("a valid body that starts with \\xff\\xfe", new byte[0], bytes("\u00ff\u00fe"),
                        valid.getBytes(StandardCharsets.UTF_8)));
    }

    private static Body spliced(String name, byte[] head, byte[] middle, byte[] tail) {
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return new Body(name, all, true);
    }

    /** UTF-8 bytes of the text, except that U+00FF and U+00FE become the raw bytes 0xFF and 0xFE. */
    static byte[] bytesOfUtf8AndLatin1(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String part : text.split("(?=[\u00ff\u00fe])|(?<=[\u00ff\u00fe])")) {
            byte[] b = part.equals("\u00ff") || part.equals("\u00fe") ? bytes(part) : part.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    private static Value value(String name, String json) {
        return new Value(name, json, false);
    }

    private static Value control(String name, String json) {
        return new Value(name, json, true);
    }

    private static Body broken(String name, String text) {
        return new Body(name, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private static Body broken(String name, byte[] bytes) {
        return new Body(name, bytes, true);
    }

    private static Body lenient(String name, String text) {
        return new Body(name, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
