package slotbot.app.studio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's test chat: it plays the draft sent with each message, books in drafts that take no real time
 * (yet sees the real calendar), answers the calendar's callbacks, lets the owner fire timers, counts in no
 * statistics, and books for real only when opened so.
 */
public abstract class SandboxContract extends AppTestBase {

    private static final String BOT = """
            start: hello
            blocks:
              - id: hello
                text: "Здравствуйте!"
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
                text: "Записали на #{question}!"
                arrows:
                  - {to: reminder, delay: 10m}
              - id: reminder
                text: "Не забудьте о записи."
              - id: taken
                text: "Это время заняли."
                arrows:
                  - {to: ask_time, delay: 0}
              - id: confirmed
                state: false
                trigger: {when: new_order_in_calendar, match: keywords, callbacks_only: true}
                text: "Запись подтверждена."
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Environment environment;

    private String bot;
    private ObjectNode draft;

    @BeforeEach
    void publishTheBot() {
        bot = "sandbox-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.send("PUT", "/api/v1/admin/bots/" + bot, BOT, "Bearer " + Api.TOKEN, "application/yaml").status()).isEqualTo(200);
        draft = (ObjectNode) api.send("GET", "/api/v1/admin/bots/" + bot, null, "Bearer " + Api.TOKEN, null, "application/json").body();
    }

    @Test
    void theDraftBooksInDraftsSeesTheRealCalendarAndFiresTimersOnRequest() {
        long realBooking = api.call("create_booking", "real-client", 14275391, 844, "05.03.2030", "11:00", 463665).body()
                .get("booking").get("id").asLong();
        String chat = open(false);
        ((ObjectNode) draft.get("blocks").get(0)).put("text", "Черновик: здравствуйте!");

        assertThat(texts(say(chat, "Привет"))).containsExactly("Черновик: здравствуйте!");
        say(chat, "Записаться");
        JsonNode taken = say(chat, "11:00");
        assertThat(texts(taken)).containsExactly("Это время заняли.", "Во сколько 05.03.2030?");
        assertThat(taken.get("entered").toString()).isEqualTo("[\"book\",\"taken\",\"ask_time\"]");

        JsonNode booked = say(chat, "10:00");
        assertThat(texts(booked)).containsExactly("Записали на 10:00!", "Запись подтверждена.");
        assertThat(booked.get("draft_bookings")).hasSize(1);
        assertThat(booked.get("draft_bookings").get(0).get("start").asString()).isEqualTo("05.03.2030 10:00");
        assertThat(booked.get("real_bookings").asBoolean()).isFalse();
        assertThat(booked.get("block").asString()).isEqualTo("booked");
        JsonNode timer = booked.get("timers").get(0);
        assertThat(timer.get("to").asString()).isEqualTo("reminder");
        assertThat(timer.get("fire_at").asString()).isEqualTo("04.03.2030 08:10");

        JsonNode fired = api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/timers/0/fire", body(null), "Bearer " + Api.TOKEN,
                "application/json").body();
        assertThat(texts(fired)).containsExactly("Не забудьте о записи.");
        assertThat(fired.get("timers")).isEmpty();

        // The real calendar holds only the real booking, and the published bot still greets as before.
        JsonNode list = api.send("GET", "/api/v1/admin/bookings?from=2030-03-05&to=2030-03-05", null, "Bearer " + Api.TOKEN, null).body();
        assertThat(list.get("bookings")).hasSize(1);
        assertThat(list.get("bookings").get(0).get("id").asLong()).isEqualTo(realBooking);
        String client = api.post("/api/v1/chat/" + bot + "/sessions", "", null, null).body().get("client").asString();
        assertThat(api.post("/api/v1/chat/" + bot + "/" + client + "/messages", "{\"text\": \"Привет\"}", null, "application/json")
                .body().get("messages").get(0).get("text").asString()).isEqualTo("Здравствуйте!");
        JsonNode stats = api.send("GET", "/api/v1/admin/bots/" + bot + "/stats?from=2030-03-04&to=2030-03-04", null,
                "Bearer " + Api.TOKEN, null).body();
        assertThat(stats.get("clients").asLong()).as("the test chat counts in no statistics").isEqualTo(1);
        assertThat(stats.get("booked_clients").asLong()).isZero();
    }

    @Test
    void anInvalidDraftIsRefusedWithLineAndColumnAndBadRequestsNameTheField() {
        String chat = open(false);
        ((ObjectNode) draft.get("blocks").get(2)).put("code", "answer = 1\nx = (2 +");
        Api.Answer refused = api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", body("Привет"), "Bearer " + Api.TOKEN,
                "application/json");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).asString()).startsWith("block 'book', code: [2:");

        Api.Answer noText = api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", "{}", "Bearer " + Api.TOKEN,
                "application/json");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.body().get("message").asString()).startsWith("text: expected");
        assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/timers/x/fire", "{}", "Bearer " + Api.TOKEN,
                "application/json").body().get("message").asString()).startsWith("index: expected");
        assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox/studio-unknown/messages", body("Привет"), "Bearer " + Api.TOKEN,
                "application/json").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox", "{\"real_bookings\": \"yes\"}", "Bearer " + Api.TOKEN,
                "application/json").body().get("message").asString()).startsWith("real_bookings: expected true or false");
        assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox", "{}", null, "application/json").status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/admin/bots/" + bot + "/sandbox/" + chat, null, "Bearer " + Api.TOKEN, null).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", body("Привет"), "Bearer " + Api.TOKEN,
                "application/json").status()).isEqualTo(404);
    }

    @Test
    void aFaultWhileTheDraftPlaysNamesTheLineOfTheBlocksCode() {
        String chat = open(false);
        ((ObjectNode) draft.get("blocks").get(0)).put("code", "a = 1\nb = a / 0");
        JsonNode answer = api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", body("Привет"), "Bearer " + Api.TOKEN,
                "application/json").body();
        assertThat(texts(answer)).containsExactly("Здравствуйте!");
        assertThat(answer.get("errors").get(0).asString()).startsWith("block 'hello', code line 2:").contains("Division by zero");
    }

    @Test
    void openedForRealItBooksInTheRealCalendar() {
        String chat = open(true);
        say(chat, "Привет");
        say(chat, "Записаться");
        JsonNode booked = say(chat, "12:00");
        assertThat(texts(booked)).containsExactly("Записали на 12:00!", "Запись подтверждена.");
        assertThat(booked.get("real_bookings").asBoolean()).isTrue();
        JsonNode list = api.send("GET", "/api/v1/admin/bookings?from=2030-03-05&to=2030-03-05", null, "Bearer " + Api.TOKEN, null).body();
        assertThat(list.get("bookings")).hasSize(1);
        assertThat(list.get("bookings").get(0).get("client_id").asString()).isEqualTo(chat);
    }

    @Test
    void aChatOpenedOnOneInstanceGoesOnOnAnotherItsDraftsDialogAndTimersIncluded() {
        String chat = open(false);
        say(chat, "Привет");
        say(chat, "Записаться");
        try (SecondInstance other = SecondInstance.beside(environment, clock)) {
            Api b = other.api();
            JsonNode booked = say(b, chat, "10:00");
            assertThat(texts(booked)).as("instance B knows where the dialog stands").containsExactly("Записали на 10:00!", "Запись подтверждена.");
            assertThat(booked.get("timers")).hasSize(1);

            // Back on A: the draft B booked holds its time for this chat, and B's timer fires here.
            JsonNode again = say(chat, "Привет");
            assertThat(again.get("draft_bookings")).hasSize(1);
            assertThat(again.get("draft_bookings").get(0).get("start").asString()).isEqualTo("05.03.2030 10:00");
            JsonNode fired = api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/timers/0/fire", body(null),
                    "Bearer " + Api.TOKEN, "application/json").body();
            assertThat(texts(fired)).containsExactly("Не забудьте о записи.");
            JsonNode onB = say(b, chat, "Привет");
            assertThat(onB.get("draft_bookings")).as("the drafts travel with the chat").hasSize(1);
            assertThat(onB.get("timers")).as("the fired timer is gone on B too").isEmpty();
            assertThat(onB.get("block").asString()).isEqualTo("reminder");

            assertThat(b.send("DELETE", "/api/v1/admin/bots/" + bot + "/sandbox/" + chat, null, "Bearer " + Api.TOKEN, null).status())
                    .isEqualTo(200);
            assertThat(api.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", body("Привет"), "Bearer " + Api.TOKEN,
                    "application/json").status()).as("closed on B, gone on A").isEqualTo(404);
        }
        assertThat(api.send("GET", "/api/v1/admin/bookings?from=2030-03-05&to=2030-03-05", null, "Bearer " + Api.TOKEN, null)
                .body().get("bookings")).as("nothing real was booked").isEmpty();
    }

    private String open(boolean real) {
        Api.Answer opened = api.post("/api/v1/admin/bots/" + bot + "/sandbox", "{\"real_bookings\": " + real + "}", "Bearer " + Api.TOKEN,
                "application/json");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return opened.body().get("sandbox").asString();
    }

    private JsonNode say(String chat, String text) {
        return say(api, chat, text);
    }

    private JsonNode say(Api instance, String chat, String text) {
        Api.Answer answer = instance.post("/api/v1/admin/bots/" + bot + "/sandbox/" + chat + "/messages", body(text), "Bearer " + Api.TOKEN,
                "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().get("errors")).as("bot errors").isEmpty();
        return answer.body();
    }

    private String body(String text) {
        ObjectNode body = JSON.createObjectNode();
        if (text != null) {
            body.put("text", text);
        }
        body.set("bot", draft);
        return body.toString();
    }

    private static List<String> texts(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        answer.get("messages").forEach(m -> texts.add(m.get("text").asString()));
        return texts;
    }
}
