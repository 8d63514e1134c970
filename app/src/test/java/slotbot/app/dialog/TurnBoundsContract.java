package slotbot.app.dialog;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.Limits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bot's regex and texts past their bounds, through the web chat: the turn is answered with the
 * bot's own flow, and the owner finds what went wrong in bot_error with the block and the line of
 * the bot file (the arrow's, the code's, the text's).
 */
public abstract class TurnBoundsContract extends AppTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    TimerScheduler scheduler;

    private static final String BOT = """
            start: ask
            blocks:
              - id: ask
                text: "Введите код"
                arrows:
                  - {to: matched, when: "(a|aa)+$", match: regex}
                  - {to: long}
              - {id: matched, text: "Код принят"}
              - id: long
                code: |
                  s = 'abcdefghij'
                  s = s + s + s + s + s + s + s + s + s + s
                  s = s + s + s + s + s + s + s + s + s + s
                  s = s + s + s + s + s + s + s + s + s + s
                  s = s + s
                  t = s + 'x'
                text: "#{s}!"
            """;

    @Test
    void aCatastrophicRegexAndTooLongATextAreAnsweredAndRecordedWithBlockAndLine() {
        String bot = "bounded" + System.nanoTime() % 100_000;
        assertThat(api.send("PUT", "/api/v1/admin/bots/" + bot, BOT, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        assertThat(say(bot, client, "привет").status()).isEqualTo(200);

        Api.Answer answer = say(bot, client, "a".repeat(3_000) + "!");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode messages = answer.body().get("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("text").asString()).hasSize(Limits.MAX_TEXT).startsWith("abcdefghij").endsWith("…");
        assertThat(errors(bot, client)).containsExactly(
                Map.of("block", "ask", "line", 6, "message", "arrow 0 to 'matched', when: regex \"(a|aa)+$\": "
                        + "Regular expression is too complex for this text (more than 1000000 steps): simplify it."),
                Map.of("block", "long", "line", 16, "message", "Text is too long: 20001 characters, at most 20000."),
                Map.of("block", "long", "line", 17, "message", "text: longer than 20000 characters; sent cut to 20000"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = ? AND client_id = ? AND text = ?")
                .params(bot, client, DialogTurns.SORRY).query(Integer.class).single()).isZero();
    }

    @Test
    void aTimerWhoseTurnCannotBePlayedIsUsedUpAndRecordedNotRetriedForEver() {
        String bot = "ticker" + System.nanoTime() % 100_000;
        String source = "start: wait\nblocks:\n  - {id: wait, text: \"Ждём\", arrows: [{to: later, delay: 1m}]}\n"
                + "  - {id: later, text: \"Прошла минута\"}\n";
        assertThat(api.send("PUT", "/api/v1/admin/bots/" + bot, source, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        say(bot, client, "привет");
        assertThat(timersOf(bot)).isEqualTo(1);
        assertThat(api.send("DELETE", "/api/v1/admin/bots/" + bot, null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(2));
        scheduler.checkDueNow();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> timersOf(bot) == 0);
        assertThat(errors(bot, client)).singleElement().satisfies(error -> assertThat((String) error.get("message"))
                .isEqualTo("the timer turn failed (IllegalArgumentException, see the app's log); it was dropped"));
    }

    private int timersOf(String bot) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_timer WHERE bot = ?").param(bot).query(Integer.class).single();
    }

    @Test
    void theColumnsHoldWhatTheLimitsAllow() {
        assertThat(width("dialog_message", "text")).isEqualTo(BotLimits.MAX_MESSAGE).isEqualTo(Limits.MAX_TEXT);
        assertThat(width("callback_outbox", "text")).isEqualTo(BotLimits.MAX_MESSAGE);
        assertThat(width("callback_outbox", "client_id")).isEqualTo(BotLimits.MAX_CLIENT_ID);
        assertThat(width("dialog_message", "buttons")).isEqualTo(BotLimits.MAX_BUTTONS_JSON);
        assertThat(width("dialog", "variables")).isGreaterThan(BotLimits.MAX_VARIABLES_JSON);
    }

    private List<Map<String, Object>> errors(String bot, String client) {
        return jdbc.sql("SELECT block, line, message FROM bot_error WHERE bot = ? AND client_id = ? ORDER BY id")
                .params(bot, client)
                .query((rs, n) -> Map.<String, Object>of("block", rs.getString(1), "line", rs.getInt(2), "message", rs.getString(3)))
                .list();
    }

    private int width(String table, String column) {
        return jdbc.sql("SELECT character_maximum_length FROM information_schema.columns"
                        + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = ? AND LOWER(column_name) = ?")
                .params(table, column).query(Integer.class).single();
    }

    private Api.Answer say(String bot, String client, String text) {
        return api.post("/api/v1/chat/" + bot + "/" + client + "/messages",
                "{\"text\": " + JsonMapper.builder().build().writeValueAsString(text) + "}", null, "application/json");
    }
}
