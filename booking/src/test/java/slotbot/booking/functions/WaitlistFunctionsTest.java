package slotbot.booking.functions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static slotbot.booking.functions.Salon.*;

/**
 * join_waitlist and leave_waitlist, and what a start held for a client from the waitlist does to the other functions:
 * the holder is offered it and books it, everyone else is neither offered it nor may book it. Now is Thursday
 * 29.05.2025 10:15 in Moscow; Monday 02.06.2025 of Павел is taken but for the hour that frees up.
 */
class WaitlistFunctionsTest {

    private static final String LEAVER = "tg-3003";
    private static final String MONDAY = "02.06.2025";

    private final Salon salon = new Salon();

    @Test
    void joiningAnswersTheEntryAndLeavingAnswersStatusTrue() {
        Map<String, Object> joined = salon.dictionary("join_waitlist", LENINA, "[844]", MONDAY, PAVEL);

        assertThat(joined).containsOnlyKeys("status", "waitlist_id").containsEntry("status", true);
        long id = (Long) joined.get("waitlist_id");
        assertThat(salon.dictionary("join_waitlist", LENINA, 844, MONDAY, PAVEL)).containsEntry("waitlist_id", id);
        assertThat(salon.dictionary("join_waitlist", LENINA, 844, MONDAY)).as("anyone, another line")
                .extracting(m -> m.get("waitlist_id")).isNotEqualTo(id);

        assertThat(salon.dictionary("leave_waitlist", id)).containsExactly(Map.entry("status", true));
        assertThat(message(salon.call("leave_waitlist", id))).isEqualTo("you have no waitlist entry " + id);
    }

    @Test
    void aClientLeavesOnlyTheirOwnEntry() {
        long id = (Long) salon.dictionary("join_waitlist", LENINA, 844, MONDAY).get("waitlist_id");

        FunctionResult other = salon.callAs(OTHER_CLIENT, "leave_waitlist", String.valueOf(id));

        assertThat(other.malformed()).isFalse();
        assertThat(failure(other)).containsEntry("status", false).containsEntry("message", "you have no waitlist entry " + id);
        assertThat(salon.dictionary("leave_waitlist", id)).containsEntry("status", true);
    }

    @Test
    void malformedArgumentsNameTheParameter() {
        assertMalformed(salon.call("join_waitlist", LENINA, 844, "2025-06-02"), "date: expected a date as dd.MM.yyyy");
        assertMalformed(salon.call("join_waitlist", LENINA, "[]", MONDAY), "service_ids: expected");
        assertMalformed(salon.call("join_waitlist", LENINA, 844, MONDAY, "Павел"), "employee_id: expected a positive integer id");
        assertMalformed(salon.call("join_waitlist", LENINA, 999, MONDAY), "service_ids: no service with id 999 in branch 1");
        assertMalformed(salon.call("join_waitlist", LENINA, 844, MONDAY, PAVEL, 1), "join_waitlist takes at most 4 arguments");
        assertMalformed(salon.callAs(null, "join_waitlist", LENINA, 844, MONDAY), "client_id: expected the id of the client");
        assertMalformed(salon.call("leave_waitlist", 0), "waitlist_id: expected a positive integer id such as 844, got 0");
        assertMalformed(salon.call("leave_waitlist"), "waitlist_id: expected an integer id, got nothing");
    }

    @Test
    void aDateThatHasPassedIsRefusedNotMalformed() {
        FunctionResult past = salon.call("join_waitlist", LENINA, 844, "28.05.2025");

        assertThat(past.malformed()).isFalse();
        assertThat(message(past)).isEqualTo("the date 28.05.2025 is in the past");
    }

    @Test
    void theHeldStartIsOfferedToItsHolderAloneAndOnlyTheHolderBooksIt() {
        long freed = mondayFullButForALeaversHour();
        long entry = (Long) salon.dictionary("join_waitlist", LENINA, 844, MONDAY, PAVEL).get("waitlist_id");
        assertThat(salon.callAs(LEAVER, "cancel_booking", LENINA, freed).value()).isEqualTo(Map.of("status", true,
                "message", "Booking deleted"));

        assertThat(salon.slotsOf(PAVEL, 844, MONDAY)).containsExactly("10:00");
        assertThat(salon.callAs(OTHER_CLIENT, "get_slots_for_booking", LENINA, 844, MONDAY, PAVEL).value()).isEqualTo(List.of());
        assertThat(salon.callAs(null, "get_slots_for_booking", LENINA, 844, MONDAY, PAVEL).value()).isEqualTo(List.of());
        assertThat(salon.callAs(OTHER_CLIENT, "get_dates_for_booking", LENINA, 845, PAVEL, 5).value()).asList()
                .doesNotContain(MONDAY);
        assertThat(salon.strings("get_dates_for_booking", LENINA, 845, PAVEL, 5)).contains(MONDAY);

        FunctionResult taken = salon.callAs(OTHER_CLIENT, "create_booking", LENINA, 845, MONDAY, "10:00", PAVEL);
        assertThat(taken.malformed()).isFalse();
        assertThat(message(taken)).isEqualTo("the time 02.06.2025 10:00 is held for a client from the waitlist until "
                + "29.05.2025 10:30; choose another time");

        salon.book(844, MONDAY, "10:00", PAVEL);
        assertThat(message(salon.call("leave_waitlist", entry))).as("booking it ended the entry")
                .isEqualTo("you have no waitlist entry " + entry);
    }

    /** Павел's Monday taken hour by hour by another client, but for 10:00, which the leaver booked. */
    private long mondayFullButForALeaversHour() {
        for (int hour = 9; hour < 18; hour++) {
            if (hour != 10) {
                salon.booked(OTHER_CLIENT, LENINA, PAVEL, LocalDate.of(2025, 6, 2), LocalTime.of(hour, 0), 60);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> booked = (Map<String, Object>) salon.callAs(LEAVER, "create_booking", LENINA, 844, MONDAY,
                "10:00", PAVEL).value();
        @SuppressWarnings("unchecked")
        Map<String, Object> booking = (Map<String, Object>) booked.get("booking");
        return (Long) booking.get("id");
    }

    private static void assertMalformed(FunctionResult result, String start) {
        assertThat(result.malformed()).as("malformed: %s", result.value()).isTrue();
        assertThat(message(result)).startsWith(start);
    }
}
