package slotbot.app.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text at every edge (issue 9, point 3): control characters in ids and names get 400 naming the
 * field, a chat message with them is still answered, bodies that are not UTF-8 get 400 naming the byte,
 * a charset other than UTF-8 gets 415, extra arguments get 400; and each refusal changes nothing.
 */
public abstract class HostileInputContract extends AppTestBase {

    private static final String BEARER = "Bearer " + Api.TOKEN;
    private static final byte[] UTF16_BOM = {(byte) 0xFF, (byte) 0xFE};

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    BotLibrary bots;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        bots.remove("hostile");
    }

    @Test
    void aNulInClientIdIs400NamingItAndBooksNothing() {
        Api.Answer answer = api.call("create_booking", "tg-\u00001", 14275391, List.of(844), "05.03.2030", "10:00");

        assertRefused(answer, 400, "client_id: ", "U+0000 NULL");
        assertThat(bookings()).isZero();
    }

    @Test
    void aNulInAStringArgumentIs400NamingItsPositionAndParameter() {
        Api.Answer info = api.call("get_bookings_info", null, "tg-\u00001");
        Api.Answer byName = api.call("create_booking_by_name", "c1", "Мужская\u0000стрижка", "05.03.2030", "10:00");
        Api.Answer inAList = api.call("get_dates_for_booking", "c1", 14275391, List.of("844", "8\u007F45"));

        assertRefused(info, 400, "args[0] (client_id): ", "U+0000 NULL");
        assertRefused(byName, 400, "args[0] (service_name): ", "U+0000 NULL");
        assertRefused(inAList, 400, "args[1] (service_ids)[1]: ", "U+007F DELETE");
        assertThat(bookings()).isZero();
    }

    @Test
    void extraPositionalArgumentsAre400NamingHowManyTheFunctionTakes() {
        Api.Answer answer = api.call("create_booking", "c1", 14275391, List.of(844), "05.03.2030", "10:00", 463665, 1, 2);

        assertRefused(answer, 400, "create_booking takes at most 5 arguments", "got 7");
        assertThat(bookings()).isZero();
    }

    @Test
    void aFunctionCallThatIsNotUtf8Is400NamingTheByte() {
        Api.Answer answer = sendBytes("POST", "/api/v1/functions/get_companies_for_booking",
                concat(UTF16_BOM, "{\"args\": []}".getBytes(StandardCharsets.UTF_16LE)), "application/json");

        assertRefused(answer, 400, "body: not valid UTF-8 at byte 0 (0xFF)", "UTF-8");
    }

    @Test
    void aCharsetJavaDoesNotKnowIs415NamingIt() {
        Api.Answer answer = sendBytes("POST", "/api/v1/functions/get_companies_for_booking",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=nonsense");

        assertRefused(answer, 415, "Content-Type: charset nonsense is not supported", "UTF-8");
    }

    @Test
    void aCharsetOtherThanUtf8Is415EvenWhenJavaKnowsIt() {
        Api.Answer cyrillic = sendBytes("PUT", "/api/v1/admin/catalog", catalogNamed("Борода").getBytes(java.nio.charset.Charset
                .forName("windows-1251")), "application/yaml; charset=windows-1251");
        Api.Answer utf8 = sendBytes("POST", "/api/v1/functions/get_companies_for_booking",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");

        assertRefused(cyrillic, 415, "Content-Type: charset windows-1251 is not supported", "UTF-8");
        assertThat(companyName()).isEqualTo("Барбершоп «Борода»");
        assertThat(utf8.status()).isEqualTo(200);
    }

    @Test
    void aChatMessageWithControlCharactersIsAnsweredWithoutThem() {
        String client = openChat();

        Api.Answer answer = api.post("/api/v1/chat/demo/" + client + "/messages",
                "{\"text\": \"Прив\\u0000ет\\u001b\\u0085\"}", null, "application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("messages").get(1).get("text").asString()).startsWith("Выберите услугу:");
        assertThat(typed(client)).containsExactly("Привет");
    }

    @Test
    void aChatMessageOfControlCharactersOnlyIsRefusedInRussianAndTheDialogStaysAsItWas() {
        String client = openChat();

        Api.Answer answer = api.post("/api/v1/chat/demo/" + client + "/messages",
                "{\"text\": \"\\u0000\\u0000\"}", null, "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asString()).startsWith("В сообщении только служебные символы");
        assertThat(typed(client)).isEmpty();
    }

    @Test
    void aCatalogThatIsNotUtf8Is400NamingTheByteAndTheBranchesStayActive() {
        List<String> before = catalog();
        byte[] utf16 = concat(UTF16_BOM, "companies: []\n".getBytes(StandardCharsets.UTF_16LE));

        Api.Answer answer = sendBytes("PUT", "/api/v1/admin/catalog", utf16, "application/yaml");

        assertRefused(answer, 400, "body: not valid UTF-8 at byte 0 (0xFF)", "UTF-8");
        assertThat(catalog()).isEqualTo(before).contains("company 14275391 Барбершоп «Борода» active");
    }

    @Test
    void aNulInACatalogNameIs400NamingItsPathAndNothingChanges() {
        List<String> before = catalog();

        Api.Answer answer = api.send("PUT", "/api/v1/admin/catalog", catalogNamed("Бор\\0ода"), BEARER, "application/yaml");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("path").asString()).isEqualTo("companies[0].name");
        assertThat(answer.body().get("errors").get(0).get("message").asString()).contains("U+0000 NULL");
        assertThat(catalog()).isEqualTo(before);
    }

    @Test
    void aNulInAnAdminBodyNameIs400NamingTheFieldAndNothingChanges() {
        List<String> before = catalog();

        Api.Answer renamed = api.send("PUT", "/api/v1/admin/services/844", "{\"title\": \"Стрижка\\u0000\"}", BEARER,
                "application/json");
        Api.Answer created = api.post("/api/v1/admin/companies/14275391/services",
                "{\"title\": \"Бритьё\", \"description\": \"a\\u0007b\", \"price\": 100, \"duration\": 30}", BEARER,
                "application/json");

        assertRefused(renamed, 400, "title: ", "U+0000 NULL");
        assertRefused(created, 400, "description: ", "U+0007");
        assertThat(catalog()).isEqualTo(before);
    }

    @Test
    void aNulInABotFileIdIs400NamingTheFieldAndNothingIsInstalled() {
        Api.Answer answer = api.send("PUT", "/api/v1/admin/bots/hostile",
                "start: \"he\\0llo\"\nblocks:\n  - {id: \"he\\0llo\", text: Привет}\n", BEARER, "application/yaml");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").toString()).contains("start: expected a text without control characters")
                .contains("blocks[0].id: ").contains("U+0000 NULL");
        assertThat(bots.source("hostile")).isEmpty();
    }

    @Test
    void aBotFileThatIsNotUtf8Is400NamingTheByteAndNothingIsInstalled() {
        byte[] latin1 = "start: hello\nblocks:\n  - {id: hello, text: Café}\n".getBytes(StandardCharsets.ISO_8859_1);

        Api.Answer answer = sendBytes("PUT", "/api/v1/admin/bots/hostile", latin1, "application/yaml");

        assertRefused(answer, 400, "body: not valid UTF-8 at byte 46 (0xE9)", "UTF-8");
        assertThat(bots.source("hostile")).isEmpty();
    }

    @Test
    void aNulInABotNameInThePathInstallsNothing() {
        Api.Answer answer = api.send("PUT", "/api/v1/admin/bots/host%00ile", "start: a\nblocks:\n  - {id: a}\n", BEARER,
                "application/yaml");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(bots.list()).extracting(BotLibrary.Summary::name).noneMatch(name -> name.startsWith("host"));
    }

    @Test
    void aNulInAClientIdOfTheAdminListsIs400NamingIt() {
        Api.Answer bookingList = api.send("GET", "/api/v1/admin/bookings?client_id=tg-%001", null, BEARER, null);
        Api.Answer dialogList = api.send("GET", "/api/v1/admin/dialogs?client_id=tg-%001", null, BEARER, null);

        assertRefused(bookingList, 400, "client_id: ", "U+0000 NULL");
        assertRefused(dialogList, 400, "client_id: ", "U+0000 NULL");
    }

    private static void assertRefused(Api.Answer answer, int status, String start, String mentions) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().get("status").asBoolean()).isFalse();
        assertThat(answer.body().get("message").asString()).startsWith(start).contains(mentions);
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("at slotbot");
    }

    private String openChat() {
        return api.post("/api/v1/chat/demo/sessions", null, null, null).body().get("client").asString();
    }

    private List<String> typed(String client) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE client_id = ? AND direction = 'in' ORDER BY id")
                .param(client).query(String.class).list();
    }

    private int bookings() {
        return jdbc.sql("SELECT COUNT(*) FROM booking").query(Integer.class).single();
    }

    private String companyName() {
        return jdbc.sql("SELECT name FROM company WHERE id = 14275391").query(String.class).single();
    }

    /** What a refused change must leave as it was: every branch, service and employee with its name and flag. */
    private List<String> catalog() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("company", "service", "employee")) {
            String name = table.equals("service") ? "title || ' ' || COALESCE(description, '')" : "name";
            rows.addAll(jdbc.sql("SELECT id, " + name + ", active FROM " + table + " ORDER BY id")
                    .query((rs, n) -> table + " " + rs.getLong(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? " active" : " inactive"))
                    .list());
        }
        return rows;
    }

    private static String catalogNamed(String name) {
        return "companies:\n  - {id: 14275391, name: \"" + name + "\", services: []}\n";
    }

    private Api.Answer sendBytes(String method, String path, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", BEARER).header("Content-Type", contentType).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JsonMapper.builder().build().readTree(response.body());
            return new Api.Answer(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
