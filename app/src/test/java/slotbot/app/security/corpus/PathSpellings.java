package slotbot.app.security.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ways to spell one path that a lenient server may route to the same controller (issue 9, point 1):
 * path parameters, percent-encoding, doubled slashes, dot segments, a trailing slash, upper case.
 */
final class PathSpellings {

    record Spelling(String name, UnaryOperator<String> apply) {
    }

    /** Each applies to a path of the form /api/v1/{area}/{rest...}. */
    static final List<Spelling> ALL = List.of(
            new Spelling(";x after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1;x/")),
            new Spelling("; after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1;/")),
            new Spelling(";x after api", p -> p.replaceFirst("^/api/", "/api;x/")),
            new Spelling(";x after the area", p -> area(p, a -> a + ";x")),
            new Spelling(";x at the end", p -> p + ";x"),
            new Spelling("%xx for the area's first letter", p -> area(p, a -> String.format("%%%02x", (int) a.charAt(0)) + a.substring(1))),
            new Spelling("%2F for the slash after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1%2F")),
            new Spelling("%2e segment", p -> p.replaceFirst("^/api/v1/", "/api/v1/%2e/")),
            new Spelling("x/%2e%2e segment", p -> p.replaceFirst("^/api/v1/", "/api/v1/x/%2e%2e/")),
            new Spelling("%252e double-encoded dots", p -> p.replaceFirst("^/api/v1/", "/api/v1/x/%252e%252e/")),
            new Spelling("// at the start", p -> "/" + p),
            new Spelling("// after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1//")),
            new Spelling("/./ after api", p -> p.replaceFirst("^/api/", "/api/./")),
            new Spelling("/x/../ before v1", p -> p.replaceFirst("^/api/", "/api/x/../")),
            new Spelling("/..;/ trick", p -> p.replaceFirst("^/api/v1/", "/api/v1/x/..;/")),
            new Spelling("trailing slash", p -> p + "/"),
            new Spelling("upper case", p -> p.toUpperCase(Locale.ROOT)),
            new Spelling("upper-case area", p -> area(p, a -> a.toUpperCase(Locale.ROOT))),
            new Spelling("%20 at the end", p -> p + "%20"),
            new Spelling("encoded NUL at the end", p -> p + "%00"),
            new Spelling(".json suffix", p -> p + ".json"),
            new Spelling("backslash after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1\\\\")),
            new Spelling("%5c backslash after v1", p -> p.replaceFirst("^/api/v1/", "/api/v1%5c")));

    private PathSpellings() {
    }

    static List<String> of(String path) {
        List<String> spelled = new ArrayList<>();
        for (Spelling spelling : ALL) {
            spelled.add(spelling.apply().apply(path));
        }
        return spelled;
    }

    /** Rewrites the segment after /api/v1/ (functions, admin, chat). */
    private static String area(String path, UnaryOperator<String> rewrite) {
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        String area = slash < 0 ? rest : rest.substring(0, slash);
        return "/api/v1/" + rewrite.apply(area) + (slash < 0 ? "" : rest.substring(slash));
    }
}
