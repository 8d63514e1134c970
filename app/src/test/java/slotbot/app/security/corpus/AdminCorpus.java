package slotbot.app.security.corpus;

import slotbot.app.security.corpus.HostileValues.Body;
import slotbot.app.security.corpus.HostileValues.Value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static slotbot.app.security.corpus.Fixture.BRANCH;
import static slotbot.app.security.corpus.Fixture.EMPLOYEE;
import static slotbot.app.security.corpus.Fixture.SERVICE;

/** The admin API with the token: every field of every body, ids in the path, query parameters, bots. */
final class AdminCorpus {

    static final String ADMIN = "/api/v1/admin";
    static final List<String> PATH_IDS = List.of("0", "-1", "9223372036854775808", "1e400", "abc", "%00", "%ff%fe", "1;x",
            "1%2f2", "%2e%2e", "1%0d%0aX-Injected:%201", "9".repeat(10_000));
    static final List<String> QUERY_VALUES = List.of("abc", "1e400", "9223372036854775808", "-1", "%00", "%ff%fe", "a%3Bb",
            "2030-13-45", "1%26company_id%3D2", "%0d%0aX-Injected:%201", "%E2%80%AE%E2%80%8B");
    static final List<String> BOT_NAMES = List.of("a;b", "a%3Bb", "a%00b", "%2e%2e", "a%2fb", "n".repeat(300), "%D1%8F",
            "a%20b", "CON", "%ff", "-", "a.yaml", "%0d%0a");

    private record Endpoint(String method, String path, String body, List<String> fields) {
    }

    private AdminCorpus() {
    }

    static List<Probe> all(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(fields(f));
        probes.addAll(pathIds(f));
        probes.addAll(queries());
        probes.addAll(bots(f));
        return probes;
    }

    private static List<Endpoint> endpoints(Fixture f) {
        String c = ADMIN + "/companies/";
        String schedule = "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}}";
        return List.of(
                new Endpoint("POST", ADMIN + "/companies", "{\"name\": \"Корпус-2\", \"address\": \"ул. 2\", \"online_booking\": true,"
                        + " \"timezone\": \"Europe/Moscow\"}", List.of("/name", "/address", "/online_booking", "/timezone", "/id")),
                new Endpoint("PUT", c + f.company(), "{\"name\": \"Корпус\"}",
                        List.of("/name", "/address", "/online_booking", "/timezone", "/id")),
                new Endpoint("POST", c + f.company() + "/categories", "{\"type\": \"service_category\", \"name\": \"К-2\"}",
                        List.of("/type", "/name", "/description", "/id")),
                new Endpoint("PUT", ADMIN + "/categories/" + f.category(), "{\"name\": \"К\"}", List.of("/type", "/name", "/description")),
                new Endpoint("POST", c + f.company() + "/services", "{\"title\": \"У-2\", \"price\": 100, \"duration\": 30,"
                        + " \"category_id\": " + f.category() + "}", List.of("/title", "/description", "/price", "/duration", "/category_id", "/id")),
                new Endpoint("PUT", ADMIN + "/services/" + f.service(), "{\"title\": \"У\"}",
                        List.of("/title", "/description", "/price", "/duration", "/category_id")),
                new Endpoint("POST", c + f.company() + "/employees", "{\"name\": \"М-2\", \"service_ids\": [" + f.service() + "],"
                        + " \"job_title_id\": " + f.jobTitle() + ", \"schedule\": " + schedule + "}",
                        List.of("/name", "/information", "/job_title_id", "/service_ids", "/service_ids/0", "/schedule",
                                "/schedule/weekly/mon", "/id")),
                new Endpoint("PUT", ADMIN + "/employees/" + f.employee(), "{\"name\": \"М\"}",
                        List.of("/name", "/information", "/job_title_id", "/service_ids", "/schedule")),
                new Endpoint("PUT", ADMIN + "/employees/" + f.employee() + "/schedule",
                        "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}, \"dates\": {\"2030-03-08\": []}}",
                        List.of("/weekly", "/weekly/mon", "/weekly/mon/0", "/weekly/xyz", "/dates", "/dates/2030-03-08")),
                new Endpoint("POST", ADMIN + "/bookings", "{\"company_id\": " + BRANCH + ", \"service_ids\": [" + SERVICE + "],"
                        + " \"date\": \"06.03.2030\", \"time\": \"15:00\", \"employee_id\": " + EMPLOYEE + ", \"client_id\": \"corpus-admin\"}",
                        List.of("/company_id", "/service_ids", "/date", "/time", "/employee_id", "/client_id")),
                new Endpoint("POST", ADMIN + "/bookings/" + f.booking() + "/move", "{\"date\": \"07.03.2030\", \"time\": \"12:00\"}",
                        List.of("/date", "/time")),
                new Endpoint("POST", ADMIN + "/bookings", "{\"company_id\": " + BRANCH + ", \"service_ids\": [" + SERVICE + "],"
                        + " \"date\": \"06.03.2030\", \"time\": \"16:00\", \"client\": {\"name\": \"Звонок\", \"phone\": \"+79001112233\"}}",
                        List.of("/client", "/client/name", "/client/phone", "/client_id")));
    }

    private static List<Probe> fields(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints(f)) {
            for (String field : e.fields()) {
                for (Value v : HostileValues.FEW) {
                    probes.add(Probe.of("admin body field ← " + v.name(), e.method(), e.path()).token()
                            .json(HostileValues.substitute(e.body(), field, v.json())).refused(v.control()));
                }
            }
        }
        for (Endpoint e : endpoints(f)) {
            for (Body b : HostileValues.notUtf8(e.body())) {
                probes.add(Probe.of("admin body: " + b.name(), e.method(), e.path()).token().body(b.bytes(), "application/json").refused());
            }
        }
        for (Endpoint e : List.of(endpoints(f).get(0), endpoints(f).get(8), endpoints(f).get(9))) {
            for (Body b : HostileValues.BROKEN_JSON) {
                probes.add(Probe.of("admin body: " + b.name(), e.method(), e.path()).token()
                        .body(b.bytes(), "application/json").refused(b.refused()));
            }
            byte[] valid = e.body().getBytes(StandardCharsets.UTF_8);
            for (String type : FunctionCorpus.CONTENT_TYPES) {
                probes.add(Probe.of("admin Content-Type", e.method(), e.path()).token().body(valid, type));
            }
            probes.add(Probe.of("admin Content-Type: unknown charset", e.method(), e.path()).token()
                    .body(valid, "application/json; charset=nonsense").refused());
        }
        return probes;
    }

    private static List<Probe> pathIds(Fixture f) {
        String schedule = "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}}";
        List<Probe> probes = new ArrayList<>();
        for (String id : PATH_IDS) {
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/companies/" + id).token());
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/companies/" + id + "/services").token());
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/categories/" + id).token());
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/employees/" + id).token());
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/bookings/" + id).token());
            probes.add(Probe.of("admin id in the path", "POST", ADMIN + "/bookings/" + id + "/cancel").token());
            probes.add(Probe.of("admin id in the path", "DELETE", ADMIN + "/services/" + id).token());
            // A request line over Tomcat's limit is refused before the body is read, and the connection closed: a body
            // still being written then races the close (as ProtectedCorpus says of a long header). The path is what is
            // probed, so a long one goes alone.
            Probe schedulePut = Probe.of("admin id in the path", "PUT", ADMIN + "/employees/" + id + "/schedule").token();
            probes.add(id.length() > 8_000 ? schedulePut : schedulePut.json(schedule));
            probes.add(Probe.of("admin id in the path", "GET", ADMIN + "/dialogs/demo/" + id).token());
        }
        return probes;
    }

    private static List<Probe> queries() {
        List<Probe> probes = new ArrayList<>();
        for (String value : QUERY_VALUES) {
            for (String name : List.of("company_id", "employee_id", "client_id", "from", "to", "status")) {
                probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/bookings?" + name + "=" + value).token());
            }
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/dialogs?bot=" + value + "&client_id=" + value).token());
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/companies?all=" + value).token());
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/waitlist?company_id=" + value + "&date=" + value).token());
            String day = "from=2030-03-05&to=2030-03-05";
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/calendar/stream?company_id=" + value + "&" + day).token());
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/calendar/stream?company_id=" + BRANCH + "&from=" + value
                    + "&to=2030-03-05").token());
            probes.add(Probe.of("admin query parameter", "GET", ADMIN + "/calendar/stream?company_id=" + BRANCH
                    + "&from=2030-03-05&to=" + value).token());
        }
        probes.add(Probe.of("admin query parameter: 20 KB", "GET", ADMIN + "/bookings?client_id=" + "q".repeat(20_000)).token());
        probes.add(Probe.of("admin query parameter: 2,000 parameters", "GET",
                ADMIN + "/bookings?" + "status=active&".repeat(2_000)).token());
        return probes;
    }

    private static List<Probe> bots(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        for (String name : BOT_NAMES) {
            boolean oddName = name.contains(";") || name.contains("%3B") || name.contains("%00") || name.contains("%0d");
            probes.add(Probe.of("bot name in the path", "PUT", ADMIN + "/bots/" + name).token().yaml(f.botYaml()).refused(oddName));
            probes.add(Probe.of("bot name in the path", "POST", ADMIN + "/bots/" + name + "/validate").token().yaml(f.botYaml()));
            probes.add(Probe.of("bot name in the path", "GET", ADMIN + "/bots/" + name).token());
            probes.add(Probe.of("bot name in the path", "DELETE", ADMIN + "/bots/" + name).token());
        }
        String spoilable = f.botYaml().replace("text: \"Здравствуйте!", "text: \"\u00ff\u00fe");
        for (Body b : List.of(new Body("bytes that are not UTF-8 in a text", HostileValues.bytesOfUtf8AndLatin1(spoilable), true))) {
            probes.add(Probe.of("bot file: " + b.name(), "PUT", ADMIN + "/bots/corpus-bot").token()
                    .body(b.bytes(), "application/yaml").refused());
        }
        for (Body b : HostileYaml.documents()) {
            probes.add(Probe.of("bot file: " + b.name(), "PUT", ADMIN + "/bots/corpus-bot").token()
                    .body(b.bytes(), "application/yaml").refused(b.refused()));
            probes.add(Probe.of("bot file: " + b.name(), "POST", ADMIN + "/bots/corpus-bot/validate").token()
                    .body(b.bytes(), "application/yaml").refused(b.refused()));
        }
        return probes;
    }
}
