package slotbot.booking.functions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static slotbot.booking.functions.Salon.*;

/** Functions 9 and 10: modify_booking_time and cancel_booking; now is Thursday 29.05.2025 10:15 in Moscow. */
class BookingChangesTest {

    private final Salon salon = new Salon();
    private long id;

    @BeforeEach
    void aHaircutWithPavelOnMondayAt10() {
        id = salon.book(HAIRCUT, "02.06.2025", "10:00", PAVEL);
        salon.events.clear();
    }

    @Nested
    class Modify {

        @Test
        void movesTheBookingAndFreesTheOldSpanAtOnce() {
            assertThat(salon.dictionary("modify_booking_time", id, "02.06.2025", "15:00"))
                    .containsExactly(Map.entry("status", true), Map.entry("message", "Booking time modified"));

            Booking moved = salon.stored(id);
            assertThat(moved.start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 15, 0, 0, 0, MOSCOW).toInstant());
            assertThat(moved.durationMinutes()).isEqualTo(60);
            assertThat(moved.employeeId()).isEqualTo(PAVEL);
            assertThat(moved.isActive()).isTrue();
            List<String> slots = salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025");
            assertThat(slots).contains("09:30", "10:00", "10:30").doesNotContain("14:30", "15:00", "15:30");
            assertThat(salon.events).singleElement().isInstanceOf(BookingEvent.BookingMoved.class);
            assertThat(salon.rows("get_bookings_info")).singleElement().satisfies(b ->
                    assertThat(b).containsEntry("booking_time", "15:00").containsEntry("booking_id", id));
        }

        @Test
        void theBookingsOwnSpanDoesNotCountAgainstIt() {
            assertThat(salon.dictionary("modify_booking_time", id, "02.06.2025", "10:30")).containsEntry("status", true);

            assertThat(salon.stored(id).start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 10, 30, 0, 0, MOSCOW).toInstant());
        }

        @Test
        void toAnotherDay() {
            assertThat(salon.dictionary("modify_booking_time", id, "30.05.2025", "09:00")).containsEntry("status", true);

            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "30.05.2025")).doesNotContain("09:00");
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025")).isEqualTo(times("09:00", "17:00", 30));
        }

        @Test
        void aTakenTimeIsRefusedAndNothingChanges() {
            salon.booked(OTHER_CLIENT, LENINA, PAVEL, LocalDate.of(2025, 6, 2), LocalTime.of(14, 0), 60);

            assertRefused(salon.call("modify_booking_time", id, "02.06.2025", "13:30"));
            assertThat(salon.stored(id).start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 10, 0, 0, 0, MOSCOW).toInstant());
            assertThat(salon.events).isEmpty();
        }

        @Test
        void outOfHoursOrInThePastIsRefused() {
            assertRefused(salon.call("modify_booking_time", id, "02.06.2025", "17:30"));
            assertRefused(salon.call("modify_booking_time", id, "01.06.2025", "12:00"));
            assertRefused(salon.call("modify_booking_time", id, "29.05.2025", "10:00"));
            assertThat(salon.stored(id).version()).isZero();
        }

        @Test
        void anotherClientsBookingIsNotYours() {
            FunctionResult result = salon.callAs(OTHER_CLIENT, "modify_booking_time", id, "02.06.2025", "15:00");

            assertRefused(result);
            assertThat(salon.stored(id).start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 10, 0, 0, 0, MOSCOW).toInstant());
        }

        @Test
        void anUnknownOrCancelledBookingIsRefused() {
            assertRefused(salon.call("modify_booking_time", 999, "02.06.2025", "15:00"));
            salon.value("cancel_booking", LENINA, id);
            assertRefused(salon.call("modify_booking_time", id, "02.06.2025", "15:00"));
            assertThat(salon.stored(id).status()).isEqualTo(BookingStatus.CANCELLED);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelsKeepsTheBookingAndFreesItsSpanAtOnce() {
            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025")).doesNotContain("10:00");

            assertThat(salon.dictionary("cancel_booking", LENINA, id))
                    .containsExactly(Map.entry("status", true), Map.entry("message", "Booking deleted"));

            assertThat(salon.slotsOf(PAVEL, HAIRCUT, "02.06.2025")).isEqualTo(times("09:00", "17:00", 30));
            assertThat(salon.data.all()).singleElement().satisfies(b -> {
                assertThat(b.id()).isEqualTo(id);
                assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
                assertThat(b.clientId()).isEqualTo(CLIENT);
            });
            assertThat(salon.rows("get_bookings_info")).isEmpty();
            assertThat(salon.events).singleElement().isInstanceOf(BookingEvent.BookingCancelled.class);
            salon.book(HAIRCUT, "02.06.2025", "10:00", PAVEL);
        }

        @Test
        void theWrongPipelineIsRefused() {
            FunctionResult result = salon.call("cancel_booking", MIRA, id);

            assertRefused(result);
            assertThat(message(result)).contains(String.valueOf(id));
            assertThat(salon.stored(id).isActive()).isTrue();
        }

        @Test
        void anotherClientsBookingIsRefused() {
            assertRefused(salon.callAs(OTHER_CLIENT, "cancel_booking", LENINA, id));
            assertThat(salon.stored(id).isActive()).isTrue();
            assertThat(salon.events).isEmpty();
        }

        @Test
        void cancellingTwiceIsRefused() {
            salon.value("cancel_booking", LENINA, id);

            assertRefused(salon.call("cancel_booking", LENINA, id));
            assertThat(salon.events).hasSize(1);
        }

        @Test
        void aBookingThatHasStartedCannotBeCancelled() {
            Booking started = salon.booked(CLIENT, LENINA, ARTEM, LocalDate.of(2025, 5, 29), LocalTime.of(10, 0), 60);

            assertRefused(salon.call("cancel_booking", LENINA, started.id()));
            assertThat(salon.stored(started.id()).isActive()).isTrue();
        }
    }

    private static void assertRefused(FunctionResult result) {
        assertThat(result.malformed()).as("a refusal, not a malformed call: %s", result.value()).isFalse();
        assertThat(failure(result)).containsOnlyKeys("status", "message");
    }
}
