package slotbot.app.webchat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits as an operator configures them: the app behind a proxy on the same host (Tomcat
 * trusts loopback proxies by default), and an instance that holds three streams at most.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "slotbot.chat.streams-per-instance=3"})
public abstract class ChatBehindProxyContract extends AppTestBase {

    @Autowired
    BotLibrary bots;

    @Autowired
    ChatStreams streams;

    ChatHttp chat;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        chat = new ChatHttp(port);
    }

    @Test
    void countsTheAddressTheProxyHandsOn() {
        List<Integer> first = IntStream.range(0, 20).mapToObj(i -> chat.open("203.0.113.7").status()).toList();

        ChatHttp.Answer refused = chat.open("203.0.113.7");
        ChatHttp.Answer prepended = chat.open("198.51.100.1, 203.0.113.7");
        ChatHttp.Answer other = chat.open("203.0.113.8");

        assertThat(first).containsOnly(200);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isNotNull();
        assertThat(prepended.status()).as("what the client wrote before the proxy's entry is not its address").isEqualTo(429);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().get("client").asString()).startsWith("web-");
    }

    @Test
    void refusesAStreamBeyondTheInstancesCapAndTakesOneAgainOnceAPageHasGone() throws IOException {
        List<ChatHttp.Stream> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(chat.stream(chat.open("192.0.2." + i).body().get("client").asString()));
        }
        String late = chat.open("192.0.2.9").body().get("client").asString();

        ChatHttp.Stream refused = chat.stream(late);

        assertThat(open).extracting(stream -> stream.status).containsOnly(200);
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.contentType).startsWith("application/json");
        assertThat(Integer.parseInt(refused.retryAfter)).isPositive();
        refused.ended.join();
        assertThat(JsonMapper.builder().build().readTree(String.join("\n", refused.lines)).get("status").asBoolean()).isFalse();

        open.get(0).close();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            streams.heartbeat();
            try (ChatHttp.Stream again = chat.stream(late)) {
                return again.status == 200;
            }
        });
        for (ChatHttp.Stream stream : open) {
            stream.close();
        }
    }
}
