package slotbot.app.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /api/v1/admin/catalog: an upsert by id, deactivation of what is gone, refusal of a bad file as a whole. */
public abstract class CatalogAdminContract extends AppTestBase {

    @AfterEach
    void restoreTheTestCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(put(original).status()).isEqualTo(200);
    }

    @Test
    void importsAChangedCatalogAndDeactivatesWhatItNoLongerLists() {
        Api.Answer booked = api.call("create_booking", "c1", 14275391, 846, "05.03.2030", "10:00", 512978);
        assertThat(booked.body().get("status").asBoolean()).isTrue();

        Api.Answer answer = put("""
                companies:
                  - id: 14275391
                    name: Барбершоп «Борода»
                    address: ул. Ленина, 3
                    categories:
                      - {id: 1018, type: service_category, name: Стрижки}
                    services:
                      - {id: 844, title: Мужская стрижка, price: 1700, duration: 50, category_id: 1018}
                      - {title: Укладка, price: 500, duration: 20}
                    employees:
                      - id: 463665
                        name: Павел Тихонов
                        service_ids: [844]
                        schedule: {weekly: {tue: ["09:00-12:00"]}}
                """);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("services").asInt()).isEqualTo(2);
        JsonNode services = api.call("get_services_for_booking", "c1", 14275391).body();
        assertThat(services).hasSize(2);
        assertThat(services.get(0).get("price").decimalValue()).isEqualByComparingTo("1700");
        assertThat(services.get(1).get("title").asString()).isEqualTo("Укладка");
        assertThat(api.call("get_employees_for_booking", "c1", 14275391).body()).hasSize(1);
        assertThat(api.call("get_companies_for_booking", "c1").body().get(0).get("address").asString()).isEqualTo("ул. Ленина, 3");
        assertThat(BookingSlots.of(api.call("get_slots_for_booking", "c1", 14275391, 844, "05.03.2030").body()))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
        JsonNode kept = api.call("get_bookings_info", "c1").body();
        assertThat(kept.get(0).get("employee_name").asString()).isEqualTo("Виктория");
        assertThat(kept.get(0).get("service_names").get(0).asString()).isEqualTo("Детская стрижка");
    }

    @Test
    void reimportingTheSameFileWithoutIdsChangesNothing() {
        String file = """
                companies:
                  - name: Новый филиал
                    services:
                      - {title: Стрижка, price: 100, duration: 30}
                """;
        put(file);
        long companies = count("company");
        long services = count("service");

        put(file);

        assertThat(count("company")).isEqualTo(companies);
        assertThat(count("service")).isEqualTo(services);
    }

    @Test
    void refusesABadFileWholeAndChangesNothing() {
        Api.Answer answer = put("""
                companies:
                  - id: 14275391
                    name: Переименован
                    services:
                      - {id: 844, title: Мужская стрижка, price: abc, duration: 60}
                """);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("path").asString()).isEqualTo("companies[0].services[0].price");
        assertThat(answer.body().get("errors").get(0).get("message").asString()).contains("\"abc\"");
        assertThat(api.call("get_companies_for_booking", "c1").body().get(0).get("name").asString())
                .isEqualTo("Барбершоп «Борода»");
    }

    @Test
    void takesJsonAndRefusesGarbageAndAMissingToken() {
        Api.Answer json = put("{\"companies\": [{\"id\": 14275391, \"name\": \"JSON\", \"services\": []}]}");
        Api.Answer garbage = put("{{{{");
        Api.Answer anonymous = api.send("PUT", "/api/v1/admin/catalog", "companies: []", null, "application/yaml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().get("status").asBoolean()).isFalse();
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void exportsTheCatalogInTheImportFormatSoThatAnExportReimportsToTheSameState() {
        Api.Answer exported = api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.text()).contains("Павел Тихонов").contains("mon:").contains("2030-03-08");

        assertThat(put(exported.text()).status()).isEqualTo(200);
        Api.Answer again = api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null);
        assertThat(again.text()).isEqualTo(exported.text());

        Api.Answer json = api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null, "application/json");
        JsonNode barbershop = null;
        for (JsonNode company : json.body().get("companies")) {
            barbershop = company.get("id").asLong() == 14275391L ? company : barbershop;
        }
        assertThat(barbershop).isNotNull();
        assertThat(barbershop.get("services").get(2).get("price").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(api.send("GET", "/api/v1/admin/catalog", null, null, null).status()).isEqualTo(401);
    }

    private Api.Answer put(String yaml) {
        return api.send("PUT", "/api/v1/admin/catalog", yaml, "Bearer " + Api.TOKEN, "application/yaml");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static final class BookingSlots {
        static java.util.List<String> of(JsonNode list) {
            java.util.List<String> values = new java.util.ArrayList<>();
            list.forEach(v -> values.add(v.asString()));
            return values;
        }
    }
}
