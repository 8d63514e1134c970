package slotbot.app.clients;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients through HTTP: the function API's client object, the name and phone on every booking answer, the admin
 * API's client search, card and edit, and bot code's set_client_name, set_client_phone and phone button in the web
 * chat. The clock stands at Monday 04.03.2030, 08:00 in Moscow.
 */
public abstract class ClientsContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOT = """
            start: ask_name
            blocks:
              - id: ask_name
                text: "Как вас зовут?"
                arrows:
                  - {to: named, save_to: typed_name}
              - id: named
                code: "named = set_client_name(typed_name)"
                text: "Приятно познакомиться, #{client_name}! Ваш номер?"
                buttons:
                  - {text: "Поделиться номером", type: phone}
                  - Пропустить
                arrows:
                  - {to: typed, when: Пропустить}
                  - {to: phoned}
              - id: phoned
                text: "Записал: #{client_phone}. Напишите ещё номер."
                arrows:
                  - {to: typed}
              - id: typed
                code: "answer = set_client_phone(question)"
                text: "#{if(answer['status'] == True, 'Теперь ваш номер ' + client_phone, 'Не понял номер: ' + answer['message'])}"
            """;

    @Autowired
    BotLibrary bots;

    @BeforeEach
    void installTheBot() {
        bots.install("contacts", BOT);
    }

    @Test
    void theClientObjectSetsTheContactAndEveryBookingAnswerShowsIt() {
        JsonNode created = callWithContact("create_booking", "c1", Map.of("name", "Иван Петров", "phone", "8 (900) 123-45-67"),
                BRANCH, 844, "05.03.2030", "10:00", PAVEL);

        JsonNode booking = created.get("booking");
        assertThat(booking.get("client_id").asString()).isEqualTo("c1");
        assertThat(booking.get("client_name").asString()).isEqualTo("Иван Петров");
        assertThat(booking.get("client_phone").asString()).isEqualTo("+79001234567");
        assertThat(booking.get("status").asString()).isEqualTo("active");
        JsonNode info = api.call("get_bookings_info", "c1").body().get(0);
        assertThat(info.get("client_id").asString()).isEqualTo("c1");
        assertThat(info.get("client_name").asString()).isEqualTo("Иван Петров");
        assertThat(info.get("client_phone").asString()).isEqualTo("+79001234567");
        assertThat(info.get("status").asString()).isEqualTo("active");
    }

    @Test
    void anUnknownNameAndPhoneAreNull() {
        JsonNode booking = api.call("create_booking", "c2", BRANCH, 844, "05.03.2030", "11:00", PAVEL).body().get("booking");

        assertThat(booking.get("client_id").asString()).isEqualTo("c2");
        assertThat(booking.get("client_name").isNull()).isTrue();
        assertThat(booking.get("client_phone").isNull()).isTrue();
        assertThat(api.call("get_bookings_info", "c2").body().get(0).get("client_phone").isNull()).isTrue();
    }

    @Test
    void aPhoneThatDoesNotReadRefusesTheCallAndBooksNothing() {
        Api.Answer answer = post("create_booking", body("c3", Map.of("name", "Пётр", "phone", "12-34"),
                BRANCH, 844, "05.03.2030", "12:00", PAVEL));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("status").asBoolean()).isFalse();
        assertThat(answer.body().get("message").asString()).startsWith("client.phone:").contains("\"12-34\"");
        assertThat(api.call("get_bookings_info", "c3").body()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE id = 'c3'").query(Long.class).single())
                .as("nothing of the call is kept, the name neither").isZero();
    }

    @Test
    void aClientObjectWithoutClientIdOrWithStrangeFieldsIs400() {
        Api.Answer noClient = post("get_companies_for_booking", "{\"client\": {\"name\": \"Иван\"}}");
        Api.Answer odd = post("get_companies_for_booking", "{\"client_id\": \"c4\", \"client\": {\"email\": \"a@b.c\"}}");
        Api.Answer notObject = post("get_companies_for_booking", "{\"client_id\": \"c4\", \"client\": \"Иван\"}");

        assertThat(List.of(noClient.status(), odd.status(), notObject.status())).containsOnly(400);
        assertThat(noClient.body().get("message").asString()).contains("client_id");
        assertThat(odd.body().get("message").asString()).startsWith("client.email:");
        assertThat(notObject.body().get("message").asString()).startsWith("client:");
    }

    @Test
    void theAdminFindsAClientByPhoneWrittenAnotherWayAndByName() {
        callWithContact("get_companies_for_booking", "c1", Map.of("name", "Иван Петров", "phone", "+7 900 123-45-67"));
        callWithContact("get_companies_for_booking", "c2", Map.of("name", "Мария Иванова", "phone", "+7 901 000-00-00"));

        JsonNode byPhone = admin("GET", "/api/v1/admin/clients?phone=8%20(900)%20123-45-67", null).body();
        JsonNode byName = admin("GET", "/api/v1/admin/clients?name=%D0%B8%D0%B2%D0%B0%D0%BD", null).body(); // "иван"

        assertThat(byPhone.get("clients")).hasSize(1);
        assertThat(byPhone.get("clients").get(0).get("client_id").asString()).isEqualTo("c1");
        assertThat(byPhone.get("clients").get(0).get("phone").asString()).isEqualTo("+79001234567");
        assertThat(byName.get("clients").valueStream().map(c -> c.get("client_id").asString()).toList())
                .containsExactlyInAnyOrder("c1", "c2");
        Api.Answer bad = admin("GET", "/api/v1/admin/clients?phone=abc", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asString()).startsWith("phone:");
    }

    @Test
    void theAdminSeesAClientWithTheirBookingsStatusesAndNoShows() {
        long kept = api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "10:00", PAVEL).body().get("booking").get("id").asLong();
        long cancelled = api.call("create_booking", "c1", BRANCH, 844, "06.03.2030", "10:00", PAVEL).body().get("booking").get("id").asLong();
        api.call("cancel_booking", "c1", BRANCH, cancelled);

        JsonNode client = admin("GET", "/api/v1/admin/clients/c1", null).body();

        assertThat(client.get("client_id").asString()).isEqualTo("c1");
        assertThat(client.get("name").isNull()).isTrue();
        assertThat(client.get("no_shows").asLong()).isZero();
        assertThat(client.get("bookings").valueStream().map(b -> b.get("id").asLong() + " " + b.get("status").asString()).toList())
                .containsExactly(kept + " active", cancelled + " cancelled");
        assertThat(admin("GET", "/api/v1/admin/clients/nobody", null).status()).isEqualTo(404);
    }

    @Test
    void theAdminSetsANameAndPhoneThatTheBookingsThenCarry() {
        long id = api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "10:00", PAVEL).body().get("booking").get("id").asLong();

        Api.Answer put = admin("PUT", "/api/v1/admin/clients/c1", "{\"name\": \"Иван Петров\", \"phone\": \"9001234567\"}");
        Api.Answer bad = admin("PUT", "/api/v1/admin/clients/c1", "{\"phone\": \"900\"}");

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().get("phone").asString()).isEqualTo("+79001234567");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asString()).startsWith("phone:");
        JsonNode listed = admin("GET", "/api/v1/admin/bookings?client_id=c1", null).body().get("bookings").get(0);
        assertThat(listed.get("client_name").asString()).isEqualTo("Иван Петров");
        assertThat(listed.get("client_phone").asString()).isEqualTo("+79001234567");
        JsonNode one = admin("GET", "/api/v1/admin/bookings/" + id, null).body();
        assertThat(one.get("client_phone").asString()).isEqualTo("+79001234567");
        Api.Answer forget = admin("PUT", "/api/v1/admin/clients/c1", "{\"name\": null}");
        assertThat(forget.body().get("name").isNull()).isTrue();
        assertThat(forget.body().get("phone").asString()).as("a key left out stays").isEqualTo("+79001234567");
    }

    @Test
    void botCodeSetsTheNameAndAPhoneButtonsAnswerSetsThePhone() {
        String client = open();
        say(client, "Привет");

        JsonNode named = say(client, "Иван").get(0);
        assertThat(named.get("text").asString()).isEqualTo("Приятно познакомиться, Иван! Ваш номер?");
        assertThat(named.get("buttons").get(0).get("type").asString()).isEqualTo("phone");
        assertThat(named.get("buttons").get(1).has("type")).isFalse();

        assertThat(say(client, "8 (900) 123-45-67").get(0).get("text").asString()).isEqualTo("Записал: +79001234567. Напишите ещё номер.");
        assertThat(say(client, "не помню").get(0).get("text").asString()).startsWith("Не понял номер: phone:");
        assertThat(admin("GET", "/api/v1/admin/clients/" + client, null).body().get("phone").asString()).isEqualTo("+79001234567");
    }

    @Test
    void anAnswerToAPhoneButtonThatIsNoPhoneSetsNothingAndSetClientPhoneReadsAnyForm() {
        String client = open();
        say(client, "Привет");
        say(client, "Мария");

        assertThat(say(client, "что-то").get(0).get("text").asString()).isEqualTo("Записал: . Напишите ещё номер.");
        assertThat(admin("GET", "/api/v1/admin/clients/" + client, null).body().get("phone").isNull()).isTrue();
        assertThat(say(client, "+7 901 000-00-00").get(0).get("text").asString()).isEqualTo("Теперь ваш номер +79010000000");
        assertThat(admin("GET", "/api/v1/admin/clients/" + client, null).body().get("name").asString()).isEqualTo("Мария");
    }

    private JsonNode callWithContact(String function, String clientId, Map<String, String> contact, Object... args) {
        Api.Answer answer = post(function, body(clientId, contact, args));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    private static String body(String clientId, Map<String, String> contact, Object... args) {
        return JSON.writeValueAsString(Map.of("args", List.of(args), "client_id", clientId, "client", contact));
    }

    private Api.Answer post(String function, String body) {
        return api.post("/api/v1/functions/" + function, body, "Bearer " + Api.TOKEN, "application/json");
    }

    private Api.Answer admin(String method, String path, String body) {
        return api.send(method, path, body, "Bearer " + Api.TOKEN, body == null ? null : "application/json");
    }

    private String open() {
        return api.post("/api/v1/chat/contacts/sessions", "", null, null).body().get("client").asString();
    }

    private JsonNode say(String client, String text) {
        Api.Answer answer = api.post("/api/v1/chat/contacts/" + client + "/messages",
                JSON.writeValueAsString(Map.of("text", text)), null, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body().get("messages");
    }
}
