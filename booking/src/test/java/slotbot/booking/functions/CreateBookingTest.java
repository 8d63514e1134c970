package slotbot.booking.functions;

import org.junit.jupiter.api.Test;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static slotbot.booking.functions.Salon.*;

/** Function 7, create_booking, and create_booking_by_name; now is Thursday 29.05.2025 10:15 in Moscow. */
class CreateBookingTest {

    private final Salon salon = new Salon();

    @Test
    void successAnswersTheSeedsKeysAndStoresTheBooking() {
        Map<String, Object> result = salon.dictionary("create_booking", LENINA, List.of(HAIRCUT, BEARD), "02.06.2025", "10:00", PAVEL);

        assertThat(result).containsOnlyKeys("status", "booking").containsEntry("status", true);
        Map<String, Object> booking = booking(result);
        assertThat(booking).containsOnlyKeys("id", "booking_date", "booking_time", "services", "service_duration",
                "total_cost", "employee_name", "job_title", "company_name", "company_address",
                "client_id", "client_name", "client_phone", "status");
        assertThat(booking)
                .containsEntry("client_id", Salon.CLIENT)
                .containsEntry("client_name", null)
                .containsEntry("client_phone", null)
                .containsEntry("status", "active")
                .containsEntry("booking_date", "02.06.2025")
                .containsEntry("booking_time", "10:00")
                .containsEntry("services", List.of("Мужская стрижка", "Моделирование бороды"))
                .containsEntry("service_duration", 105)
                .containsEntry("employee_name", "Павел Тихонов")
                .containsEntry("job_title", "Барбер")
                .containsEntry("company_name", "Салон на Ленина")
                .containsEntry("company_address", "ул. Ленина, 1");
        assertThat((BigDecimal) booking.get("total_cost")).isEqualByComparingTo("2490.50").isEqualTo(new BigDecimal("2490.5"));

        Booking stored = salon.stored((Long) booking.get("id"));
        ZonedDateTime start = ZonedDateTime.of(2025, 6, 2, 10, 0, 0, 0, MOSCOW);
        assertThat(stored.start()).isEqualTo(start.toInstant());
        assertThat(stored.end()).isEqualTo(start.plusMinutes(105).toInstant());
        assertThat(stored.clientId()).isEqualTo(CLIENT);
        assertThat(stored.employeeId()).isEqualTo(PAVEL);
        assertThat(stored.companyId()).isEqualTo(LENINA);
        assertThat(stored.status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(stored.services()).extracting(BookedService::serviceId).containsExactly(HAIRCUT, BEARD);
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void servicesRunBackToBackInTheOrderGiven() {
        Map<String, Object> booking = booking(salon.dictionary("create_booking", LENINA, "[845, 844]", "02.06.2025", "10:00", PAVEL));

        assertThat(booking.get("services")).isEqualTo(List.of("Моделирование бороды", "Мужская стрижка"));
    }

    @Test
    void theCallbackIsTheSeedsLine() {
        Map<String, Object> booking = booking(salon.dictionary("create_booking", LENINA, STYLING, "01.06.2025", "14:00", VIKTORIA));

        Object id = booking.get("id");
        assertThat(salon.events).hasSize(1).first().isInstanceOf(BookingEvent.BookingCreated.class);
        BookingEvent event = salon.events.get(0);
        assertThat(event.booking().id()).isEqualTo(id);
        assertThat(event.callbackText()).isEqualTo("new_order_in_calendar: [" + id + "] Добавлена запись с 2025-06-01 14:00"
                + " до 2025-06-01 14:30 на 30 минут. Объекту: Виктория Лебедева");
    }

    @Test
    void aTakenTimeIsRefusedAndAnAdjacentOneIsNot() {
        salon.booked(OTHER_CLIENT, LENINA, PAVEL, LocalDate.of(2025, 6, 2), LocalTime.of(16, 0), 60);

        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "16:00", PAVEL));
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "15:30", PAVEL));
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "16:59", PAVEL));
        assertThat(salon.data.all()).hasSize(1);
        assertThat(salon.events).isEmpty();

        salon.book(HAIRCUT, "02.06.2025", "15:00", PAVEL);
        salon.book(HAIRCUT, "02.06.2025", "17:00", PAVEL);
        assertThat(salon.data.all()).hasSize(3);
    }

    @Test
    void theSecondOfTwoClientsForOneSlotIsRefused() {
        FunctionResult first = salon.callAs(OTHER_CLIENT, "create_booking", LENINA, HAIRCUT, "02.06.2025", "11:00", PAVEL);
        FunctionResult second = salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "11:00", PAVEL);

        assertThat(first.value()).asInstanceOf(MAP).containsEntry("status", true);
        assertThat(message(second)).contains("02.06.2025 11:00");
        assertThat(second.malformed()).isFalse();
        assertThat(first.refused()).isFalse();
        assertThat(second.refusal()).as("the reason's type, which the app's metrics count").isEqualTo("SlotTaken");
        assertThat(salon.data.all()).singleElement().extracting(Booking::clientId).isEqualTo(OTHER_CLIENT);
    }

    @Test
    void clientsRacingForOneSlotGetOneBooking() throws Exception {
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<FunctionResult>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String client = "tg-race-" + i;
                Callable<FunctionResult> book = () -> {
                    start.await();
                    return salon.callAs(client, "create_booking", LENINA, HAIRCUT, "02.06.2025", "12:00", PAVEL);
                };
                results.add(pool.submit(book));
            }
            start.countDown();
            int successes = 0;
            for (Future<FunctionResult> result : results) {
                Map<?, ?> value = (Map<?, ?>) result.get().value();
                successes += Boolean.TRUE.equals(value.get("status")) ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
            assertThat(salon.data.all()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTimeInThePastIsRefused() {
        assertThat(message(assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "29.05.2025", "10:00", PAVEL))))
                .contains("past");
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "28.05.2025", "12:00", PAVEL));
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void aTimeOutOfWorkingHoursIsRefused() {
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "08:30", PAVEL));
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "17:30", PAVEL));
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "01.06.2025", "12:00", PAVEL));
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "12:30", ARTEM));
        assertRefused(salon.call("create_booking", LENINA, STYLING, "03.06.2025", "12:00", VIKTORIA));
        assertThat(salon.data.all()).isEmpty();

        salon.book(HAIRCUT, "02.06.2025", "17:00", PAVEL);
        salon.book(STYLING, "04.06.2025", "15:30", VIKTORIA);
    }

    @Test
    void aBranchWithOnlineBookingOffRefuses() {
        assertThat(message(assertRefused(salon.call("create_booking", SADOVAYA, MASSAGE, "02.06.2025", "12:00", IGOR))))
                .contains("online");
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void anEmployeeWhoDoesNotProvideTheServicesIsRefused() {
        assertRefused(salon.call("create_booking", LENINA, BEARD, "04.06.2025", "12:00", VIKTORIA));
        assertThat(salon.data.all()).isEmpty();
    }

    @Test
    void withoutAnEmployeeTheFreeOneWhoProvidesTheServicesIsChosen() {
        LocalDate wednesday = LocalDate.of(2025, 6, 4);
        salon.booked(OTHER_CLIENT, LENINA, PAVEL, wednesday, LocalTime.of(12, 0), 60);
        salon.booked(OTHER_CLIENT, LENINA, ARTEM, wednesday, LocalTime.of(11, 30), 60);

        Map<String, Object> booking = booking(salon.dictionary("create_booking", LENINA, HAIRCUT, "04.06.2025", "12:00"));

        assertThat(booking).containsEntry("employee_name", "Виктория Лебедева");
        assertThat(salon.stored((Long) booking.get("id")).employeeId()).isEqualTo(VIKTORIA);
        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "04.06.2025", "12:00", ""));
    }

    @Test
    void withoutAnEmployeeOnlyThoseWhoWorkThenAndProvideEveryServiceAreConsidered() {
        // Monday: Виктория is off; Артём is on his break from 13:00.
        Map<String, Object> booking = booking(salon.dictionary("create_booking", LENINA, HAIRCUT, "02.06.2025", "12:30"));
        assertThat(booking).containsEntry("employee_name", "Павел Тихонов");

        assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "02.06.2025", "12:30"));
        assertRefused(salon.call("create_booking", LENINA, STYLING, "02.06.2025", "12:30"));
    }

    @Test
    void withoutAnEmployeeTheChoiceIsRandomAmongTheFree() {
        Set<Object> firstChoices = new HashSet<>();
        for (String time : List.of("14:00", "15:00", "16:00", "17:00")) {
            Set<Object> chosen = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                Map<String, Object> booking = booking(salon.dictionary("create_booking", LENINA, HAIRCUT, "05.06.2025", time));
                chosen.add(booking.get("employee_name"));
                if (i == 0) {
                    firstChoices.add(booking.get("employee_name"));
                }
            }
            assertThat(chosen).as("three bookings at %s go to three employees", time)
                    .containsExactlyInAnyOrder("Павел Тихонов", "Виктория Лебедева", "Артём Волков");
            assertRefused(salon.call("create_booking", LENINA, HAIRCUT, "05.06.2025", time));
        }
        assertThat(firstChoices).as("the first choice at each time").hasSizeGreaterThan(1);
    }

    @Test
    void byNameIgnoresCaseAndBooksAnyoneWhoProvidesIt() {
        Map<String, Object> result = salon.dictionary("create_booking_by_name", "уКЛАДКА", "01.06.2025", "14:00");

        assertThat(booking(result)).containsEntry("services", List.of("Укладка"))
                .containsEntry("employee_name", "Виктория Лебедева")
                .containsEntry("company_name", "Салон на Ленина");
        assertThat(salon.events).singleElement().extracting(BookingEvent::callbackText).asString()
                .startsWith("new_order_in_calendar: [").endsWith("Объекту: Виктория Лебедева");
    }

    @Test
    void byNameATitleSeveralBranchesShareNeedsTheBranch() {
        FunctionResult ambiguous = salon.call("create_booking_by_name", "Мужская стрижка", "02.06.2025", "12:00");

        assertThat(ambiguous.malformed()).isTrue();
        assertThat(message(ambiguous)).startsWith("company_id:").contains("Мужская стрижка").contains("[1, 2]");
        assertThat(salon.data.all()).isEmpty();

        Map<String, Object> booking = booking(salon.dictionary("create_booking_by_name", "Мужская стрижка", "02.06.2025", "12:00", MIRA));
        assertThat(booking).containsEntry("employee_name", "Ольга Смирнова").containsEntry("company_name", "Салон на Мира");
    }

    @Test
    void byNameAnUnknownTitleIsMalformedAndABranchWithoutOnlineBookingRefuses() {
        FunctionResult unknown = salon.call("create_booking_by_name", "Маникюр", "02.06.2025", "12:00");
        assertThat(unknown.malformed()).isTrue();
        assertThat(message(unknown)).startsWith("service_name:").contains("\"Маникюр\"");

        FunctionResult notThere = salon.call("create_booking_by_name", "Укладка", "02.06.2025", "12:00", MIRA);
        assertThat(notThere.malformed()).isTrue();

        assertRefused(salon.call("create_booking_by_name", "Массаж", "02.06.2025", "12:00"));
        assertThat(salon.data.all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> booking(Map<String, Object> result) {
        assertThat(result).containsEntry("status", true);
        return (Map<String, Object>) result.get("booking");
    }

    private FunctionResult assertRefused(FunctionResult result) {
        assertThat(result.malformed()).as("a refusal, not a malformed call: %s", result.value()).isFalse();
        assertThat(failure(result)).containsOnlyKeys("status", "message");
        return result;
    }
}
