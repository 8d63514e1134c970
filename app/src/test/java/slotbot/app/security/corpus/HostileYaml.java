package slotbot.app.security.corpus;

import slotbot.app.security.corpus.HostileValues.Body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Whole YAML (and JSON) documents for the catalog and bot endpoints, and YAML values to put in a catalog's fields. */
final class HostileYaml {

    /** A value as YAML text; {@code control} marks text with control or invalid characters. */
    record Value(String name, String yaml, boolean control) {
    }

    static final List<Value> VALUES = List.of(
            new Value("a list", "[1, [2]]", false),
            new Value("a map", "{a: 1}", false),
            new Value("true", "true", false),
            new Value("1e400", "1e400", false),
            new Value("2^63", "9223372036854775808", false),
            new Value("-0", "-0", false),
            new Value(".nan", ".nan", false),
            new Value("-.inf", "-.inf", false),
            new Value("a 1 MB text", "\"" + "ж".repeat(HostileValues.MEGABYTE / 2) + "\"", false),
            new Value("NUL", "\"a\\0b\"", true),
            new Value("NEL and LINE SEPARATOR", "\"a\\x85b\\u2028c\"", true),
            new Value("a lone surrogate", "\"\\ud800\"", true),
            new Value("an alias of nothing", "*nothing", false),
            new Value("a Java type tag", "!!java.net.URL [\"http://127.0.0.1:9/\"]", false));

    private HostileYaml() {
    }

    /** Documents that must be refused whole (4xx), then a few odd but well-formed ones (no 5xx is all that is asked). */
    static List<Body> documents() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(refused("billion laughs", billionLaughs()));
        bodies.add(refused("10,000 nested flow lists", "companies: " + "[".repeat(10_000) + "]".repeat(10_000)));
        bodies.add(refused("1,500 nested block maps", nestedBlocks(1_500)));
        bodies.add(refused("truncated", "companies:\n  - id: 1\n    name: \"unterminated"));
        bodies.add(refused("a tab for indentation", "companies:\n\t- id: 1"));
        bodies.add(refused("a raw NUL byte", "companies: []\nx: a\u0000b\n"));
        bodies.add(refused("bytes that are not UTF-8", HostileValues.bytes("\u00ff\u00fecompanies: []\nstart: a\n")));
        bodies.add(refused("UTF-16 with BOM", "companies: []\n".getBytes(StandardCharsets.UTF_16)));
        bodies.add(refused("a scalar document", "just text"));
        bodies.add(refused("a list document", "- 1\n- 2"));
        bodies.add(refused("a 1 MB key", "\"" + "k".repeat(HostileValues.MEGABYTE) + "\": 1"));
        bodies.add(refused("a Java type tag", "!!java.lang.ProcessBuilder [[\"true\"]]"));
        bodies.add(refused("an undefined alias", "companies: *nowhere"));
        bodies.add(refused("two documents", "companies: []\n---\ncompanies: []\n---\n"));
        bodies.add(lenient("duplicate keys", "companies: []\ncompanies: []\nstart: a\nstart: b\n"));
        bodies.add(lenient("an anchor and a merge key", "base: &b {id: 1}\ncompanies:\n  - <<: *b\n    name: x\n"));
        bodies.add(lenient("a binary tag", "companies: !!binary aGVsbG8=\n"));
        bodies.add(lenient("JSON with a 1e400 id", "{\"companies\": [{\"id\": 1e400, \"name\": \"x\"}]}"));
        return bodies;
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8)).append('*').append(previous)
                    .append("]\n");
        }
        return yaml.append("companies: *j\n").toString();
    }

    private static String nestedBlocks(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.append(" ".repeat(depth)).append("v\n").toString();
    }

    private static Body refused(String name, String text) {
        return new Body(name, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private static Body refused(String name, byte[] bytes) {
        return new Body(name, bytes, true);
    }

    private static Body lenient(String name, String text) {
        return new Body(name, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
