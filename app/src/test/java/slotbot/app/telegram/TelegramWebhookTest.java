package slotbot.app.telegram;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo bot on Telegram by webhook: only Telegram's requests, known by the secret, get in; the app registers
 * its webhook and never polls; the Bot API sits under a path, as behind a proxy.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TelegramWebhookTest.Fake.class)
class TelegramWebhookTest extends AppTestBase {

    static final String TOKEN = "777:WEBHOOK_token";
    static final String SECRET = "s3cret-Webhook_1";
    static final String WEBHOOK_URL = "https://slotbot.example.org/telegram/demo";
    static final FakeBotApi telegram = FakeBotApi.start("/proxy/botapi");

    @TestConfiguration(proxyBeanMethods = false)
    static class Fake {
        @Bean(destroyMethod = "close")
        FakeBotApi fakeBotApi() {
            return telegram;
        }
    }

    @DynamicPropertySource
    static void connectTheDemoBotByWebhook(DynamicPropertyRegistry registry) {
        // A database of its own: closing this class's context (to stop its connector) closes its in-memory database too.
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slotbot-telegram-webhook;DB_CLOSE_DELAY=-1");
        registry.add("slotbot.telegram.api-url", telegram::url);
        registry.add("slotbot.telegram.bots.demo.token", () -> TOKEN);
        registry.add("slotbot.telegram.bots.demo.webhook-secret", () -> SECRET);
        registry.add("slotbot.telegram.bots.demo.webhook-url", () -> WEBHOOK_URL);
        registry.add("slotbot.telegram.request-timeout", () -> "1s");
    }

    @Autowired
    BotLibrary bots;

    private final HttpClient http = HttpClient.newHttpClient();
    private long chat;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        telegram.clearFailures();
        chat = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    @Test
    void refusesAnUpdateWithoutTheSecretOrWithAWrongOne() {
        String update = telegram.textUpdate(chat, "/start").toString();

        HttpResponse<String> none = post("/telegram/demo", null, update);
        HttpResponse<String> wrong = post("/telegram/demo", SECRET + "x", update);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("message").asString()).contains("X-Telegram-Bot-Api-Secret-Token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).get("status").asBoolean()).isFalse();
        assertThat(typed()).isZero();
        assertThat(telegram.sentTo(chat)).isEmpty();
    }

    @Test
    void takesAnUpdateWithTheSecretAndAnswersThroughTheBotApi() {
        HttpResponse<String> answer = post("/telegram/demo", SECRET, telegram.textUpdate(chat, "/start").toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(telegram.awaitText(chat, "Выберите услугу:").labels()).contains("Моделирование бороды");
        assertThat(telegram.calls()).allSatisfy(call -> assertThat(call.token()).isEqualTo(TOKEN));
    }

    @Test
    void anUpdateIsAnsweredOnlyOnceItsTurnHasCommitted() {
        HttpResponse<String> answer = post("/telegram/demo", SECRET, telegram.textUpdate(chat, "/start").toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        // No waiting here: had the instance died before the commit, Telegram would have had no 200 and sent it again.
        assertThat(typed()).as("the client's message is stored when Telegram hears 200").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ? AND direction = 'out'")
                .param("tg-" + chat).query(Integer.class).single()).as("and the bot's replies with it").isPositive();
    }

    @Test
    void theSameUpdateTwiceIsPlayedOnce() {
        String update = telegram.textUpdate(chat, "/start").toString();

        assertThat(post("/telegram/demo", SECRET, update).statusCode()).isEqualTo(200);
        assertThat(post("/telegram/demo", SECRET, update).statusCode()).isEqualTo(200);

        telegram.awaitText(chat, "Выберите услугу:");
        assertThat(typed()).isEqualTo(1);
    }

    @Test
    void anUnknownBotIsNotFoundAndABodyThatIsNoUpdateIsRefused() {
        HttpResponse<String> nobody = post("/telegram/nobody", SECRET, telegram.textUpdate(chat, "/start").toString());
        HttpResponse<String> garbage = post("/telegram/demo", SECRET, "{\"text\": \"no update\"");

        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(json(nobody).get("message").asString()).contains("nobody");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).get("message").asString()).startsWith("body: expected a Telegram Update");
    }

    @Test
    void aTextOverTelegramsLimitIsRefusedPolitelyAndLeavesTheDialogAlone() {
        String update = telegram.textUpdate(chat, "б".repeat(TelegramMessages.MAX_TEXT + 1)).toString();

        assertThat(post("/telegram/demo", SECRET, update).statusCode()).isEqualTo(200);

        telegram.awaitText(chat, "Сообщение слишком длинное");
        assertThat(typed()).isZero();
    }

    @Test
    void controlCharactersInATextAndANameAreDroppedAndTheUpdateIsPlayed() {
        var update = telegram.textUpdate(chat, "/st\u0000art\u001B");
        ((tools.jackson.databind.node.ObjectNode) update.get("message").get("from")).put("first_name", "Ив\u0000ан");

        assertThat(post("/telegram/demo", SECRET, update.toString()).statusCode()).isEqualTo(200);

        telegram.awaitText(chat, "Выберите услугу:");
        assertThat(jdbc.sql("SELECT text FROM dialog_message WHERE client_id = ? AND direction = 'in'")
                .param("tg-" + chat).query(String.class).list()).containsExactly("/start");
    }

    @Test
    void registersTheWebhookWithItsSecretAndNeverPolls() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("setWebhook").isEmpty());

        assertThat(telegram.calls("setWebhook").get(0).raw()).contains(WEBHOOK_URL).contains(SECRET);
        assertThat(telegram.calls("getUpdates")).isEmpty();
        assertThat(telegram.calls("deleteWebhook")).isEmpty();
    }

    private int typed() {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ? AND direction = 'in'")
                .param("tg-" + chat).query(Integer.class).single();
    }

    private HttpResponse<String> post(String path, String secret, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return FakeBotApi.JSON.readTree(response.body());
    }
}
