package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The function API's edges (token, status codes, bad bodies) and functions 1 to 4, through HTTP. */
public abstract class FunctionApiContract extends AppTestBase {

    @Test
    void refusesCallsWithoutTheRightToken() {
        Api.Answer none = api.post("/api/v1/functions/get_companies_for_booking", "{}", null, "application/json");
        Api.Answer wrong = api.post("/api/v1/functions/get_companies_for_booking", "{}", "Bearer nope", "application/json");
        Api.Answer notBearer = api.post("/api/v1/functions/get_companies_for_booking", "{}", Api.TOKEN, "application/json");

        assertThat(List.of(none.status(), wrong.status(), notBearer.status())).containsOnly(401);
        assertThat(none.body().get("status").asBoolean()).isFalse();
        assertThat(none.body().get("message").asString()).contains("Bearer");
    }

    @Test
    void answersAnUnknownFunctionWith404NamingTheKnownOnes() {
        Api.Answer answer = api.call("get_everything", "c1");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("message").asString()).contains("get_everything").contains("create_booking");
    }

    @Test
    void answersABodyThatIsNotJsonWith400() {
        for (String body : List.of("garbage", "[1, 2]", "{\"args\": 5}", "{\"args\": [1], \"client_id\": {}}", "{\"args\": [")) {
            Api.Answer answer = api.post("/api/v1/functions/get_companies_for_booking", body, "Bearer " + Api.TOKEN,
                    "application/json");
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.body().get("status").asBoolean()).isFalse();
            assertThat(answer.body().get("message").asString()).as(body).containsAnyOf("body:", "args:", "client_id:");
            assertThat(answer.text()).doesNotContain("Exception").doesNotContain("at slotbot");
        }
    }

    @Test
    void answersHugeAndOddNumbersWith400NotA500() {
        Api.Answer answer = api.post("/api/v1/functions/get_slots_for_booking",
                "{\"args\": [1e400, [[[1]]], {\"a\": 1}, \"x\"]}", "Bearer " + Api.TOKEN, "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asString()).startsWith("company_id:");
    }

    @Test
    void answersAFormPostWith415() {
        Api.Answer answer = api.post("/api/v1/functions/get_companies_for_booking", "a=1", "Bearer " + Api.TOKEN,
                "application/x-www-form-urlencoded");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body().get("message").asString()).contains("application/json");
    }

    @Test
    void answersAMalformedArgumentWith400NamingParameterAndValue() {
        Api.Answer answer = api.call("get_slots_for_booking", "c1", 14275391, List.of(844), "2030-03-05");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("status").asBoolean()).isFalse();
        assertThat(answer.body().get("message").asString())
                .contains("date").contains("dd.MM.yyyy").contains("\"2030-03-05\"");
    }

    @Test
    void answersAnUnknownBranchOrServiceWith400() {
        assertThat(api.call("get_services_for_booking", "c1", 999).status()).isEqualTo(400);
        Api.Answer unknownService = api.call("get_dates_for_booking", "c1", 14275391, List.of(844, 999));
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.body().get("message").asString()).contains("service_ids").contains("999");
    }

    @Test
    void listsOnlyBranchesWithOnlineBookingOn() {
        JsonNode companies = api.call("get_companies_for_booking", "c1").body();

        assertThat(companies).hasSize(1);
        assertThat(companies.get(0).get("id").asLong()).isEqualTo(14275391L);
        assertThat(companies.get(0).get("name").asString()).isEqualTo("Барбершоп «Борода»");
        assertThat(companies.get(0).get("address").asString()).isEqualTo("ул. Ленина, 1");
    }

    @Test
    void listsCategoriesOfBothKindsOrJobTitlesOnly() {
        JsonNode all = api.call("get_categories_for_booking", "c1", 14275391).body();
        JsonNode jobTitles = api.call("get_categories_for_booking", "c1", "14275391", "1").body();

        assertThat(ids(all)).containsExactly(1018L, 1019L, 1021L, 1022L);
        assertThat(all.get(0).get("type").asString()).isEqualTo("service_category");
        assertThat(all.get(0).get("description").asString()).isEqualTo("Мужские и детские");
        assertThat(ids(jobTitles)).containsExactly(1021L, 1022L);
    }

    @Test
    void filtersEmployeesByServicesJobTitleAndCategoryTogether() {
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391).body())).containsExactly(463665L, 512978L);
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391, List.of(844, 845)).body())).containsExactly(463665L);
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391, "[844]").body())).containsExactly(463665L, 512978L);
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391, "", 1021).body())).containsExactly(512978L);
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391, "", "", 1019).body())).containsExactly(463665L);
        assertThat(ids(api.call("get_employees_for_booking", "c1", 14275391, 846, 1022).body())).isEmpty();

        JsonNode pavel = api.call("get_employees_for_booking", "c1", 14275391, 845).body().get(0);
        assertThat(pavel.get("name").asString()).isEqualTo("Павел Тихонов");
        assertThat(pavel.get("information").asString()).isEqualTo("Стаж 7 лет");
        assertThat(pavel.get("job_title").asString()).isEqualTo("Старший барбер");
    }

    @Test
    void filtersServicesByCategoryAndEmployee() {
        JsonNode all = api.call("get_services_for_booking", "c1", 14275391).body();
        assertThat(ids(all)).containsExactly(844L, 845L, 846L);
        assertThat(all.get(0).get("title").asString()).isEqualTo("Мужская стрижка");
        assertThat(all.get(0).get("price").decimalValue()).isEqualByComparingTo("1500");
        assertThat(all.get(0).get("duration").asInt()).isEqualTo(60);
        assertThat(all.get(2).get("price").decimalValue()).isEqualByComparingTo("1000.50");

        assertThat(ids(api.call("get_services_for_booking", "c1", 14275391, 1018).body())).containsExactly(844L, 846L);
        assertThat(ids(api.call("get_services_for_booking", "c1", 14275391, "", 512978).body())).containsExactly(844L, 846L);
        assertThat(ids(api.call("get_services_for_booking", "c1", 14275391, 1018, 463665).body())).containsExactly(844L);
    }

    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
