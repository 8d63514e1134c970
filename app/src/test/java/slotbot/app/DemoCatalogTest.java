package slotbot.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With nothing configured, the app serves the bundled demo barbershop of the seed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=" + Api.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:slotbot-demo;DB_CLOSE_DELAY=-1"
})
class DemoCatalogTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void servesTheSeedsBarbershop() {
        Api api = new Api(port);

        JsonNode companies = api.call("get_companies_for_booking", null).body();
        JsonNode employees = api.call("get_employees_for_booking", null, 14275391, List.of(844, 845)).body();
        JsonNode services = api.call("get_services_for_booking", null, 14275391).body();

        assertThat(companies.get(0).get("name").asString()).isEqualTo("Барбершоп «Борода»");
        assertThat(names(employees, "name")).contains("Павел Тихонов");
        assertThat(names(services, "title")).contains("Мужская стрижка", "Моделирование бороды");
        assertThat(api.call("get_categories_for_booking", null, 14275391, 1).body()).hasSize(2);
        assertThat(api.send("GET", "/actuator/health", null, null, null).body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void offersTimesWithinTheComingTwoWeeks() {
        Api api = new Api(port);

        JsonNode dates = api.call("get_dates_for_booking", null, 14275391, 844).body();

        assertThat(dates.size()).isGreaterThanOrEqualTo(10);
        String first = dates.get(0).asString();
        assertThat(api.call("get_slots_for_booking", null, 14275391, 844, first).body()).isNotEmpty();
    }

    @Test
    void theDemoBotBooksAndTakesADemoPaymentThroughTheWebChat() {
        Api api = new Api(port);
        String client = api.post("/api/v1/chat/demo/sessions", "", null, null).body().get("client").asString();

        say(api, client, "Привет");
        say(api, client, "Мужская стрижка");
        JsonNode dates = say(api, client, "Выбрать дату").get(0).get("buttons");
        JsonNode times = say(api, client, dates.get(0).get("text").asString()).get(0).get("buttons");
        assertThat(say(api, client, times.get(0).get("text").asString()).get(0).get("text").asString())
                .startsWith("Как к вам обращаться");
        assertThat(say(api, client, "Иван").get(0).get("buttons").get(0).get("type").asString()).isEqualTo("phone");
        JsonNode booked = say(api, client, "8 (900) 123-45-67").get(0);
        String payUrl = booked.get("buttons").get(0).get("url").asString();
        String order = payUrl.substring(payUrl.indexOf("order=") + 6);

        assertThat(booked.get("text").asString()).startsWith("Вы записаны: Мужская стрижка").contains("На имя Иван, телефон +79001234567");
        assertThat(api.send("GET", payUrl, null, null, null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/pay/demo/" + client + "?order=999999", "", null, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/pay/demo/" + client + "?order=" + order, "", null, null).status()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                api.send("GET", "/api/v1/chat/demo/" + client + "/messages", null, null, null).text().contains("оплата получена"));
    }

    private static JsonNode say(Api api, String client, String text) {
        Api.Answer answer = api.post("/api/v1/chat/demo/" + client + "/messages",
                "{\"text\": \"" + text + "\"}", null, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return lastFirst(answer.body().get("messages"));
    }

    /** The bot's last reply first: the one whose buttons the client answers. */
    private static JsonNode lastFirst(JsonNode messages) {
        tools.jackson.databind.node.ArrayNode reversed = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        for (int i = messages.size() - 1; i >= 0; i--) {
            reversed.add(messages.get(i));
        }
        return reversed;
    }

    private static List<String> names(JsonNode list, String key) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.get(key).asString()));
        return names;
    }
}
