package slotbot.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ways an attacker spells a path of /api/v1/{section}/{rest} so that a prefix check misses it while
 * a server might still route it: path parameters, escapes, doubled and dotted segments, case, and
 * detours through the public chat API.
 */
final class PathSpellings {

    record Spelling(String name, UnaryOperator<String> spell) {
    }

    private PathSpellings() {
    }

    /** Each spelling of "/api/v1/" + section + "/" + rest. */
    static List<String> of(String section, String rest) {
        List<String> paths = new ArrayList<>();
        for (Spelling spelling : spellings(section)) {
            paths.add(spelling.spell().apply("/api/v1/" + section + "/" + rest));
        }
        return paths;
    }

    private static List<Spelling> spellings(String section) {
        String s = "/" + section + "/";
        String first = "%" + Integer.toHexString(section.charAt(0));
        return List.of(
                new Spelling("plain", p -> p),
                new Spelling("parameter on v1", p -> p.replace("/v1/", "/v1;x/")),
                new Spelling("empty parameter on v1", p -> p.replace("/v1/", "/v1;/")),
                new Spelling("parameter on api", p -> p.replace("/api/", "/api;x/")),
                new Spelling("parameter on the section", p -> p.replace(s, "/" + section + ";x/")),
                new Spelling("session id", p -> p + ";jsessionid=1"),
                new Spelling("first letter escaped", p -> p.replace(s, "/" + first + section.substring(1) + "/")),
                new Spelling("first letter escaped upper", p -> p.replace(s, "/" + first.toUpperCase(Locale.ROOT) + section.substring(1) + "/")),
                new Spelling("every letter escaped", p -> p.replace(s, "/" + escapeAll(section) + "/")),
                new Spelling("api escaped", p -> p.replace("/api/", "/%61pi/")),
                new Spelling("slash escaped", p -> p.replace("/v1/", "/v1%2f")),
                new Spelling("slash escaped upper", p -> p.replace("/v1/", "/v1%2F")),
                new Spelling("leading double slash", p -> "/" + p),
                new Spelling("double slash after api", p -> p.replace("/api/", "/api//")),
                new Spelling("double slash before section", p -> p.replace(s, "//" + section + "/")),
                new Spelling("dot segment first", p -> "/." + p),
                new Spelling("dot segment after api", p -> p.replace("/api/", "/api/./")),
                new Spelling("dot segment before section", p -> p.replace(s, "/./" + section + "/")),
                new Spelling("dot-dot after api", p -> p.replace("/api/", "/api/x/../")),
                new Spelling("dot-dot before section", p -> p.replace(s, "/x/../" + section + "/")),
                new Spelling("escaped dot", p -> p.replace(s, "/%2e/" + section + "/")),
                new Spelling("escaped dot-dot", p -> p.replace(s, "/x/%2e%2e/" + section + "/")),
                new Spelling("through the chat by dot-dot", p -> p.replace(s, "/chat/../" + section + "/")),
                new Spelling("through the chat by dot-dot with parameter", p -> p.replace(s, "/chat/..;/" + section + "/")),
                new Spelling("through the chat by escaped dot-dot", p -> p.replace(s, "/chat/%2e%2e/" + section + "/")),
                new Spelling("through the chat by escaped slash", p -> p.replace(s, "/chat/..%2f" + section + "/")),
                new Spelling("backslash", p -> p.replace("/v1/", "/v1\\")),
                new Spelling("escaped backslash", p -> p.replace("/v1/", "/v1%5c")),
                new Spelling("trailing slash", p -> p + "/"),
                new Spelling("trailing double slash", p -> p + "//"),
                new Spelling("trailing dot", p -> p + "/."),
                new Spelling("query", p -> p + "?x=1"),
                new Spelling("upper case", p -> p.toUpperCase(Locale.ROOT)),
                new Spelling("upper case api", p -> p.replace("/api/", "/API/")),
                new Spelling("upper case section", p -> p.replace(s, "/" + section.toUpperCase(Locale.ROOT) + "/")),
                new Spelling("escaped NUL", p -> p.replace(s, "/" + section + "%00/")),
                new Spelling("escaped space", p -> p + "%20"),
                new Spelling("escaped semicolon", p -> p.replace("/v1/", "/v1%3bx/")));
    }

    private static String escapeAll(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append('%').append(Integer.toHexString(c)));
        return escaped.toString();
    }
}
