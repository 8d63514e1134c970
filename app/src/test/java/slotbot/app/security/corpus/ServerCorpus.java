package slotbot.app.security.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything else a stranger can reach, no token: the pages, assets, actuator and API docs, wrong methods,
 * huge and broken headers, long and undecodable paths, and requests that are not proper HTTP/1.1 at all.
 */
final class ServerCorpus {

    static final List<String> PAGES = List.of("/", "/chat/demo", "/chat/nobody", "/chat/%00", "/chat/..%2f..%2fetc%2fpasswd",
            "/chat/<script>alert(1)</script>", "/admin", "/admin/", "/admin;x", "/ADMIN", "/admin/admin.html", "/assets/chat.html",
            "/assets/nope.js", "/assets/../application.yaml", "/assets/%2e%2e/application.yaml", "/assets/..%2fapplication.yaml",
            "/assets/%252e%252e/application.yaml", "/assets/..\\application.yaml", "/actuator/health", "/actuator/health/",
            "/actuator/health;x", "/ACTUATOR/health", "/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator",
            "/v3/api-docs", "/v3/api-docs/", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
            "/swagger-ui/index.html", "/pay/demo/x", "/pay/demo/%00", "/error", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/application.yaml", "/favicon.ico", "/h2-console", "/mcp", "/api", "/api/v1", "/api/v1/", "/%ff%fe", "/%c0%af",
            "/%ed%a0%80", "/chat/%ff", "/chat/\u00ff\u00fe", "/chat/%", "/chat/%zz", "/chat/a b", "/chat/a\tb",
            "/chat/" + "x".repeat(10_000), "/" + "a/".repeat(5_000), "/actuator/health?" + "q=1&".repeat(5_000),
            "/actuator/health?x=" + "y".repeat(20_000), "/chat/demo?x=%ff%fe&y=%", "*");

    static final List<String> METHODS = List.of("DELETE", "PUT", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get", "PROPFIND");

    private ServerCorpus() {
    }

    static List<Probe> all() {
        List<Probe> probes = new ArrayList<>();
        for (String page : PAGES) {
            probes.add(Probe.of("page or resource", "GET", page));
        }
        for (String target : List.of("/", "/actuator/health", "/api/v1/functions/get_companies_for_booking",
                "/api/v1/chat/demo/sessions", "/api/v1/admin/bookings")) {
            for (String method : METHODS) {
                probes.add(Probe.of("wrong method", method, target));
            }
        }
        probes.addAll(headers());
        probes.addAll(protocol());
        return probes;
    }

    private static List<Probe> headers() {
        String health = "/actuator/health";
        String sessions = "/api/v1/chat/demo/sessions";
        List<Probe> probes = new ArrayList<>();
        for (String target : List.of(health, sessions, "/api/v1/functions/get_companies_for_booking")) {
            String method = target.equals(health) ? "GET" : "POST";
            probes.add(Probe.of("header: 20 KB", method, target).header("X-Big", "h".repeat(20_000)));
            probes.add(Probe.of("header: 200 headers", method, target).headers(200));
            probes.add(Probe.of("header: NUL in a value", method, target).header("X-Nul", "a\u0000b"));
            probes.add(Probe.of("header: bytes that are not UTF-8", method, target).header("X-Bytes", "\u00ff\u00fe\u00c0\u00af"));
            probes.add(Probe.of("header: a folded line", method, target).header("X-Fold", "a\r\n b"));
            probes.add(Probe.of("header: no name", method, target).header("", "x"));
            probes.add(Probe.of("header: space before the colon", method, target).header("X-Space ", "x"));
            probes.add(Probe.of("header: Accept that nothing has", method, target).header("Accept", "application/x-nothing"));
            probes.add(Probe.of("header: Accept-Charset nonsense", method, target).header("Accept-Charset", "nonsense"));
            probes.add(Probe.of("header: X-Forwarded-For lies", method, target).header("X-Forwarded-For", "127.0.0.1, 1.2.3.4, <x>"));
            probes.add(Probe.of("header: Host that is not us", method, target).header("Host", "evil.example\u0000"));
            probes.add(Probe.of("header: Range", method, target).header("Range", "bytes=0-1,2-3,4-5" + ",1-2".repeat(500)));
        }
        return probes;
    }

    private static List<Probe> protocol() {
        byte[] json = "{\"args\": []}".getBytes(StandardCharsets.UTF_8);
        String function = "/api/v1/functions/get_companies_for_booking";
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.of("protocol: HTTP/1.0", "GET", "/actuator/health HTTP/1.0"));
        probes.add(Probe.of("protocol: HTTP/2.0 in the request line", "GET", "/actuator/health HTTP/2.0"));
        probes.add(Probe.of("protocol: HTTP/9.9", "GET", "/actuator/health HTTP/9.9"));
        probes.add(Probe.of("protocol: absolute-form target", "GET", "http://evil.example/actuator/health"));
        probes.add(Probe.of("protocol: absolute-form target to the function API", "POST", "http://127.0.0.1" + function)
                .body(json, "application/json"));
        probes.add(Probe.of("protocol: Content-Length too large", "POST", function).body(json, "application/json")
                .header("Content-Length", "99"));
        probes.add(Probe.of("protocol: negative Content-Length", "POST", function).body(json, "application/json")
                .header("Content-Length", "-1"));
        probes.add(Probe.of("protocol: two Content-Lengths", "POST", function).body(json, "application/json")
                .header("Content-Length", "12").header("Content-Length", "3"));
        probes.add(Probe.of("protocol: a broken chunk", "POST", function)
                .body("zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), "application/json")
                .header("Transfer-Encoding", "chunked"));
        probes.add(Probe.of("protocol: Transfer-Encoding and Content-Length", "POST", function).body(json, "application/json")
                .header("Transfer-Encoding", "chunked").header("Content-Length", "12"));
        probes.add(Probe.of("protocol: Expect 100-continue", "POST", function).body(json, "application/json")
                .header("Expect", "100-continue"));
        probes.add(Probe.of("protocol: Upgrade to h2c", "GET", "/actuator/health").header("Upgrade", "h2c")
                .header("HTTP2-Settings", "AAMAAABkAAQAAP__"));
        probes.add(Probe.of("protocol: gzip body that is not gzip", "POST", function).body(json, "application/json")
                .header("Content-Encoding", "gzip"));
        return probes;
    }
}
