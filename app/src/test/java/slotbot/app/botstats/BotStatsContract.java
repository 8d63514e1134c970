package slotbot.app.botstats;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The funnel's numbers, walked: known numbers of clients go along known paths of a bot through the web chat
 * API, and every count of {@code GET /api/v1/admin/bots/{name}/stats} is checked, also after the booking
 * callbacks arrive on their own and on a second day.
 */
public abstract class BotStatsContract extends AppTestBase {

    /** hello → (prices) → ask_time → book → booked | taken → ask_time; "Меню" anywhere → menu → hello. */
    private static final String BOT = """
            start: hello
            timezone: Europe/Moscow
            blocks:
              - id: hello
                text: "Здравствуйте! Записаться или узнать цены?"
                buttons: [Записаться, Цены]
                arrows:
                  - {to: ask_time, when: Записаться}
                  - {to: prices, when: Цены}
              - id: menu
                trigger: {when: Меню, priority: 20}
                text: "#{none}"
                arrows:
                  - {to: hello, delay: 0}
              - id: prices
                text: "Стрижка — 1500 ₽"
                buttons: [Записаться]
                arrows:
                  - {to: ask_time, when: Записаться}
              - id: ask_time
                text: "Во сколько 05.03.2030?"
                arrows:
                  - {to: book, when: "10:00;11:00;12:00"}
              - id: book
                code: |
                  answer = create_booking(14275391, [844], "05.03.2030", question, 463665)
                text: "#{none}"
                arrows:
                  - {to: booked, delay: 0, if: "answer['status'] == True"}
                  - {to: taken, delay: 0}
              - id: booked
                text: "Записали!"
              - id: taken
                text: "Это время заняли."
                arrows:
                  - {to: ask_time, delay: 0}
              - id: confirmed
                state: false
                trigger: {when: new_order_in_calendar, match: keywords, callbacks_only: true}
                text: "Запись подтверждена."
            """;

    private String bot;

    @BeforeEach
    void installTheBot() {
        bot = "funnel-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.send("PUT", "/api/v1/admin/bots/" + bot, BOT, "Bearer " + Api.TOKEN, "application/yaml").status()).isEqualTo(200);
    }

    @Test
    void countsEveryDialogEntryAndBookingAlongKnownPaths() {
        for (int i = 0; i < 3; i++) {
            walk("Привет");                                  // stops at hello
        }
        for (int i = 0; i < 2; i++) {
            walk("Привет", "Цены");                          // stops at prices
        }
        walk("Привет", "Цены", "Записаться", "12:00");     // books through the prices
        walk("Привет", "Записаться", "10:00");              // books
        String returning = walk("Привет", "Записаться", "11:00");
        walk("Привет", "Записаться", "10:00");              // 10:00 is taken: back to ask_time
        walk("Привет", "что-то", "Меню");                   // the fallback enters nothing; the menu enters hello again

        // The three bookings' callbacks reach their dialogs on their own, after the turns that booked.
        await().atMost(Duration.ofSeconds(20)).until(() -> block(stats("2030-03-04", "2030-03-04"), "confirmed").get("visits").asLong() == 3);
        JsonNode day = stats("2030-03-04", "2030-03-04");
        assertThat(day.get("clients").asLong()).isEqualTo(10);
        assertThat(day.get("booked_clients").asLong()).isEqualTo(3);
        assertThat(counts(day)).containsExactlyEntriesOf(ordered(
                "hello", "11 10 6", "menu", "1 1 1", "prices", "3 3 1", "ask_time", "5 4 3", "book", "4 4 4",
                "booked", "3 3 3", "taken", "1 1 1", "confirmed", "3 3 0"));
        assertImpossibleNothing(day);

        // Next day one client comes back through the menu.
        clock.advance(Duration.ofDays(1));
        say(returning, "Меню");
        JsonNode second = stats("2030-03-05", "2030-03-05");
        assertThat(second.get("clients").asLong()).isEqualTo(1);
        assertThat(second.get("booked_clients").asLong()).isZero();
        assertThat(counts(second)).containsExactlyEntriesOf(ordered(
                "hello", "1 1 0", "menu", "1 1 1", "prices", "0 0 0", "ask_time", "0 0 0", "book", "0 0 0",
                "booked", "0 0 0", "taken", "0 0 0", "confirmed", "0 0 0"));
        JsonNode both = stats("2030-03-04", "2030-03-05");
        assertThat(both.get("clients").asLong()).isEqualTo(10);
        assertThat(both.get("booked_clients").asLong()).isEqualTo(3);
        assertThat(counts(both)).containsExactlyEntriesOf(ordered(
                "hello", "12 10 5", "menu", "2 2 2", "prices", "3 3 1", "ask_time", "5 4 3", "book", "4 4 4",
                "booked", "3 3 3", "taken", "1 1 1", "confirmed", "3 3 1"));
        assertImpossibleNothing(both);
        assertThat(stats("2030-03-06", "2030-03-31").get("clients").asLong()).isZero();
        assertThat(stats("2030-03-03", "2030-03-03").get("clients").asLong()).as("the day before, in Moscow").isZero();
    }

    @Test
    void badDatesAreRefusedNamingTheField() {
        assertRefused("/stats?to=2030-03-04", 400, "from: expected a date as yyyy-MM-dd");
        assertRefused("/stats?from=2030-03-04", 400, "to: expected a date as yyyy-MM-dd");
        assertRefused("/stats?from=2030-13-01&to=2030-03-04", 400, "from: expected a date as yyyy-MM-dd such as \"2025-06-01\"");
        assertRefused("/stats?from=2030-03-04&to=04.03.2030", 400, "got \"04.03.2030\"");
        assertRefused("/stats?from=2030-03-04&to=2030-03-03", 400, "to: expected a date on or after from (2030-03-04)");
        assertRefused("/stats?from=2030-01-01&to=2031-06-01", 400, "to: expected at most 366 days");
        assertThat(api.send("GET", "/api/v1/admin/bots/no-such-bot/stats?from=2030-03-04&to=2030-03-04", null,
                "Bearer " + Api.TOKEN, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/admin/bots/" + bot + "/stats?from=2030-03-04&to=2030-03-04", null, null, null).status())
                .isEqualTo(401);
    }

    private void assertRefused(String query, int status, String message) {
        Api.Answer answer = api.send("GET", "/api/v1/admin/bots/" + bot + query, null, "Bearer " + Api.TOKEN, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().get("message").asString()).contains(message);
    }

    /** Each block: no more went on than reached it, no more reached it than entered it or than there are clients; stops add up. */
    static void assertImpossibleNothing(JsonNode stats) {
        long clients = stats.get("clients").asLong();
        long stopped = 0;
        for (JsonNode block : stats.get("blocks")) {
            long visits = block.get("visits").asLong();
            long reached = block.get("clients").asLong();
            long wentOn = block.get("went_on").asLong();
            assertThat(wentOn).isBetween(0L, reached);
            assertThat(reached).isBetween(0L, Math.min(visits, clients));
            stopped += reached - wentOn;
        }
        assertThat(stopped).as("every dialog stops at exactly one block").isEqualTo(clients);
        assertThat(stats.get("booked_clients").asLong()).isBetween(0L, clients);
    }

    private String walk(String... inputs) {
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        for (String input : inputs) {
            say(client, input);
        }
        return client;
    }

    private void say(String client, String text) {
        Api.Answer answer = api.post("/api/v1/chat/" + bot + "/" + client + "/messages", "{\"text\": \"" + text + "\"}", null,
                "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private JsonNode stats(String from, String to) {
        Api.Answer answer = api.send("GET", "/api/v1/admin/bots/" + bot + "/stats?from=" + from + "&to=" + to, null,
                "Bearer " + Api.TOKEN, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode block(JsonNode stats, String id) {
        for (JsonNode block : stats.get("blocks")) {
            if (block.get("id").asString().equals(id)) {
                return block;
            }
        }
        throw new AssertionError("no block " + id + " in " + stats);
    }

    /** "visits clients went_on" by block id, in the answer's order. */
    private static Map<String, String> counts(JsonNode stats) {
        Map<String, String> counts = new LinkedHashMap<>();
        stats.get("blocks").forEach(b -> counts.put(b.get("id").asString(),
                b.get("visits").asLong() + " " + b.get("clients").asLong() + " " + b.get("went_on").asLong()));
        return counts;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
