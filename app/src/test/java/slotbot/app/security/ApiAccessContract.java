package slotbot.app.security;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.RawHttp;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token guards every spelling of a path that reaches the function or admin API: without it a
 * spelling is refused (400 by the firewall, 401, or 404 where nothing is routed) and changes
 * nothing; with it, a spelling the server routes is answered and an admin change is audited.
 */
public abstract class ApiAccessContract extends AppTestBase {

    private static final String BOOKING = "{\"args\": [14275391, [844], \"05.02.2024\", \"10:00\"], \"client_id\": \"tg-1\"}";
    private static final String BOT = "start: hi\nblocks:\n  - {id: hi, text: \"Привет\"}\n";
    private static final String AUTHORIZED = "Authorization: Bearer " + Api.TOKEN;

    private record Target(String method, String section, String rest, String body, String contentType) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "functions", "create_booking", BOOKING, "application/json"),
            new Target("POST", "functions", "get_companies_for_booking", "{}", "application/json"),
            new Target("GET", "admin", "bookings", null, null),
            new Target("GET", "admin", "dialogs", null, null),
            new Target("PUT", "admin", "bots/x", BOT, "application/yaml"),
            new Target("POST", "admin", "token/rotate", "", "application/json"));

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
        jdbc.sql("DELETE FROM bot WHERE name IN ('x', 'a')").update();
    }

    @Test
    void withoutTheTokenNoSpellingGetsThroughOrChangesAnything() {
        Map<String, Integer> before = counts();
        SoftAssertions softly = new SoftAssertions();
        int sent = 0;
        for (Target target : TARGETS) {
            for (String path : PathSpellings.of(target.section(), target.rest())) {
                RawHttp.Reply reply = send(target, path);
                sent++;
                softly.assertThat(reply.status()).as("%s %s", target.method(), path).isIn(400, 401, 404);
                softly.assertThat(reply.header("Content-Type")).as("type of %s %s", target.method(), path).startsWith("application/json");
                softly.assertThat(reply.body()).as("body of %s %s", target.method(), path).startsWith("{\"status\":false");
            }
        }
        softly.assertAll();
        assertThat(sent).isGreaterThanOrEqualTo(6 * 30);
        assertThat(counts()).isEqualTo(before);
        assertThat(api.call("get_companies_for_booking", null).status()).as("the configured token still works").isEqualTo(200);
    }

    @Test
    void withTheTokenEveryRoutedSpellingIsAnsweredAndEveryAdminChangeAudited() {
        SoftAssertions softly = new SoftAssertions();
        for (Target target : TARGETS.subList(0, 5)) {
            for (String path : PathSpellings.of(target.section(), target.rest())) {
                int audited = auditRows();
                RawHttp.Reply reply = send(target, path, AUTHORIZED);
                softly.assertThat(reply.status()).as("%s %s", target.method(), path).isIn(200, 400, 404);
                List<String> added = auditSince(audited);
                if (target.method().equals("GET") || !target.section().equals("admin")) {
                    softly.assertThat(added).as("audit of %s %s", target.method(), path).isEmpty();
                } else if (reply.status() == 200) {
                    softly.assertThat(added).as("audit of %s %s", target.method(), path)
                            .containsExactly(target.method() + " " + path.replaceFirst("\\?.*", "") + " 200");
                } else {
                    softly.assertThat(added).as("audit of %s %s", target.method(), path)
                            .isSubsetOf(target.method() + " " + path + " " + reply.status());
                }
            }
        }
        softly.assertAll();
        assertThat(send(TARGETS.get(1), "/api/v1/%66unctions/get_companies_for_booking", AUTHORIZED).status()).isEqualTo(200);
    }

    @Test
    void aPathParameterInABotNameIsRefusedNotInstalledUnderTheNameBeforeIt() {
        for (String name : List.of("a;b", "a%3bb", "a%3Bb", "a;")) {
            RawHttp.Reply reply = http.send("PUT", "/api/v1/admin/bots/" + name, BOT, AUTHORIZED, "Content-Type: application/yaml");
            assertThat(reply.status()).as(name).isEqualTo(400);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bot WHERE name = 'a'").query(Integer.class).single()).isZero();
    }

    private RawHttp.Reply send(Target target, String path, String... extra) {
        String[] headers = target.contentType() == null ? extra : append(extra, "Content-Type: " + target.contentType());
        return http.send(target.method(), path, target.body(), headers);
    }

    private static String[] append(String[] headers, String header) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = header;
        return all;
    }

    private Map<String, Integer> counts() {
        return Map.of("bookings", count("booking"), "bots", count("bot"), "tokens", count("api_token"), "audit", auditRows());
    }

    private List<String> auditSince(int rows) {
        return jdbc.sql("SELECT method || ' ' || path || ' ' || status FROM admin_audit ORDER BY id")
                .query(String.class).list().stream().skip(rows).toList();
    }

    private int auditRows() {
        return count("admin_audit");
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
