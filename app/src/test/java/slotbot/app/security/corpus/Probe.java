package slotbot.app.security.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One hostile request of the corpus, spelled exactly as it goes on the wire: the target is the request line's
 * path and query, undecoded; header values and the target are sent as ISO-8859-1 bytes, so a char from U+0080
 * to U+00FF stands for that raw byte.
 *
 * @param family     which part of the corpus made it, for grouping the findings
 * @param withToken  whether it carries the current API token (a probe may also carry its own Authorization header)
 * @param mustRefuse whether the contract or issue 9 says it is refused (4xx), beyond "no 5xx"
 */
public record Probe(String family, String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
                    boolean withToken, boolean mustRefuse) {

    public static Probe of(String family, String method, String target) {
        return new Probe(family, method, target, List.of(), null, false, false);
    }

    public Probe header(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Probe(family, method, target, List.copyOf(more), body, withToken, mustRefuse);
    }

    /** Adds that many small headers X-Many-1, X-Many-2, ... */
    public Probe headers(int count) {
        Probe probe = this;
        for (int i = 1; i <= count; i++) {
            probe = probe.header("X-Many-" + i, "v" + i);
        }
        return probe;
    }

    public Probe body(byte[] bytes, String contentType) {
        Probe with = new Probe(family, method, target, headers, bytes, withToken, mustRefuse);
        return contentType == null ? with : with.header("Content-Type", contentType);
    }

    public Probe json(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Probe yaml(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8), "application/yaml");
    }

    public Probe token() {
        return new Probe(family, method, target, headers, body, true, mustRefuse);
    }

    public Probe token(boolean with) {
        return with ? token() : this;
    }

    public Probe refused() {
        return new Probe(family, method, target, headers, body, withToken, true);
    }

    public Probe refused(boolean refused) {
        return refused ? refused() : this;
    }

    public Probe family(String name) {
        return new Probe(name, method, target, headers, body, withToken, mustRefuse);
    }

    public boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name));
    }

    /** The path as a router would see it after decoding and normalising, lower-cased: what decides whether the token is needed. */
    public String normalisedPath() {
        return PathNormaliser.normalise(target).toLowerCase(Locale.ROOT);
    }

    public boolean isProtected() {
        String path = normalisedPath();
        return path.startsWith("/api/v1/functions") || path.startsWith("/api/v1/admin") || path.startsWith("/mcp");
    }

    public boolean isApi() {
        return normalisedPath().startsWith("/api/");
    }

    /** One line a reader can reproduce the request from. */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(Shown.of(target, 140));
        text.append(withToken ? " [token]" : " [no token]");
        for (Map.Entry<String, String> h : headers) {
            text.append(" [").append(h.getKey()).append(": ").append(Shown.of(h.getValue(), 50)).append(']');
        }
        if (body != null) {
            text.append(" body(").append(body.length).append(" bytes): ")
                    .append(Shown.of(new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8), 90));
        }
        return text.toString();
    }
}
