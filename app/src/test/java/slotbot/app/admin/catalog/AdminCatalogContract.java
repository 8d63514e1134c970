package slotbot.app.admin.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API for the services and employees of a branch, seen through the booking functions. */
public abstract class AdminCatalogContract extends AppTestBase {

    private static final long BRANCH = 14275391L;
    private static final long PAVEL = 463665L;
    private static final long VIKTORIA = 512978L;

    @AfterEach
    void restoreTheTestCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
    }

    @Test
    void createsAServiceThatTheBookingFunctionsOfferAtOnce() {
        Api.Answer created = admin("POST", "/companies/" + BRANCH + "/services",
                "{\"title\": \"Укладка\", \"description\": \"Воск\", \"price\": \"500.50\", \"duration\": 20, \"category_id\": 1018}");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(id).isGreaterThan(900);
        JsonNode offered = find(api.call("get_services_for_booking", "c1", BRANCH).body(), id);
        assertThat(offered).isNotNull();
        assertThat(offered.get("title").asString()).isEqualTo("Укладка");
        assertThat(offered.get("price").decimalValue()).isEqualByComparingTo("500.50");
        assertThat(offered.get("duration").asInt()).isEqualTo(20);
        assertThat(api.call("get_services_for_booking", "c1", BRANCH, 1018).body().toString()).contains("Укладка");

        Api.Answer read = admin("GET", "/services/" + id, null);
        assertThat(read.body().get("category_id").asLong()).isEqualTo(1018);
        assertThat(read.body().get("active").asBoolean()).isTrue();

        Api.Answer withId = admin("POST", "/companies/" + BRANCH + "/services", "{\"id\": 5000, \"title\": \"Бритьё\", \"price\": 700, \"duration\": 30}");
        assertThat(withId.status()).isEqualTo(201);
        assertThat(withId.body().get("id").asLong()).isEqualTo(5000);
        assertThat(admin("POST", "/companies/" + BRANCH + "/services", "{\"id\": 844, \"title\": \"X\", \"price\": 1, \"duration\": 30}")
                .status()).isEqualTo(409);
    }

    @Test
    void refusesBadValuesNamingTheFieldTheFormAndTheValue() {
        Api.Answer price = admin("POST", "/companies/" + BRANCH + "/services", "{\"title\": \"Укладка\", \"price\": -5, \"duration\": 20}");
        Api.Answer duration = admin("POST", "/companies/" + BRANCH + "/services", "{\"title\": \"Укладка\", \"price\": 5, \"duration\": 0}");
        Api.Answer category = admin("POST", "/companies/" + BRANCH + "/services",
                "{\"title\": \"Укладка\", \"price\": 5, \"duration\": 20, \"category_id\": 1021}");
        Api.Answer otherBranch = admin("POST", "/companies/" + BRANCH + "/employees", "{\"name\": \"Анна\", \"service_ids\": [844, 900]}");
        Api.Answer interval = admin("POST", "/companies/" + BRANCH + "/employees",
                "{\"name\": \"Анна\", \"schedule\": {\"weekly\": {\"mon\": [\"18:00-09:00\"]}}}");
        Api.Answer typo = admin("PUT", "/services/844", "{\"prise\": 1}");
        Api.Answer garbage = admin("PUT", "/services/844", "{{{");

        assertThat(price.status()).isEqualTo(400);
        assertThat(price.body().get("status").asBoolean()).isFalse();
        assertThat(price.body().get("message").asString())
                .isEqualTo("price: expected an amount such as 1500 or 990.50 (not negative, at most 2 decimals), got -5");
        assertThat(duration.status()).isEqualTo(400);
        assertThat(duration.body().get("message").asString()).isEqualTo("duration: expected a whole number from 1 to 1440, got 0");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.body().get("message").asString()).startsWith("category_id:").contains("service_category").endsWith("1021");
        assertThat(otherBranch.status()).isEqualTo(400);
        assertThat(otherBranch.body().get("message").asString()).startsWith("service_ids[1]:").endsWith("900");
        assertThat(interval.status()).isEqualTo(400);
        assertThat(interval.body().get("message").asString()).startsWith("schedule.weekly.mon[0]:");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body().get("message").asString()).startsWith("prise: unknown field");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(api.call("get_services_for_booking", "c1", BRANCH).body()).hasSize(3);
    }

    @Test
    void updatesAPriceAndKeepsTheOtherFields() {
        Api.Answer updated = admin("PUT", "/services/844", "{\"price\": 1700}");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("price").decimalValue()).isEqualByComparingTo("1700");
        assertThat(updated.body().get("title").asString()).isEqualTo("Мужская стрижка");
        JsonNode offered = find(api.call("get_services_for_booking", "c1", BRANCH).body(), 844);
        assertThat(offered.get("price").decimalValue()).isEqualByComparingTo("1700");
        assertThat(offered.get("duration").asInt()).isEqualTo(60);
        assertThat(offered.get("description").asString()).isEqualTo("Ножницы и машинка");
    }

    @Test
    void deactivatesAServiceWhichStopsBeingOfferedButStaysListedWithAll() {
        Api.Answer done = admin("DELETE", "/services/845", null);

        assertThat(done.status()).isEqualTo(200);
        assertThat(find(api.call("get_services_for_booking", "c1", BRANCH).body(), 845)).isNull();
        assertThat(ids(admin("GET", "/companies/" + BRANCH + "/services", null).body().get("services"))).containsExactly(844L, 846L);
        JsonNode all = admin("GET", "/companies/" + BRANCH + "/services?all=true", null).body().get("services");
        assertThat(ids(all)).contains(844L, 845L, 846L);
        assertThat(find(all, 845).get("active").asBoolean()).isFalse();
        assertThat(admin("GET", "/services/845", null).body().get("active").asBoolean()).isFalse();

        Api.Answer again = admin("PUT", "/services/845", "{\"active\": true}");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(find(api.call("get_services_for_booking", "c1", BRANCH).body(), 845)).isNotNull();
    }

    @Test
    void createsAnEmployeeWithAScheduleWhoseSlotsAreOffered() {
        Api.Answer created = admin("POST", "/companies/" + BRANCH + "/employees", """
                {"name": "Анна", "information": "Новенькая", "job_title_id": 1021, "service_ids": [846],
                 "schedule": {"weekly": {"tue": ["10:00-11:00"]}, "dates": {"2030-03-12": []}}}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("schedule").get("weekly").get("tue").get(0).asString()).isEqualTo("10:00-11:00");
        assertThat(created.body().get("schedule").get("dates").get("2030-03-12")).isEmpty();
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 846, "05.03.2030", id).body()))
                .containsExactly("10:00", "10:30");
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 846, "12.03.2030", id).body())).isEmpty();
        assertThat(find(api.call("get_employees_for_booking", "c1", BRANCH).body(), id).get("name").asString()).isEqualTo("Анна");

        Api.Answer schedule = admin("PUT", "/employees/" + id + "/schedule", "{\"weekly\": {\"tue\": [\"15:00-16:00\"]}}");
        assertThat(schedule.status()).as(schedule.text()).isEqualTo(200);
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 846, "05.03.2030", id).body()))
                .containsExactly("15:00", "15:30");
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 846, "12.03.2030", id).body()))
                .containsExactly("15:00", "15:30");

        Api.Answer renamed = admin("PUT", "/employees/" + id, "{\"name\": \"Анна Петрова\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("service_ids").get(0).asLong()).isEqualTo(846);
        assertThat(renamed.body().get("schedule").get("weekly").get("tue").get(0).asString()).isEqualTo("15:00-16:00");
    }

    @Test
    void refusesToDeactivateAnEmployeeWithUpcomingBookingsUnlessForced() {
        Api.Answer booked = api.call("create_booking", "c1", BRANCH, 846, "05.03.2030", "10:00", VIKTORIA);
        long bookingId = booked.body().get("booking").get("id").asLong();

        Api.Answer refused = admin("DELETE", "/employees/" + VIKTORIA, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asString())
                .isEqualTo("employee " + VIKTORIA + " has 1 upcoming booking; move or cancel them first");
        assertThat(ids(refused.body().get("bookings"))).containsExactly(bookingId);
        assertThat(find(api.call("get_employees_for_booking", "c1", BRANCH).body(), VIKTORIA)).isNotNull();

        Api.Answer forced = admin("DELETE", "/employees/" + VIKTORIA + "?force=true", null);

        assertThat(forced.status()).isEqualTo(200);
        assertThat(ids(forced.body().get("bookings"))).containsExactly(bookingId);
        assertThat(find(api.call("get_employees_for_booking", "c1", BRANCH).body(), VIKTORIA)).isNull();
        assertThat(admin("GET", "/employees/" + VIKTORIA, null).body().get("active").asBoolean()).isFalse();
        assertThat(ids(admin("GET", "/companies/" + BRANCH + "/employees", null).body().get("employees"))).containsExactly(PAVEL);
        assertThat(admin("DELETE", "/employees/" + PAVEL, null).status()).isEqualTo(200);
    }

    @Test
    void answers401WithoutTokenAnd404ForUnknownIds() {
        assertThat(api.send("GET", "/api/v1/admin/services/844", null, null, null).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/admin/employees/" + PAVEL, null, "Bearer wrong", null).status()).isEqualTo(401);
        assertThat(find(api.call("get_employees_for_booking", "c1", BRANCH).body(), PAVEL)).isNotNull();

        Api.Answer service = admin("GET", "/services/999999", null);
        assertThat(service.status()).isEqualTo(404);
        assertThat(service.body().get("message").asString()).isEqualTo("no service 999999");
        assertThat(admin("PUT", "/services/999999", "{\"price\": 1}").status()).isEqualTo(404);
        assertThat(admin("DELETE", "/services/999999", null).status()).isEqualTo(404);
        assertThat(admin("GET", "/employees/999999", null).status()).isEqualTo(404);
        assertThat(admin("PUT", "/employees/999999/schedule", "{}").status()).isEqualTo(404);
        assertThat(admin("DELETE", "/employees/999999", null).status()).isEqualTo(404);
        assertThat(admin("GET", "/companies/999999/services", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/companies/999999/employees", "{\"name\": \"Анна\"}").status()).isEqualTo(404);
        assertThat(admin("GET", "/services/abc", null).status()).isEqualTo(400);
    }

    private Api.Answer admin(String method, String path, String body) {
        return api.send(method, "/api/v1/admin" + path, body, "Bearer " + Api.TOKEN, body == null ? null : "application/json");
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.isObject() ? item.get("id").asLong() : item.asLong()));
        return ids;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asString()));
        return values;
    }
}
