package slotbot.app.webchat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat API of the contract, driven as the page drives it. */
public abstract class WebChatContract extends AppTestBase {

    @Autowired
    BotLibrary bots;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void opensAConversationAndAnswersEachMessageWithTheBotsReplies() {
        String client = open();

        JsonNode first = say(client, "Привет").body();
        JsonNode second = say(client, "Мужская стрижка").body();

        assertThat(first.get("messages")).hasSize(2);
        JsonNode services = first.get("messages").get(1);
        assertThat(services.get("id").asLong()).isPositive();
        assertThat(services.get("text").asString()).startsWith("Выберите услугу:");
        assertThat(services.get("buttons").get(0).get("text").asString()).isEqualTo("Мужская стрижка");
        assertThat(services.get("buttons").get(0).has("url")).isFalse();
        assertThat(second.get("messages").get(0).get("text").asString()).contains("Стоимость: 1500 ₽");
    }

    @Test
    void readsEveryBotMessageAfterAnId() {
        String client = open();
        long firstId = say(client, "Привет").body().get("messages").get(0).get("id").asLong();
        say(client, "Мужская стрижка");

        JsonNode all = api.send("GET", "/api/v1/chat/demo/" + client + "/messages", null, null, null).body();
        JsonNode after = api.send("GET", "/api/v1/chat/demo/" + client + "/messages?after=" + firstId, null, null, null).body();

        assertThat(all.get("messages")).hasSize(3);
        assertThat(after.get("messages")).hasSize(2);
        assertThat(after.get("messages").get(0).get("id").asLong()).isGreaterThan(firstId);
        assertThat(api.send("GET", "/api/v1/chat/demo/" + client + "/messages?after=abc", null, null, null).status()).isEqualTo(400);
    }

    @Test
    void streamsMessagesAsServerSentEvents() throws Exception {
        String client = open();
        say(client, "Привет");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/chat/demo/" + client + "/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        List<String> events = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null && events.size() < 3) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        say(client, "Мужская стрижка");

        reading.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(events.get(0)).contains("Здравствуйте");
        assertThat(events.get(1)).contains("Выберите услугу");
        assertThat(events.get(2)).contains("Стоимость: 1500");
    }

    @Test
    void refusesConversationsItDidNotOpenAndBotsItDoesNotHave() {
        assertThat(api.post("/api/v1/chat/nobot/sessions", "", null, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/chat/demo/web-guessed/messages", "{\"text\": \"hi\"}", null, "application/json").status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/chat/demo/web-guessed/messages", null, null, null).status()).isEqualTo(404);
        Api.Answer stream = api.send("GET", "/api/v1/chat/demo/web-guessed/stream?after=-1", null, null, null);
        assertThat(stream.status()).isEqualTo(404);
        assertThat(stream.body().get("message").asString()).contains("Разговор не найден");
        String client = open();
        assertThat(api.post("/api/v1/chat/other/" + client + "/messages", "{\"text\": \"hi\"}", null, "application/json").status())
                .isEqualTo(404);
        // The session is checked inside the turn, for a dialog not started yet: a refused one leaves nothing behind.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog WHERE client_id = 'web-guessed'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = 'web-guessed'").query(Integer.class).single()).isZero();
        assertThat(api.post("/api/v1/chat/demo/" + "x".repeat(129) + "/messages", "{\"text\": \"hi\"}", null, "application/json")
                .status()).isEqualTo(404);
    }

    @Test
    void answersGarbageHugeTextsAndFloodsPolitely() {
        String client = open();

        Api.Answer notJson = api.post("/api/v1/chat/demo/" + client + "/messages", "hi", null, "application/json");
        Api.Answer noText = api.post("/api/v1/chat/demo/" + client + "/messages", "{\"text\": 5}", null, "application/json");
        Api.Answer huge = say(client, "я".repeat(WebChatController.MAX_TEXT + 1));
        List<Integer> flood = new ArrayList<>();
        for (int i = 0; i < 10 + 5; i++) {
            flood.add(say(client, "раз " + i).status());
        }

        assertThat(List.of(notJson.status(), noText.status(), huge.status())).containsOnly(400);
        assertThat(huge.body().get("message").asString()).contains("4096");
        assertThat(flood).contains(429);
        assertThat(flood.get(0)).isEqualTo(200);
    }

    private String open() {
        Api.Answer answer = api.post("/api/v1/chat/demo/sessions", "", null, null);
        assertThat(answer.status()).isEqualTo(200);
        String client = answer.body().get("client").asString();
        assertThat(client).hasSizeGreaterThanOrEqualTo(32);
        return client;
    }

    private Api.Answer say(String client, String text) {
        return api.post("/api/v1/chat/demo/" + client + "/messages",
                "{\"text\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}",
                null, "application/json");
    }
}
