package slotbot.booking.functions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static slotbot.booking.functions.Salon.*;

/** The shared argument conventions, seen through {@link BookingFunctions#call}. */
class ArgumentParsingTest {

    private final Salon salon = new Salon();

    static Stream<Object> lenientIds() {
        return Stream.of(PAVEL, (int) PAVEL, "101", " 101 ", 101.0, new BigDecimal("101.00"), 101.0f);
    }

    @ParameterizedTest
    @MethodSource("lenientIds")
    void anIdMayBeANumberOrANumericString(Object employeeId) {
        List<Map<String, Object>> services = salon.rows("get_services_for_booking", LENINA, "", employeeId);

        assertThat(services).extracting(s -> s.get("id")).containsExactly(HAIRCUT, BEARD);
    }

    static Stream<Arguments> badIds() {
        return Stream.of(
                arguments("abc", "\"abc\""),
                arguments(-1, "got -1"),
                arguments(0, "got 0"),
                arguments(1.5, "got 1.5"),
                arguments("1.5", "\"1.5\""),
                arguments(List.of(101), "[101]"),
                arguments(true, "got true"));
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void aBadIdIsMalformedAndTheMessageNamesParameterAndValue(Object employeeId, String quoted) {
        FunctionResult result = salon.call("get_services_for_booking", LENINA, "", employeeId);

        assertMalformed(result, "employee_id", quoted);
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void aBadCompanyIdIsMalformed(Object companyId, String quoted) {
        assertMalformed(salon.call("get_categories_for_booking", companyId), "company_id", quoted);
    }

    @Test
    void anUnknownOrMissingCompanyIsMalformed() {
        assertMalformed(salon.call("get_services_for_booking", 999), "company_id", "999");
        assertMalformed(salon.call("get_services_for_booking"), "company_id", "got nothing");
        assertMalformed(salon.call("get_services_for_booking", ""), "company_id", "got nothing");
    }

    @Test
    void emptyStringNullAndAMissingTailAllSkipOptionalArguments() {
        List<Map<String, Object>> byCategory = salon.rows("get_employees_for_booking", LENINA, "", "", WOMENS_HALL);

        assertThat(byCategory).extracting(e -> e.get("id")).containsExactly(VIKTORIA);
        assertThat(salon.rows("get_employees_for_booking", LENINA, null, null, WOMENS_HALL)).isEqualTo(byCategory);
        assertThat(salon.rows("get_employees_for_booking", LENINA, " ", "", WOMENS_HALL)).isEqualTo(byCategory);

        List<Map<String, Object>> all = salon.rows("get_employees_for_booking", LENINA);
        assertThat(all).extracting(e -> e.get("id")).containsExactly(PAVEL, VIKTORIA, ARTEM);
        assertThat(salon.rows("get_employees_for_booking", LENINA, "", "", "")).isEqualTo(all);
        assertThat(salon.rows("get_employees_for_booking", LENINA, null, null, null)).isEqualTo(all);
        assertThat(salon.rows("get_employees_for_booking", LENINA, "")).isEqualTo(all);
    }

    @Test
    void aSkippedEmployeeMeansAnyEmployee() {
        List<String> anyone = salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025");

        assertThat(anyone).isNotEmpty();
        assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", "", "")).isEqualTo(anyone);
        assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", null, 30)).isEqualTo(anyone);
        assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", "", "30")).isEqualTo(anyone);
    }

    static Stream<Object> bothBarberServices() {
        return Stream.of(List.of(HAIRCUT, BEARD), List.of(844, 845), List.of("844", "845"), "[844, 845]", "[844,845]",
                "844, 845", List.of(844.0, 845.0));
    }

    @ParameterizedTest
    @MethodSource("bothBarberServices")
    void serviceIdsMayBeAListOrAStringHoldingOne(Object serviceIds) {
        List<Map<String, Object>> employees = salon.rows("get_employees_for_booking", LENINA, serviceIds);

        assertThat(employees).extracting(e -> e.get("id")).containsExactly(PAVEL, ARTEM);
    }

    static Stream<Object> oneWomensService() {
        return Stream.of(846, 846L, "846", "[846]", List.of(846), 846.0);
    }

    static Stream<Object> theHaircut() {
        return Stream.of(844, 844L, "844", " 844 ", "[844]", List.of(844), List.of("844"), 844.0, new BigDecimal("844"));
    }

    @ParameterizedTest
    @MethodSource("theHaircut")
    void serviceIdsMayBeTheSeedsForms(Object serviceIds) {
        List<Map<String, Object>> employees = salon.rows("get_employees_for_booking", LENINA, serviceIds);

        assertThat(employees).extracting(e -> e.get("id")).containsExactly(PAVEL, VIKTORIA, ARTEM);
        assertThat(salon.strings("get_slots_for_booking", LENINA, serviceIds, "02.06.2025", PAVEL))
                .isEqualTo(times("09:00", "17:00", 30));
    }

    static Stream<Object> lenientCompanyIds() {
        return Stream.of(LENINA, 1, "1", 1.0, " 1");
    }

    @ParameterizedTest
    @MethodSource("lenientCompanyIds")
    void aCompanyIdMayBeANumberOrANumericString(Object companyId) {
        assertThat(salon.rows("get_categories_for_booking", companyId, 1)).extracting(c -> c.get("id"))
                .containsExactly(BARBER, HAIRDRESSER);
    }

    @ParameterizedTest
    @MethodSource("oneWomensService")
    void serviceIdsMayBeOneId(Object serviceIds) {
        List<Map<String, Object>> employees = salon.rows("get_employees_for_booking", LENINA, serviceIds);

        assertThat(employees).extracting(e -> e.get("id")).containsExactly(VIKTORIA);
    }

    static Stream<Arguments> badServiceIds() {
        return Stream.of(
                arguments("abc", "\"abc\""),
                arguments("[844, abc]", "\"[844, abc]\""),
                arguments(List.of(844, -5), "[844, -5]"),
                arguments("[]", "\"[]\""),
                arguments(List.of(), "[]"),
                arguments(List.of(844, 844), "[844, 844]"),
                arguments(1.5, "1.5"));
    }

    @ParameterizedTest
    @MethodSource("badServiceIds")
    void badServiceIdsAreMalformed(Object serviceIds, String quoted) {
        assertMalformed(salon.call("get_employees_for_booking", LENINA, serviceIds), "service_ids", quoted);
        assertMalformed(salon.call("get_slots_for_booking", LENINA, serviceIds, "02.06.2025"), "service_ids", quoted);
    }

    @Test
    void anUnknownOrInactiveServiceIsMalformed() {
        assertMalformed(salon.call("get_slots_for_booking", LENINA, List.of(HAIRCUT, 999), "02.06.2025"), "service_ids", "999");
        assertMalformed(salon.call("get_slots_for_booking", LENINA, OLD_SERVICE, "02.06.2025"), "service_ids", "848");
        assertMalformed(salon.call("get_slots_for_booking", LENINA, MIRA_HAIRCUT, "02.06.2025"), "service_ids", "944");
    }

    static Stream<String> badDates() {
        return Stream.of("31.02.2024", "2024-02-05", "05/02/2024", "tomorrow", "32.01.2025", "01.13.2025");
    }

    @ParameterizedTest
    @MethodSource("badDates")
    void aBadDateIsMalformed(String date) {
        assertMalformed(salon.call("get_slots_for_booking", LENINA, HAIRCUT, date), "date", "\"" + date + "\"");
        assertMalformed(salon.call("create_booking", LENINA, HAIRCUT, date, "10:00", PAVEL), "booking_date", "\"" + date + "\"");
        assertMalformed(salon.call("modify_booking_time", 1, date, "10:00"), "new_date", "\"" + date + "\"");
    }

    @Test
    void aDateNeedsNoLeadingZeros() {
        assertThat(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "2.6.2025", PAVEL))
                .isEqualTo(salon.strings("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", PAVEL))
                .isNotEmpty();
    }

    static Stream<String> badTimes() {
        return Stream.of("25:00", "24:00", "10:60", "10", "10:5", "ten", "10.30");
    }

    @ParameterizedTest
    @MethodSource("badTimes")
    void aBadTimeIsMalformed(String time) {
        FunctionResult result = salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", time, PAVEL);

        assertMalformed(result, "booking_time", "\"" + time + "\"");
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void missingRequiredArgumentsAreMalformed() {
        assertMalformed(salon.call("get_slots_for_booking", LENINA, HAIRCUT), "date", "got nothing");
        assertMalformed(salon.call("get_slots_for_booking", LENINA, "", "02.06.2025"), "service_ids", "got nothing");
        assertMalformed(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025"), "booking_time", "got nothing");
        assertMalformed(salon.call("cancel_booking", LENINA), "order_id", "got nothing");
    }

    @Test
    void badOptionalNumbersAreMalformed() {
        assertMalformed(salon.call("get_dates_for_booking", LENINA, HAIRCUT, "", 0), "days_limit", "got 0");
        assertMalformed(salon.call("get_dates_for_booking", LENINA, HAIRCUT, "", "two weeks"), "days_limit", "\"two weeks\"");
        assertMalformed(salon.call("get_dates_for_booking", LENINA, HAIRCUT, "", 14, -3), "max_dates_count", "got -3");
        assertMalformed(salon.call("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", "", 0), "slot_interval", "got 0");
        assertMalformed(salon.call("get_categories_for_booking", LENINA, "maybe"), "job_titles", "\"maybe\"");
    }

    @Test
    void anUnknownEmployeeOrCategoryIsMalformed() {
        assertMalformed(salon.call("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", 999), "employee_id", "999");
        assertMalformed(salon.call("get_slots_for_booking", LENINA, HAIRCUT, "02.06.2025", GONE), "employee_id", "104");
        assertMalformed(salon.call("get_employees_for_booking", LENINA, "", MENS_HALL), "job_title_id", "20");
        assertMalformed(salon.call("get_employees_for_booking", LENINA, "", "", BARBER), "service_category_id", "10");
        assertMalformed(salon.call("get_services_for_booking", LENINA, ARCHIVE), "service_category_id", "22");
    }

    @Test
    void anActionWithoutAClientIsMalformed() {
        FunctionResult result = salon.functions.call("create_booking",
                Arrays.asList(LENINA, HAIRCUT, "02.06.2025", "10:00", PAVEL), null);

        assertMalformed(result, "client_id", "got nothing");
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void extraArgumentsAreMalformedNamingHowManyTheFunctionTakesAndNothingIsBooked() {
        FunctionResult seven = salon.functions.call("create_booking",
                Arrays.asList(LENINA, HAIRCUT, "02.06.2025", "10:00", PAVEL, 1, 2), "c1");
        FunctionResult none = salon.call("get_companies_for_booking", 1);
        FunctionResult one = salon.functions.call("get_bookings_info", List.of("c1", "c2"), "c1");

        assertThat(seven.malformed()).isTrue();
        assertThat(failure(seven).get("message")).isEqualTo("create_booking takes at most 5 arguments"
                + " (company_id, service_ids, booking_date, booking_time, employee_id), got 7");
        assertThat(failure(none).get("message")).isEqualTo("get_companies_for_booking takes no arguments, got 1");
        assertThat(failure(one).get("message")).isEqualTo("get_bookings_info takes at most 1 argument (client_id), got 2");
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void skippedValuesAfterTheLastParameterCountForNothing() {
        assertThat(salon.call("get_companies_for_booking", "", null).malformed()).isFalse();
        assertThat(salon.rows("get_services_for_booking", LENINA, "", PAVEL, "", null)).isNotEmpty();
    }

    @Test
    void theParametersOfAFunctionAreNamedInOrder() {
        assertThat(salon.functions.parameters("cancel_booking")).containsExactly("pipeline_id", "order_id");
        assertThat(salon.functions.parameters("get_info_for_booking")).isEmpty();
    }

    @Test
    void anUnknownFunctionNameIsTheCallersBugNotTheBots() {
        assertThatThrownBy(() -> salon.call("get_slots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("get_slots");
        assertThat(salon.functions.names()).hasSize(16).contains("get_companies_for_booking", "cancel_booking", "join_waitlist",
                "leave_waitlist");
    }

    private static void assertMalformed(FunctionResult result, String parameter, String given) {
        assertThat(result.malformed()).as("malformed: %s", result.value()).isTrue();
        assertThat(result.refusal()).isIn("InvalidArgument", "UnknownBranch", "UnknownService", "UnknownEmployee", "VisitTooLong");
        assertThat(result.value()).isInstanceOf(Map.class);
        Map<String, Object> value = failure(result);
        assertThat(value).containsOnlyKeys("status", "message");
        assertThat((String) value.get("message")).startsWith(parameter + ":").contains(given);
    }
}
