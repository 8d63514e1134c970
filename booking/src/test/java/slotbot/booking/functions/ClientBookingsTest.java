package slotbot.booking.functions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import slotbot.booking.calendar.Booking;
import slotbot.booking.clients.Contact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static slotbot.booking.functions.Salon.*;

/** Function 8, get_bookings_info, and get_active_order_booking_info: a client sees their own upcoming bookings. */
class ClientBookingsTest {

    private final Salon salon = new Salon();
    private long later;
    private long sooner;

    @BeforeEach
    void bookings() {
        later = salon.book(HAIRCUT, "02.06.2025", "16:00", PAVEL);
        sooner = salon.book(List.of(HAIRCUT, BEARD), "30.05.2025", "10:00", ARTEM);
        salon.callAs(OTHER_CLIENT, "create_booking", LENINA, HAIRCUT, "31.05.2025", "10:00", PAVEL);
        salon.booked(CLIENT, LENINA, PAVEL, LocalDate.of(2025, 5, 28), LocalTime.of(12, 0), 60);
        salon.booked(CLIENT, LENINA, PAVEL, LocalDate.of(2025, 5, 29), LocalTime.of(10, 0), 60);
        long cancelled = salon.book(STYLING, "01.06.2025", "12:00", VIKTORIA);
        salon.value("cancel_booking", LENINA, cancelled);
    }

    @Test
    void upcomingActiveBookingsOfTheCallerSoonestFirst() {
        List<Map<String, Object>> bookings = salon.rows("get_bookings_info");

        assertThat(bookings).extracting(b -> b.get("booking_id")).containsExactly(sooner, later);
    }

    @Test
    void eachBookingCarriesTheClientsNameAndPhoneWhenKnown() {
        salon.contacts.put(Salon.CLIENT, new Contact("Иван Петров", "+79001234567"));

        assertThat(salon.rows("get_bookings_info")).isNotEmpty().allSatisfy(booking -> assertThat(booking)
                .containsEntry("client_name", "Иван Петров")
                .containsEntry("client_phone", "+79001234567"));
    }

    @Test
    void eachBookingCarriesTheSeedsKeys() {
        Map<String, Object> first = salon.rows("get_bookings_info").get(0);

        assertThat(first).containsOnlyKeys("booking_id", "booking_date", "booking_time", "service_ids", "service_names",
                "booking_duration", "total_cost", "employee_id", "employee_name", "job_title", "company_id",
                "company_name", "company_address", "client_id", "client_name", "client_phone", "status");
        assertThat(first)
                .containsEntry("client_id", Salon.CLIENT)
                .containsEntry("client_name", null)
                .containsEntry("client_phone", null)
                .containsEntry("status", "active")
                .containsEntry("booking_date", "30.05.2025")
                .containsEntry("booking_time", "10:00")
                .containsEntry("service_ids", List.of(HAIRCUT, BEARD))
                .containsEntry("service_names", List.of("Мужская стрижка", "Моделирование бороды"))
                .containsEntry("booking_duration", 105)
                .containsEntry("employee_id", ARTEM)
                .containsEntry("employee_name", "Артём Волков")
                .containsEntry("job_title", "Барбер")
                .containsEntry("company_id", LENINA)
                .containsEntry("company_name", "Салон на Ленина")
                .containsEntry("company_address", "ул. Ленина, 1");
        assertThat((BigDecimal) first.get("total_cost")).isEqualByComparingTo("2490.5");
    }

    @Test
    void theCallersOwnIdMayBeGivenAsTextOrNumber() {
        List<Map<String, Object>> implicit = salon.rows("get_bookings_info");

        assertThat(salon.rows("get_bookings_info", CLIENT)).isEqualTo(implicit);
        assertThat(salon.rows("get_bookings_info", "")).isEqualTo(implicit);

        Booking numeric = salon.booked("1001", LENINA, PAVEL, LocalDate.of(2025, 6, 5), LocalTime.of(9, 0), 60);
        FunctionResult byNumber = salon.callAs("1001", "get_bookings_info", 1001);
        assertThat((List<?>) byNumber.value()).singleElement()
                .asInstanceOf(MAP)
                .containsEntry("booking_id", numeric.id());
    }

    @Test
    void anotherClientsBookingsAreRefused() {
        FunctionResult result = salon.call("get_bookings_info", OTHER_CLIENT);

        assertThat(result.value()).as("no list of bookings").isInstanceOf(Map.class);
        assertThat(failure(result)).containsOnlyKeys("status", "message");
        assertThat(message(result)).contains("client_id");
    }

    @Test
    void theIntegratorMayNameAnyClientWhileSpeakingForAnother() {
        FunctionResult result = salon.functions.callAsIntegrator("get_bookings_info", List.of(OTHER_CLIENT), CLIENT);

        assertThat((List<?>) result.value()).singleElement().asInstanceOf(MAP)
                .containsEntry("client_id", OTHER_CLIENT)
                .containsEntry("booking_date", "31.05.2025");
    }

    @Test
    void aClientWithoutBookingsGetsAnEmptyList() {
        assertThat(salon.callAs("tg-3003", "get_bookings_info").value()).isEqualTo(List.of());
    }

    @Test
    void theActiveOrderIsTheNearestUpcomingBooking() {
        Map<String, Object> nearest = salon.dictionary("get_active_order_booking_info");

        assertThat(nearest).isEqualTo(salon.rows("get_bookings_info").get(0)).containsEntry("booking_id", sooner);
    }

    @Test
    void theActiveOrderIsEmptyWhenThereIsNone() {
        assertThat(salon.callAs("tg-3003", "get_active_order_booking_info").value()).isEqualTo(Map.of());
    }
}
