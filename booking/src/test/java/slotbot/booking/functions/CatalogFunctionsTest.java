package slotbot.booking.functions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static slotbot.booking.functions.Salon.*;

/** Functions 1 to 4: branches, categories, employees and services, and how their filters combine. */
class CatalogFunctionsTest {

    private final Salon salon = new Salon();

    @Test
    void companiesAreTheActiveBranchesWithOnlineBookingOn() {
        List<Map<String, Object>> companies = salon.rows("get_companies_for_booking");

        assertThat(companies).containsExactly(
                Map.of("id", LENINA, "name", "Салон на Ленина", "address", "ул. Ленина, 1"),
                Map.of("id", MIRA, "name", "Салон на Мира", "address", "пр. Мира, 2"));
    }

    @Test
    void categoriesAreJobTitlesAndServiceCategoriesWithTheirType() {
        List<Map<String, Object>> categories = salon.rows("get_categories_for_booking", LENINA);

        assertThat(categories).extracting(c -> c.get("id"), c -> c.get("type")).containsExactly(
                tuple(BARBER, "job_title"),
                tuple(HAIRDRESSER, "job_title"),
                tuple(MENS_HALL, "service_category"),
                tuple(WOMENS_HALL, "service_category"));
        assertThat(categories.get(0)).containsOnlyKeys("id", "name", "description", "type")
                .containsEntry("name", "Барбер")
                .containsEntry("description", "Мужские стрижки и борода");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "True"})
    void theJobTitlesFlagKeepsOnlyJobTitles(String flag) {
        assertThat(salon.rows("get_categories_for_booking", LENINA, flag))
                .extracting(c -> c.get("id")).containsExactly(BARBER, HAIRDRESSER);
        assertThat(salon.rows("get_categories_for_booking", LENINA, 1))
                .extracting(c -> c.get("id")).containsExactly(BARBER, HAIRDRESSER);
        assertThat(salon.rows("get_categories_for_booking", LENINA, true))
                .extracting(c -> c.get("id")).containsExactly(BARBER, HAIRDRESSER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", ""})
    void withoutTheFlagBothKindsAreListed(String flag) {
        assertThat(salon.rows("get_categories_for_booking", LENINA, flag)).hasSize(4);
    }

    @Test
    void employeesWithoutAFilterAreTheActiveOnesWithTheirJobTitle() {
        List<Map<String, Object>> employees = salon.rows("get_employees_for_booking", LENINA);

        assertThat(employees).extracting(e -> e.get("id")).containsExactly(PAVEL, VIKTORIA, ARTEM);
        assertThat(employees.get(0))
                .containsEntry("name", "Павел Тихонов")
                .containsEntry("information", "Стаж 10 лет")
                .containsEntry("job_title", "Барбер")
                .containsKeys("id", "name", "information", "job_title");
    }

    @Test
    void serviceIdsKeepEmployeesWhoProvideEveryListedService() {
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, HAIRCUT))).containsExactly(PAVEL, VIKTORIA, ARTEM);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, List.of(HAIRCUT, BEARD)))).containsExactly(PAVEL, ARTEM);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, List.of(BEARD, WOMENS_HAIRCUT)))).isEmpty();
    }

    @Test
    void jobTitleKeepsThatTitle() {
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", BARBER))).containsExactly(PAVEL, ARTEM);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", HAIRDRESSER))).containsExactly(VIKTORIA);
    }

    @Test
    void serviceCategoryKeepsEmployeesWhoProvideAtLeastOneServiceOfIt() {
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", "", MENS_HALL))).containsExactly(PAVEL, VIKTORIA, ARTEM);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", "", WOMENS_HALL))).containsExactly(VIKTORIA);
    }

    @Test
    void employeeFiltersCombineWithAnd() {
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, HAIRCUT, HAIRDRESSER))).containsExactly(VIKTORIA);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, HAIRCUT, BARBER, MENS_HALL))).containsExactly(PAVEL, ARTEM);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", HAIRDRESSER, MENS_HALL))).containsExactly(VIKTORIA);
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, "", BARBER, WOMENS_HALL))).isEmpty();
        assertThat(ids(salon.rows("get_employees_for_booking", LENINA, WOMENS_HAIRCUT, BARBER))).isEmpty();
    }

    @Test
    void servicesShowPriceAsAPersonWritesItAndDurationInMinutes() {
        List<Map<String, Object>> services = salon.rows("get_services_for_booking", LENINA);

        assertThat(ids(services)).containsExactly(HAIRCUT, BEARD, WOMENS_HAIRCUT, STYLING);
        Map<String, Object> haircut = services.get(0);
        assertThat(haircut).containsOnlyKeys("id", "title", "description", "price", "duration")
                .containsEntry("title", "Мужская стрижка")
                .containsEntry("description", "Классика")
                .containsEntry("duration", 60)
                .containsEntry("price", new BigDecimal("1500"));
        assertThat((BigDecimal) services.get(1).get("price")).isEqualByComparingTo("990.50").isEqualTo(new BigDecimal("990.5"));
    }

    @Test
    void serviceFiltersCombineWithAnd() {
        assertThat(ids(salon.rows("get_services_for_booking", LENINA, MENS_HALL))).containsExactly(HAIRCUT, BEARD);
        assertThat(ids(salon.rows("get_services_for_booking", LENINA, "", VIKTORIA))).containsExactly(HAIRCUT, WOMENS_HAIRCUT, STYLING);
        assertThat(ids(salon.rows("get_services_for_booking", LENINA, MENS_HALL, VIKTORIA))).containsExactly(HAIRCUT);
        assertThat(ids(salon.rows("get_services_for_booking", LENINA, WOMENS_HALL, PAVEL))).isEmpty();
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.get("id")).toList();
    }
}
