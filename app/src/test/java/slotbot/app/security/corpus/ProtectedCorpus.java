package slotbot.app.security.corpus;

import java.util.ArrayList;
import java.util.List;

import static slotbot.app.security.corpus.AdminCorpus.ADMIN;

/**
 * The function and admin APIs under every spelling of their paths (issue 9, point 1), without the token and with
 * wrong ones, where none may answer 2xx; then the same spellings with the token, where none may answer 5xx.
 */
final class ProtectedCorpus {

    /** Bad Authorization headers; the right token under a wrong scheme or with a NUL is still wrong. */
    static final List<String> WRONG_AUTHORIZATION = List.of("Bearer", "Bearer ", "Bearer wrong", "Basic dGVzdDp0ZXN0",
            "Token test-token", "Bearertest-token", "Bearer test-token\u0000", "Bearer " + "t".repeat(20_000),
            "Bearer test-token, Bearer x", "Bearer \u00ff\u00fe");

    private record Endpoint(String method, String path, String contentType, String body) {
    }

    private ProtectedCorpus() {
    }

    private static List<Endpoint> endpoints(Fixture f) {
        String intruder = f.catalogYaml() + "  - {id: 999001, name: Взлом, address: x}\n";
        return List.of(
                new Endpoint("POST", "/api/v1/functions/get_companies_for_booking", "application/json", "{}"),
                new Endpoint("POST", "/api/v1/functions/create_booking", "application/json", "{\"args\": [" + Fixture.BRANCH
                        + ", [" + Fixture.SERVICE + "], \"07.03.2030\", \"16:00\", " + Fixture.EMPLOYEE + "], \"client_id\": \"corpus-anon\"}"),
                new Endpoint("GET", ADMIN + "/bookings", null, null),
                new Endpoint("GET", ADMIN + "/dialogs", null, null),
                new Endpoint("GET", ADMIN + "/clock", null, null),
                new Endpoint("GET", ADMIN + "/catalog", null, null),
                new Endpoint("PUT", ADMIN + "/bots/intruder", "application/yaml", f.botYaml()),
                new Endpoint("POST", ADMIN + "/token/rotate", null, null),
                new Endpoint("PUT", ADMIN + "/catalog", "application/yaml", intruder),
                new Endpoint("DELETE", ADMIN + "/companies/" + Fixture.CLOSED_BRANCH, null, null),
                new Endpoint("POST", ADMIN + "/companies", "application/json", "{\"name\": \"Взлом\"}"),
                new Endpoint("POST", ADMIN + "/bookings/" + f.booking() + "/cancel", null, null),
                new Endpoint("PUT", ADMIN + "/employees/" + f.employee() + "/schedule", "application/json", "{\"weekly\": {}}"));
    }

    static List<Probe> withoutToken(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints(f)) {
            probes.add(probe("protected path as written", e, e.path()));
            for (String path : PathSpellings.of(e.path())) {
                probes.add(probe("protected path spelled otherwise", e, path));
            }
            for (String authorization : WRONG_AUTHORIZATION) {
                // A header over Tomcat's limit is refused before the body is read, and the connection closed: a large
                // body still being written then races the close. The header is what is probed, so it goes alone.
                Probe probe = authorization.length() > 8_000 ? Probe.of("protected path with a wrong Authorization", e.method(), e.path())
                        : probe("protected path with a wrong Authorization", e, e.path());
                probes.add(probe.header("Authorization", authorization));
            }
        }
        return probes;
    }

    static List<Probe> withToken(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints(f)) {
            for (String path : PathSpellings.of(e.path())) {
                probes.add(probe("protected path spelled otherwise, with the token", e, path).token());
            }
        }
        return probes;
    }

    private static Probe probe(String family, Endpoint e, String path) {
        Probe probe = Probe.of(family, e.method(), path);
        return e.body() == null ? probe : probe.body(e.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), e.contentType());
    }
}
