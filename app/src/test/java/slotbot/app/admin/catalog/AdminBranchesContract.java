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

/** The admin API for branches and their categories: setting up a branch without a file. */
public abstract class AdminBranchesContract extends AppTestBase {

    private static final long BRANCH = 14275391L;

    @AfterEach
    void restoreTheTestCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
    }

    @Test
    void setsUpABranchWithoutAFileAndItsSlotsAreOffered() {
        Api.Answer branch = admin("POST", "/companies",
                "{\"name\": \"Борода на Невском\", \"address\": \"Невский, 10\", \"timezone\": \"Europe/Moscow\"}");
        assertThat(branch.status()).as(branch.text()).isEqualTo(201);
        long company = branch.body().get("id").asLong();
        assertThat(company).isGreaterThan(BRANCH);
        assertThat(branch.body().get("online_booking").asBoolean()).isTrue();
        assertThat(branch.body().get("active").asBoolean()).isTrue();
        assertThat(branch.body().get("timezone").asString()).isEqualTo("Europe/Moscow");

        Api.Answer category = admin("POST", "/companies/" + company + "/categories",
                "{\"type\": \"service_category\", \"name\": \"Стрижки\", \"description\": \"Все\"}");
        assertThat(category.status()).as(category.text()).isEqualTo(201);
        long categoryId = category.body().get("id").asLong();
        assertThat(category.body().get("type").asString()).isEqualTo("service_category");
        assertThat(category.body().get("company_id").asLong()).isEqualTo(company);

        Api.Answer service = admin("POST", "/companies/" + company + "/services",
                "{\"title\": \"Быстрая стрижка\", \"price\": 800, \"duration\": 30, \"category_id\": " + categoryId + "}");
        assertThat(service.status()).as(service.text()).isEqualTo(201);
        long serviceId = service.body().get("id").asLong();

        Api.Answer employee = admin("POST", "/companies/" + company + "/employees",
                "{\"name\": \"Олег\", \"service_ids\": [" + serviceId + "], \"schedule\": {\"weekly\": {\"tue\": [\"10:00-11:00\"]}}}");
        assertThat(employee.status()).as(employee.text()).isEqualTo(201);

        assertThat(ids(api.call("get_companies_for_booking", "c1").body())).contains(BRANCH, company);
        String slots = api.call("get_slots_for_booking", "c1", company, serviceId, "05.03.2030").body().toString();
        assertThat(slots).contains("10:00", "10:30").doesNotContain("11:00");
        assertThat(api.call("get_services_for_booking", "c1", company).body().toString()).contains("Быстрая стрижка");

        assertThat(ids(admin("GET", "/companies", null).body().get("companies"))).contains(BRANCH, company);
        assertThat(ids(admin("GET", "/companies/" + company + "/categories", null).body().get("categories")))
                .containsExactly(categoryId);
    }

    @Test
    void createsWithDefaultsAndUpdatesPartially() {
        Api.Answer created = admin("POST", "/companies", "{\"id\": 777, \"name\": \"Филиал\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().get("id").asLong()).isEqualTo(777);
        assertThat(created.body().get("address").asString()).isEmpty();
        assertThat(created.body().get("timezone").asString()).isEqualTo("Europe/Moscow");
        assertThat(admin("POST", "/companies", "{\"id\": 777, \"name\": \"Ещё\"}").status()).isEqualTo(409);

        Api.Answer updated = admin("PUT", "/companies/777", "{\"timezone\": \"Asia/Yekaterinburg\", \"online_booking\": false}");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("name").asString()).isEqualTo("Филиал");
        assertThat(updated.body().get("timezone").asString()).isEqualTo("Asia/Yekaterinburg");
        assertThat(updated.body().get("online_booking").asBoolean()).isFalse();
        assertThat(admin("GET", "/companies/777", null).body().get("timezone").asString()).isEqualTo("Asia/Yekaterinburg");

        Api.Answer renamed = admin("PUT", "/categories/1019", "{\"name\": \"Бороды\"}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.body().get("type").asString()).isEqualTo("service_category");
        assertThat(renamed.body().get("name").asString()).isEqualTo("Бороды");

        assertThat(admin("DELETE", "/categories/1019", null).status()).isEqualTo(200);
        assertThat(ids(admin("GET", "/companies/" + BRANCH + "/categories", null).body().get("categories")))
                .containsExactly(1018L, 1021L, 1022L);
        JsonNode all = admin("GET", "/companies/" + BRANCH + "/categories?all=true", null).body().get("categories");
        assertThat(ids(all)).containsExactly(1018L, 1019L, 1021L, 1022L);
        assertThat(admin("GET", "/categories/1019", null).body().get("active").asBoolean()).isFalse();
    }

    @Test
    void refusesABadTimezoneAndABadType() {
        Api.Answer zone = admin("POST", "/companies", "{\"name\": \"Филиал\", \"timezone\": \"Mars/Olympus\"}");
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.body().get("status").asBoolean()).isFalse();
        assertThat(zone.body().get("message").asString()).startsWith("timezone:").contains("Mars/Olympus");
        Api.Answer put = admin("PUT", "/companies/" + BRANCH, "{\"timezone\": \"Nowhere\"}");
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.body().get("message").asString()).startsWith("timezone:");

        Api.Answer type = admin("POST", "/companies/" + BRANCH + "/categories", "{\"type\": \"colour\", \"name\": \"Красные\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body().get("message").asString())
                .isEqualTo("type: expected job_title or service_category, got \"colour\"");
        assertThat(admin("POST", "/companies/" + BRANCH + "/categories", "{\"name\": \"Без типа\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/companies/" + BRANCH + "/categories", "{\"type\": \"job_title\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/companies", "{\"address\": \"без имени\"}").status()).isEqualTo(400);
        assertThat(admin("PUT", "/companies/" + BRANCH, "{\"adress\": \"x\"}").body().get("message").asString())
                .startsWith("adress: unknown field");
    }

    @Test
    void refusesToDeactivateABranchWithUpcomingBookingsUnlessForced() {
        Api.Answer booked = api.call("create_booking", "c1", BRANCH, 846, "05.03.2030", "10:00", 512978L);
        long bookingId = booked.body().get("booking").get("id").asLong();

        Api.Answer refused = admin("DELETE", "/companies/" + BRANCH, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asString())
                .isEqualTo("company " + BRANCH + " has 1 upcoming booking; move or cancel them first");
        assertThat(ids(refused.body().get("bookings"))).containsExactly(bookingId);
        assertThat(ids(api.call("get_companies_for_booking", "c1").body())).contains(BRANCH);

        Api.Answer forced = admin("DELETE", "/companies/" + BRANCH + "?force=true", null);
        assertThat(forced.status()).as(forced.text()).isEqualTo(200);
        assertThat(ids(forced.body().get("bookings"))).containsExactly(bookingId);
        assertThat(ids(api.call("get_companies_for_booking", "c1").body())).doesNotContain(BRANCH);
        assertThat(ids(admin("GET", "/companies", null).body().get("companies"))).doesNotContain(BRANCH);
        assertThat(ids(admin("GET", "/companies?all=true", null).body().get("companies"))).contains(BRANCH);
        assertThat(admin("GET", "/companies/" + BRANCH, null).body().get("active").asBoolean()).isFalse();
    }

    @Test
    void answers401WithoutTokenAnd404ForUnknownIds() {
        assertThat(api.send("GET", "/api/v1/admin/companies", null, null, null).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/admin/companies/" + BRANCH, null, "Bearer wrong", null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/admin/companies", "{\"name\": \"X\"}", null, "application/json").status()).isEqualTo(401);
        assertThat(ids(api.call("get_companies_for_booking", "c1").body())).contains(BRANCH);

        Api.Answer company = admin("GET", "/companies/999999", null);
        assertThat(company.status()).isEqualTo(404);
        assertThat(company.body().get("message").asString()).isEqualTo("no company 999999");
        assertThat(admin("PUT", "/companies/999999", "{\"name\": \"X\"}").status()).isEqualTo(404);
        assertThat(admin("DELETE", "/companies/999999", null).status()).isEqualTo(404);
        assertThat(admin("GET", "/companies/999999/categories", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/companies/999999/categories", "{\"type\": \"job_title\", \"name\": \"X\"}").status()).isEqualTo(404);
        assertThat(admin("GET", "/categories/999999", null).body().get("message").asString()).isEqualTo("no category 999999");
        assertThat(admin("PUT", "/categories/999999", "{\"name\": \"X\"}").status()).isEqualTo(404);
        assertThat(admin("DELETE", "/categories/999999", null).status()).isEqualTo(404);
        assertThat(admin("GET", "/companies/abc", null).status()).isEqualTo(400);
    }

    private Api.Answer admin(String method, String path, String body) {
        return api.send(method, "/api/v1/admin" + path, body, "Bearer " + Api.TOKEN, body == null ? null : "application/json");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.isObject() ? item.get("id").asLong() : item.asLong()));
        return ids;
    }
}
