package slotbot.app.webchat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.TimerScheduler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What keeps the web chat from filling the database or the server, as the default configuration
 * (no proxy) has it: openings per address and minute, the sweep of unused conversations, and the
 * streams per conversation.
 */
public abstract class ChatLimitsContract extends AppTestBase {

    @Autowired
    BotLibrary bots;

    @Autowired
    TimerScheduler scheduler;

    ChatHttp chat;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        chat = new ChatHttp(port);
    }

    @Test
    void theTwentyFirstConversationFromOneAddressInAMinuteWaits() {
        List<Integer> first = IntStream.range(0, 20).mapToObj(i -> chat.open(null).status()).toList();

        ChatHttp.Answer refused = chat.open(null);

        assertThat(first).containsOnly(200);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.retryAfter())).isBetween(1, 60);
        assertThat(refused.body().get("status").asBoolean()).isFalse();
        assertThat(refused.body().get("message").asString()).containsPattern("[а-яА-Я]").doesNotContainPattern("[a-zA-Z]");
        clock.advance(Duration.ofSeconds(61));
        assertThat(chat.open(null).status()).isEqualTo(200);
    }

    @Test
    void anotherAddressIsNotHeldUpByTheFirst() {
        IntStream.range(0, 20).forEach(i -> chat.open(null));
        assertThat(chat.open(null).status()).isEqualTo(429);

        assertThat(chat.openFrom("127.0.0.2")).isEqualTo(200);
    }

    @Test
    void aForgedForwardedForDoesNotChangeTheAddressWithoutAConfiguredProxy() {
        List<Integer> forged = IntStream.range(0, 21).mapToObj(i -> chat.open("203.0.113." + i).status()).toList();

        assertThat(forged.subList(0, 20)).containsOnly(200);
        assertThat(forged.get(20)).isEqualTo(429);
    }

    @Test
    void aConversationThatNeverGotAMessageIsForgottenAfterADay() {
        String unused = chat.open(null).body().get("client").asString();
        String used = chat.open(null).body().get("client").asString();
        assertThat(chat.say(used, "Привет")).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        runTheSweepNow();

        await().atMost(Duration.ofSeconds(10)).until(() -> !exists(unused));
        assertThat(exists(used)).isTrue();
        assertThat(chat.say(unused, "Привет")).isEqualTo(404);
        assertThat(chat.say(used, "Мужская стрижка")).isEqualTo(200);
    }

    @Test
    void aSixthStreamOfAConversationClosesItsOldest() throws IOException {
        String client = chat.open(null).body().get("client").asString();
        List<ChatHttp.Stream> streams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            streams.add(chat.stream(client));
        }

        assertThat(streams).extracting(stream -> stream.status).containsOnly(200);
        assertThat(streams.get(5).contentType).startsWith("text/event-stream");
        await().atMost(Duration.ofSeconds(10)).until(streams.get(0).ended::isDone);
        chat.say(client, "Привет");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> streams.subList(1, 6)
                .forEach(stream -> assertThat(stream.lines).anyMatch(line -> line.contains("Здравствуйте"))));
        assertThat(streams.get(0).lines).noneMatch(line -> line.contains("Здравствуйте"));
        for (ChatHttp.Stream stream : streams) {
            stream.close();
        }
    }

    /** The sweep is a recurring db-scheduler task: made due at the test's clock, it runs at the next check. */
    private void runTheSweepNow() {
        int scheduled = jdbc.sql("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = ?")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC), ChatSessionSweep.TASK).update();
        assertThat(scheduled).isEqualTo(1);
        scheduler.checkDueNow();
    }

    private boolean exists(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_session WHERE client_id = ?").param(client).query(Integer.class).single() > 0;
    }
}
