package slotbot.app.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.security.corpus.CorpusReport;
import slotbot.app.security.corpus.Fixture;
import slotbot.app.security.corpus.HostileCorpus;
import slotbot.app.security.corpus.Probe;
import slotbot.app.security.corpus.ProbeClient;
import slotbot.app.security.corpus.Verdicts;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own hostile-input corpus (issue 9, point 7): well over 400 requests across every endpoint, sent
 * to one running app. None may answer 5xx, show a stack trace or an exception's name, take over 5 s, or answer an
 * error (or anything under /api/) in other than JSON; none without the token may get a 2xx from the function or
 * admin API, or change data. Afterwards the app is healthy and books. Every broken rule is reported, grouped, in
 * one run; the whole report also goes to target/hostile-corpus-*.txt.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(HostileCorpusContract.SeenTargets.class)
public abstract class HostileCorpusContract extends AppTestBase {

    static final String TELEGRAM_SECRET = "corpus-Secret_1";
    static final String PROBE_HEADER = "X-Corpus-Probe";
    private static final List<String> GUARDED_TABLES = List.of("booking", "booking_service", "bot", "api_token", "company",
            "category", "service", "employee", "employee_service", "working_hours");

    /** Remembers each probe's target as the server got it, to prove the corpus sends what it says it sends. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SeenTargets {
        static final Map<String, String> SEEN = new ConcurrentHashMap<>();

        @Bean
        FilterRegistrationBean<Filter> seenTargetsFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                String id = http.getHeader(PROBE_HEADER);
                if (id != null) {
                    SEEN.put(id, http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString()));
                }
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @DynamicPropertySource
    static void publicChannels(DynamicPropertyRegistry registry) {
        // The demo bot takes Telegram updates by webhook; the Bot API address refuses connections, so replies go nowhere.
        registry.add("slotbot.telegram.api-url", () -> "http://127.0.0.1:9");
        registry.add("slotbot.telegram.bots.demo.token", () -> "1:corpus");
        registry.add("slotbot.telegram.bots.demo.webhook-secret", () -> TELEGRAM_SECRET);
        registry.add("slotbot.telegram.request-timeout", () -> "1s");
        // The corpus sends hundreds of chat requests from one address: the flood limits would hide what lies behind them.
        registry.add("slotbot.chat.burst", () -> "1000000");
        registry.add("slotbot.chat.rate-per-second", () -> "1000000");
        registry.add("slotbot.chat.sessions-per-minute", () -> "1000000");
    }

    private String token = Api.TOKEN;
    private Fixture fixture;

    @Test
    void theCorpusCostsNoFiveHundredNoTraceNoHangAndNothingWithoutTheToken() throws IOException {
        Fixture fixture = fixture();
        List<Probe> stranger = HostileCorpus.withoutToken(fixture);
        List<Probe> owner = HostileCorpus.withToken(fixture);
        int size = stranger.size() + owner.size();
        System.out.printf("Hostile corpus on %s: %d requests (%d without the token, %d with it)%n", database(), size,
                stranger.size(), owner.size());

        CorpusReport report = new CorpusReport();
        ProbeClient client = new ProbeClient(port);
        Map<String, String> before = guardedData();
        send(stranger, client, report, "s");
        Map<String, String> afterStranger = guardedData();
        send(owner, client, report, "o");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(size).as("requests in the corpus").isGreaterThanOrEqualTo(400);
        softly.assertThat(afterStranger).as("the guarded tables after the requests without the token").isEqualTo(before);
        report.groups().forEach((group, findings) ->
                softly.fail(group + ": " + findings.size() + " request(s)\n" + CorpusReport.lines(findings)));
        theAppIsHealthyAndBooksAfterwards(softly);
        write(report, size);
        softly.assertAll();
    }

    private void send(List<Probe> probes, ProbeClient client, CorpusReport report, String prefix) {
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            String id = prefix + i;
            List<Map.Entry<String, String>> extra = new ArrayList<>();
            extra.add(Map.entry(PROBE_HEADER, id));
            if (probe.withToken()) {
                extra.add(Map.entry("Authorization", "Bearer " + token));
            }
            ProbeClient.Reply reply = client.send(probe, extra);
            report.add(Verdicts.judge(probe, reply, probe.withToken()));
            String seen = SeenTargets.SEEN.remove(id);
            String meant = probe.target().replaceFirst(" HTTP/\\d\\.\\d$", "");
            // Tomcat shows raw bytes from U+0080 on percent-encoded as UTF-8: such targets cannot be compared.
            boolean comparable = meant.startsWith("/") && meant.chars().allMatch(c -> c < 0x80);
            report.count(probe, reply);
            if (seen != null && comparable && !seen.equals(meant)) {
                report.add(List.of(new Verdicts.Finding("harness: the server got another target", probe, reply, "got " + seen)));
            }
            adoptARotatedToken(probe, reply);
        }
    }

    /** A rotation (by the owner, or by a stranger who got through) revokes the token in hand: the corpus goes on with the new one. */
    private void adoptARotatedToken(Probe probe, ProbeClient.Reply reply) {
        if (reply.status() >= 200 && reply.status() < 300 && probe.normalisedPath().endsWith("/token/rotate")) {
            JsonNode answer = json(reply.text());
            if (answer != null && answer.path("token").isString()) {
                token = answer.path("token").asString();
            }
        }
    }

    private void theAppIsHealthyAndBooksAfterwards(SoftAssertions softly) {
        Api.Answer health = api.send("GET", "/actuator/health", null, null, null);
        softly.assertThat(health.text()).as("health after the corpus").contains("\"status\":\"UP\"");
        Api.Answer restored = api.send("PUT", "/api/v1/admin/catalog", fixture.catalogYaml(), "Bearer " + token, "application/yaml");
        softly.assertThat(restored.status()).as("restoring the test catalog: " + restored.text()).isEqualTo(200);
        Api.Answer slots = asOwner("get_slots_for_booking", "[14275391, [844], \"12.03.2030\", 463665]");
        softly.assertThat(slots.body() != null && slots.body().isArray() && !slots.body().isEmpty())
                .as("free slots after the corpus: " + slots.text()).isTrue();
        if (slots.body() != null && slots.body().isArray() && !slots.body().isEmpty()) {
            String time = slots.body().get(0).isString() ? slots.body().get(0).asString() : slots.body().get(0).path("time").asString();
            Api.Answer booked = asOwner("create_booking", "[14275391, [844], \"12.03.2030\", \"" + time + "\", 463665]");
            softly.assertThat(booked.text()).as("a normal booking after the corpus").contains("\"status\":true");
        }
    }

    /** Bots, a sandbox branch, a booking and two conversations for the corpus to aim at, made the ordinary way. */
    private Fixture fixture() throws IOException {
        String bot = new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8);
        String catalog = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        ok(api.send("PUT", "/api/v1/admin/bots/demo", bot, owner(), "application/yaml"));
        ok(api.send("PUT", "/api/v1/admin/bots/regexbomb", """
                start: hello
                fallback: "Не понял"
                blocks:
                  - id: hello
                    text: "Напишите что-нибудь"
                    arrows:
                      - {to: caught, when: "(a|aa)+$", match: regex}
                  - id: caught
                    text: "Поймал"
                """, owner(), "application/yaml"));
        long company = id(admin("/companies", "{\"name\": \"Корпус\", \"timezone\": \"Europe/Moscow\"}"));
        long category = id(admin("/companies/" + company + "/categories", "{\"type\": \"service_category\", \"name\": \"К\"}"));
        long jobTitle = id(admin("/companies/" + company + "/categories", "{\"type\": \"job_title\", \"name\": \"Мастер\"}"));
        long service = id(admin("/companies/" + company + "/services",
                "{\"title\": \"У\", \"price\": 100, \"duration\": 30, \"category_id\": " + category + "}"));
        long employee = id(admin("/companies/" + company + "/employees", "{\"name\": \"М\", \"service_ids\": [" + service
                + "], \"job_title_id\": " + jobTitle + ", \"schedule\": {\"weekly\": {\"mon\": [\"09:00-18:00\"]}}}"));
        Api.Answer booked = asOwner("create_booking", "[14275391, [844], \"05.03.2030\", \"09:00\", 463665]");
        long booking = booked.body().path("booking").path("id").asLong();
        assertThat(booking).as(booked.text()).isPositive();
        fixture = new Fixture(company, category, jobTitle, service, employee, booking, conversation("demo"),
                conversation("regexbomb"), TELEGRAM_SECRET, bot, catalog);
        return fixture;
    }

    private String conversation(String bot) {
        Api.Answer opened = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null);
        String client = ok(opened).body().path("client").asString();
        ok(api.post("/api/v1/chat/" + bot + "/" + client + "/messages", "{\"text\": \"Меню\"}", null, "application/json"));
        return client;
    }

    private Api.Answer asOwner(String function, String args) {
        return api.post("/api/v1/functions/" + function, "{\"args\": " + args + ", \"client_id\": \"" + Fixture.CLIENT + "\"}",
                "Bearer " + token, "application/json");
    }

    private Api.Answer admin(String path, String body) {
        return api.post("/api/v1/admin" + path, body, owner(), "application/json");
    }

    private String owner() {
        return "Bearer " + token;
    }

    private static long id(Api.Answer created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    private static Api.Answer ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    /** Per guarded table, its row count and a digest of its rows (order-free); admin_audit counts only recorded changes. */
    private Map<String, String> guardedData() {
        Map<String, String> data = new java.util.TreeMap<>();
        for (String table : GUARDED_TABLES) {
            List<String> rows = jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream().map(Object::toString).sorted().toList();
            data.put(table, rows.size() + " rows, digest " + Integer.toHexString(rows.hashCode()));
        }
        data.put("admin_audit (status < 400)", jdbc.sql("SELECT COUNT(*) FROM admin_audit WHERE status < 400")
                .query(Long.class).single().toString());
        return data;
    }

    private void write(CorpusReport report, int size) throws IOException {
        StringBuilder text = new StringBuilder("Hostile corpus on " + database() + ": " + size + " requests\n\n");
        text.append(report.isEmpty() ? "No findings.\n" : report.summary());
        text.append("\nAnswers by part of the corpus:\n").append(report.statuses());
        report.groups().forEach((group, findings) -> text.append('\n').append(group).append(": ").append(findings.size())
                .append('\n').append(CorpusReport.lines(findings)));
        Path file = Path.of("target", "hostile-corpus-" + database() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(report.isEmpty() ? "Hostile corpus: no findings" : "Hostile corpus findings (all in " + file + "):\n"
                + report.summary());
    }

    private String database() {
        return getClass().getSimpleName().replace("HostileCorpusOn", "").replace("Test", "");
    }

    private static JsonNode json(String text) {
        try {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
