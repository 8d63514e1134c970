package slotbot.app.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements, commits included, the database is sent for one booking and for one chat
 * turn, printed with their SQL. The bounds are what the app needs today: a change that sends more
 * fails here and must say why (issue 14). Counts, not timings: they hold on any machine. The
 * catalog's and the bot's version checks are printed but not counted: each cache asks at most once
 * a second, so whether a request pays for one depends on when it runs.
 */
@Import(StatementLog.Beans.class)
public abstract class StatementsPerRequestContract extends AppTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** CatalogCache's and BotLibrary's: at most once a second each. */
    private static final Set<String> CACHE_CHECKS = Set.of("SELECT version FROM catalog_version WHERE id = 1",
            "SELECT version FROM bot WHERE name = ?");

    @Autowired
    StatementLog log;

    @Autowired
    BotLibrary bots;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    /** The most statements each request may send; equal to what it sends now. */
    protected abstract int createBookingBound();

    protected abstract int serviceButtonBound();

    protected abstract int bookingTurnBound();

    @Test
    void createBookingThroughTheFunctionApi() {
        api.call("get_slots_for_booking", "c1", 14275391, 846, "05.03.2030", 512978);
        Api.Answer booked = watched("create_booking",
                () -> api.call("create_booking", "c1", 14275391, 846, "05.03.2030", "10:00", 512978), createBookingBound());
        assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
    }

    @Test
    void aChatTurnPressingAServiceButtonAndTheTurnThatBooks() {
        String client = api.post("/api/v1/chat/demo/sessions", "", null, null).body().get("client").asString();
        say(client, "Привет");
        JsonNode service = watched("chat turn: service button", () -> say(client, "Моделирование бороды"), serviceButtonBound()).body();
        assertThat(service.get("messages").get(0).get("text").asString()).contains("Стоимость: 900 ₽");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        say(client, "10:00");
        say(client, "Иван");
        JsonNode booked = watched("chat turn: booking", () -> say(client, "8 (900) 123-45-67"), bookingTurnBound()).body();
        assertThat(booked.get("messages").get(1).get("text").asString()).contains("Вы записаны: Моделирование бороды");
    }

    private Api.Answer watched(String what, Supplier<Api.Answer> request, int bound) {
        log.start();
        Api.Answer answer = request.get();
        List<String> sent = log.stop();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> counted = sent.stream().filter(sql -> !CACHE_CHECKS.contains(sql)).toList();
        StringBuilder report = new StringBuilder("\n== " + what + " on " + database() + ": " + counted.size() + " statements"
                + " (and " + (sent.size() - counted.size()) + " cache checks) ==\n");
        sent.forEach(sql -> report.append(CACHE_CHECKS.contains(sql) ? "  (check) " : "  ").append(sql).append('\n'));
        System.out.print(report);
        assertThat(counted).as(report.toString()).hasSizeLessThanOrEqualTo(bound);
        return answer;
    }

    private String database() {
        return getClass().getSimpleName().contains("Postgres") ? "PostgreSQL" : "H2";
    }

    private Api.Answer say(String client, String text) {
        Api.Answer answer = api.post("/api/v1/chat/demo/" + client + "/messages",
                "{\"text\": " + JSON.writeValueAsString(text) + "}", null, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }
}
