package slotbot.app.webchat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.AppTestBase;
import org.springframework.core.env.Environment;
import slotbot.app.SecondInstance;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A message that another instance stored (a timer or callback that ran there) reaches the page's stream on this one:
 * at the next catch-up, which the first test runs itself, and by itself when a real second instance plays a turn.
 */
public abstract class ChatStreamCatchUpContract extends AppTestBase {

    private static final String ELSEWHERE = "Сообщение, записанное другим экземпляром";

    @Autowired
    BotLibrary bots;

    @Autowired
    ChatStreams streams;

    @Autowired
    Environment environment;

    ChatHttp chat;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        chat = new ChatHttp(port);
    }

    @Test
    void aMessageStoredElsewhereReachesTheOpenStreamOnce() throws IOException {
        String client = chat.open(null).body().get("client").asString();
        try (ChatHttp.Stream stream = chat.stream(client)) {
            assertThat(stream.status).isEqualTo(200);
            long id = storeAsAnotherInstanceWould(client);

            streams.runDueNow();
            streams.runDueNow();

            // only the reading is waited for: the stream's test-side reader runs on a thread of its own
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.lines.stream().anyMatch(line -> line.contains(ELSEWHERE)));
            assertThat(stream.lines).filteredOn(line -> line.equals("id:" + id)).hasSize(1);
        }
    }

    /**
     * A turn played on another instance (its own listeners told, not this one's) reaches the stream open here, with
     * nobody calling a catch-up: by LISTEN/NOTIFY on PostgreSQL, by the instance's one poll a second on H2.
     */
    @Test
    void aTurnPlayedOnAnotherInstanceReachesTheStreamOpenHere() throws IOException {
        String client = chat.open(null).body().get("client").asString();
        try (ChatHttp.Stream stream = chat.stream(client);
             SecondInstance other = SecondInstance.beside(environment, clock)) {
            assertThat(stream.status).isEqualTo(200);
            List<DialogTurns.Sent> sent = other.bean(DialogTurns.class).input("demo", client, "Мужская стрижка", Channel.web(client));
            assertThat(sent).isNotEmpty();

            await().atMost(Duration.ofSeconds(10)).until(() -> sent.stream()
                    .allMatch(m -> stream.lines.contains("id:" + m.id())));
            assertThat(stream.lines).filteredOn(line -> line.equals("id:" + sent.get(0).id())).hasSize(1);
        }
    }

    /** Stored without a word to this instance's listeners, as a turn played on another instance is. */
    private long storeAsAnotherInstanceWould(String client) {
        jdbc.sql("INSERT INTO dialog_message (bot, client_id, direction, text, created_at) VALUES ('demo', ?, 'out', ?, ?)")
                .params(client, ELSEWHERE, clock.instant().atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM dialog_message WHERE client_id = ?").param(client).query(Long.class).single();
    }
}
