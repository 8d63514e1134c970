package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.booking.calendar.BookingEvent;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functions 5 to 10 through HTTP, on the test catalog: Павел works 09:00-18:00 every day (a day off
 * on 08.03.2030, 12:00-20:00 on 09.03.2030), Виктория 10:00-14:00 and 15:00-19:00 on weekdays.
 * The clock stands at Monday 04.03.2030, 08:00 in Moscow.
 */
public abstract class BookingFlowContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final long VIKTORIA = 512978;

    @Test
    void seedExampleABookingAt16LeavesSlotsFrom09To14ForAHaircutAndBeard() {
        Api.Answer other = api.call("create_booking", "someone-else", BRANCH, 844, "05.03.2030", "16:00", PAVEL);
        assertThat(other.body().get("status").asBoolean()).isTrue();

        JsonNode slots = api.call("get_slots_for_booking", "c1", BRANCH, List.of(844, 845), "05.03.2030", PAVEL).body();

        assertThat(strings(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00",
                "12:30", "13:00", "13:30", "14:00");
    }

    @Test
    void slotsOfAnyEmployeeAreTheUnionOfTheirSlots() {
        List<String> pavel = strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "05.03.2030", PAVEL).body());
        List<String> viktoria = strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "05.03.2030", VIKTORIA).body());
        List<String> any = strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "05.03.2030").body());

        assertThat(viktoria).contains("13:00", "15:00", "18:00").doesNotContain("13:30", "14:00", "18:30");
        assertThat(pavel).contains("09:00", "17:00").doesNotContain("17:30");
        List<String> union = new ArrayList<>(pavel);
        viktoria.stream().filter(t -> !union.contains(t)).forEach(union::add);
        assertThat(any).containsExactlyInAnyOrderElementsOf(union).isSorted();
    }

    @Test
    void slotsHonourTheSlotIntervalAndNeverOfferThePast() {
        clock.advance(Duration.ofMinutes(135)); // 10:15 in Moscow

        List<String> today = strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "04.03.2030", PAVEL, 15).body());
        List<String> yesterday = strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "03.03.2030", PAVEL).body());

        assertThat(today).startsWith("10:15", "10:30", "10:45").endsWith("17:00");
        assertThat(yesterday).isEmpty();
    }

    @Test
    void datesSkipDaysOffAndRespectTheLimits() {
        List<String> pavel = strings(api.call("get_dates_for_booking", "c1", BRANCH, 845, PAVEL).body());
        List<String> twoDays = strings(api.call("get_dates_for_booking", "c1", BRANCH, "845", "", 2).body());
        List<String> firstThree = strings(api.call("get_dates_for_booking", "c1", BRANCH, 845, "", 30, 3).body());
        List<String> viktoria = strings(api.call("get_dates_for_booking", "c1", BRANCH, 846).body());

        assertThat(pavel).hasSize(13).startsWith("04.03.2030", "05.03.2030").doesNotContain("08.03.2030").contains("09.03.2030");
        assertThat(twoDays).containsExactly("04.03.2030", "05.03.2030");
        assertThat(firstThree).containsExactly("04.03.2030", "05.03.2030", "06.03.2030");
        assertThat(viktoria).hasSize(10).doesNotContain("09.03.2030", "10.03.2030");
    }

    @Test
    void aDateWhoseEveryTimeIsTakenIsNotOffered() {
        for (String time : List.of("12:00", "14:00", "16:00", "18:00")) {
            assertThat(api.call("create_booking", "c1", BRANCH, List.of(844, 845), "09.03.2030", time, PAVEL)
                    .body().get("status").asBoolean()).isTrue();
        }
        List<String> dates = strings(api.call("get_dates_for_booking", "c1", BRANCH, 845, PAVEL).body());

        assertThat(dates).doesNotContain("09.03.2030").contains("07.03.2030", "10.03.2030");
    }

    @Test
    void createsABookingWithTheSeedsFieldsAndTheCallback() {
        Api.Answer answer = api.call("create_booking", "c1", BRANCH, "[844, 845]", "05.03.2030", "10:00", PAVEL);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asBoolean()).isTrue();
        JsonNode booking = answer.body().get("booking");
        assertThat(booking.get("booking_date").asString()).isEqualTo("05.03.2030");
        assertThat(booking.get("booking_time").asString()).isEqualTo("10:00");
        assertThat(strings(booking.get("services"))).containsExactly("Мужская стрижка", "Моделирование бороды");
        assertThat(booking.get("service_duration").asInt()).isEqualTo(105);
        assertThat(booking.get("total_cost").decimalValue()).isEqualByComparingTo("2400");
        assertThat(booking.get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(booking.get("job_title").asString()).isEqualTo("Старший барбер");
        assertThat(booking.get("company_name").asString()).isEqualTo("Барбершоп «Борода»");
        assertThat(booking.get("company_address").asString()).isEqualTo("ул. Ленина, 1");
        long id = booking.get("id").asLong();
        assertThat(events.all()).singleElement().isInstanceOf(BookingEvent.BookingCreated.class)
                .extracting(BookingEvent::callbackText)
                .isEqualTo("new_order_in_calendar: [" + id + "] Добавлена запись с 2030-03-05 10:00 до 2030-03-05 11:45"
                        + " на 105 минут. Объекту: Павел Тихонов");
    }

    @Test
    void withoutAnEmployeeBooksOneWhoProvidesEverythingAndIsFree() {
        JsonNode first = api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "11:00").body();
        JsonNode second = api.call("create_booking", "c2", BRANCH, 844, "05.03.2030", "11:00").body();
        JsonNode third = api.call("create_booking", "c3", BRANCH, 844, "05.03.2030", "11:00").body();

        assertThat(List.of(first.get("booking").get("employee_name").asString(), second.get("booking").get("employee_name").asString()))
                .containsExactlyInAnyOrder("Павел Тихонов", "Виктория");
        assertThat(third.get("status").asBoolean()).isFalse();
        assertThat(third.get("message").asString()).contains("taken");
    }

    @Test
    void refusesTakenPastOutOfHoursAndClosedBranchWith200() {
        api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "10:00", PAVEL);
        List<Api.Answer> refusals = List.of(
                api.call("create_booking", "c2", BRANCH, 845, "05.03.2030", "10:30", PAVEL),
                api.call("create_booking", "c2", BRANCH, 844, "04.03.2030", "07:00", PAVEL),
                api.call("create_booking", "c2", BRANCH, 844, "05.03.2030", "17:30", PAVEL),
                api.call("create_booking", "c2", BRANCH, 846, "05.03.2030", "12:00", PAVEL),
                api.call("create_booking", "c2", 2002, 900, "11.03.2030", "10:00"));

        assertThat(refusals).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("status").asBoolean()).isFalse();
            assertThat(answer.body().get("message").asString()).isNotBlank();
        });
        assertThat(refusals.get(1).body().get("message").asString()).contains("past");
        assertThat(bookingsInDatabase()).isEqualTo(1);
    }

    @Test
    void aClientsUpcomingBookingsSoonestFirstAndTheIntegratorNamesAnyClient() {
        long later = bookingId(api.call("create_booking", "c1", BRANCH, 844, "06.03.2030", "10:00", PAVEL));
        long sooner = bookingId(api.call("create_booking", "c1", BRANCH, List.of(844, 845), "05.03.2030", "10:00", PAVEL));
        api.call("create_booking", "c2", BRANCH, 844, "07.03.2030", "10:00", PAVEL);

        JsonNode mine = api.call("get_bookings_info", "c1").body();
        Api.Answer theirs = api.call("get_bookings_info", "c1", "c2");

        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).get("booking_id").asLong()).isEqualTo(sooner);
        assertThat(mine.get(1).get("booking_id").asLong()).isEqualTo(later);
        JsonNode first = mine.get(0);
        assertThat(strings(first.get("service_names"))).containsExactly("Мужская стрижка", "Моделирование бороды");
        assertThat(first.get("service_ids").get(1).asLong()).isEqualTo(845);
        assertThat(first.get("booking_duration").asInt()).isEqualTo(105);
        assertThat(first.get("total_cost").decimalValue()).isEqualByComparingTo("2400");
        assertThat(first.get("employee_id").asLong()).isEqualTo(PAVEL);
        assertThat(first.get("company_id").asLong()).isEqualTo(BRANCH);
        // The function API is the integrator's (it holds the token): it may name any client, as in the seed (§8).
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).hasSize(1);
        assertThat(theirs.body().get(0).get("client_id").asString()).isEqualTo("c2");
        assertThat(theirs.body().get(0).get("booking_date").asString()).isEqualTo("07.03.2030");

        JsonNode nearest = api.call("get_active_order_booking_info", "c1").body();
        assertThat(nearest.get("booking_id").asLong()).isEqualTo(sooner);
        assertThat(api.call("get_active_order_booking_info", "nobody").body().isEmpty()).isTrue();
    }

    @Test
    void movesABookingOverItsOwnSpanAndFreesTheOldOne() {
        long id = bookingId(api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "16:00", PAVEL));

        Api.Answer moved = api.call("modify_booking_time", "c1", id, "05.03.2030", "16:30");

        assertThat(moved.body().get("status").asBoolean()).isTrue();
        assertThat(moved.body().get("message").asString()).isEqualTo("Booking time modified");
        assertThat(api.call("get_bookings_info", "c1").body().get(0).get("booking_time").asString()).isEqualTo("16:30");
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "05.03.2030", PAVEL).body()))
                .contains("15:30").doesNotContain("16:00", "16:30", "17:00");
        assertThat(events.all()).last().isInstanceOf(BookingEvent.BookingMoved.class)
                .extracting(BookingEvent::callbackText).asString().contains("[" + id + "]").contains("2030-03-05 16:30");
    }

    @Test
    void refusesToMoveAnotherClientsBookingOrOntoATakenTime() {
        long mine = bookingId(api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "10:00", PAVEL));
        api.call("create_booking", "c2", BRANCH, 844, "05.03.2030", "12:00", PAVEL);

        Api.Answer stranger = api.call("modify_booking_time", "c2", mine, "05.03.2030", "14:00");
        Api.Answer taken = api.call("modify_booking_time", "c1", mine, "05.03.2030", "11:30");
        Api.Answer malformed = api.call("modify_booking_time", "c1", mine, "05.03.2030", "25:00");

        assertThat(stranger.status()).isEqualTo(200);
        assertThat(stranger.body().get("status").asBoolean()).isFalse();
        assertThat(taken.body().get("status").asBoolean()).isFalse();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("message").asString()).contains("new_time").contains("\"25:00\"");
        assertThat(api.call("get_bookings_info", "c1").body().get(0).get("booking_time").asString()).isEqualTo("10:00");
    }

    @Test
    void cancelsOwnBookingKeepingItAsCancelledAndFreeingTheSlot() {
        long id = bookingId(api.call("create_booking", "c1", BRANCH, 844, "05.03.2030", "09:00", PAVEL));

        Api.Answer wrongBranch = api.call("cancel_booking", "c1", 2002, id);
        Api.Answer stranger = api.call("cancel_booking", "c2", BRANCH, id);
        Api.Answer cancelled = api.call("cancel_booking", "c1", BRANCH, id);
        Api.Answer again = api.call("cancel_booking", "c1", BRANCH, id);

        assertThat(wrongBranch.body().get("status").asBoolean()).isFalse();
        assertThat(stranger.body().get("status").asBoolean()).isFalse();
        assertThat(cancelled.body().get("status").asBoolean()).isTrue();
        assertThat(cancelled.body().get("message").asString()).isEqualTo("Booking deleted");
        assertThat(again.body().get("status").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM booking WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("cancelled");
        assertThat(strings(api.call("get_slots_for_booking", "c1", BRANCH, 844, "05.03.2030", PAVEL).body())).contains("09:00");
        assertThat(api.call("get_bookings_info", "c1").body()).isEmpty();
        assertThat(events.all()).last().isInstanceOf(BookingEvent.BookingCancelled.class);
    }

    @Test
    void actionsNeedTheCallingClient() {
        Api.Answer answer = api.call("create_booking", null, BRANCH, 844, "05.03.2030", "09:00", PAVEL);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("message").asString()).contains("client_id");
    }

    @Test
    void booksByServiceName() {
        Api.Answer answer = api.call("create_booking_by_name", "c1", "моделирование БОРОДЫ", "05.03.2030", "09:00");
        Api.Answer ambiguous = api.call("create_booking_by_name", "c1", "Мужская стрижка", "05.03.2030", "09:00");

        assertThat(answer.body().get("booking").get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.body().get("message").asString()).contains("14275391").contains("2002");
    }

    private int bookingsInDatabase() {
        return jdbc.sql("SELECT COUNT(*) FROM booking").query(Integer.class).single();
    }

    private static long bookingId(Api.Answer answer) {
        assertThat(answer.body().get("status").asBoolean()).as(answer.text()).isTrue();
        return answer.body().get("booking").get("id").asLong();
    }

    static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.asString()));
        return values;
    }
}
