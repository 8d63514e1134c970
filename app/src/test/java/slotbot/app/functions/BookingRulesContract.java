package slotbot.app.functions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.TestClock;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A branch's booking rules and a service's buffers through HTTP, as set by the admin API. The test
 * catalog's Павел works 09:00-18:00 every day but 08.03; the clock starts at Monday 04.03.2030, 08:00 in Moscow.
 */
public abstract class BookingRulesContract extends AppTestBase {

    static final long BRANCH = 14275391;
    static final long PAVEL = 463665;
    private static final String BEARER = "Bearer " + Api.TOKEN;

    @AfterEach
    void defaultRulesAndNoBuffers() {
        rules("{}");
        buffers(844, 0, 0);
        buffers(845, 0, 0);
    }

    @Test
    void datesAndSlotsOfferOnlyStartsBetweenMinNoticeAndMaxAdvance() {
        rules("{\"min_notice\": \"2h\", \"max_advance\": \"3d\"}");

        assertThat(texts(api.call("get_dates_for_booking", "tg-1", BRANCH, List.of(844), PAVEL, 14)))
                .containsExactly("04.03.2030", "05.03.2030", "06.03.2030");
        assertThat(texts(api.call("get_slots_for_booking", "tg-1", BRANCH, List.of(844), "04.03.2030", PAVEL)))
                .startsWith("10:00", "10:30").endsWith("17:00");
        assertThat(texts(api.call("get_slots_for_booking", "tg-1", BRANCH, List.of(844), "06.03.2030", PAVEL)))
                .startsWith("09:00").endsWith("17:00");
        assertThat(texts(api.call("get_slots_for_booking", "tg-1", BRANCH, List.of(844), "07.03.2030", PAVEL))).isEmpty();

        clock.set(TestClock.START.plus(Duration.ofMinutes(2 * 60 + 26)));    // 10:26
        assertThat(texts(api.call("get_slots_for_booking", "tg-1", BRANCH, List.of(844), "04.03.2030", PAVEL)))
                .as("now + 2h is 12:26: 12:30 is the first start of the grid").startsWith("12:30", "13:00");
    }

    @Test
    void aBookingAt1030MadeAt1026WithTwoHoursNoticeIsRefusedNamingMinNotice() {
        rules("{\"min_notice\": \"2h\", \"max_advance\": \"3d\"}");
        clock.set(TestClock.START.plus(Duration.ofMinutes(2 * 60 + 26)));    // 10:26

        Api.Answer soon = api.call("create_booking", "tg-1", BRANCH, List.of(844), "04.03.2030", "10:30", PAVEL);
        Api.Answer far = api.call("create_booking", "tg-1", BRANCH, List.of(844), "07.03.2030", "11:00", PAVEL);
        Api.Answer justInTime = api.call("create_booking", "tg-1", BRANCH, List.of(844), "04.03.2030", "12:26", PAVEL);

        assertThat(soon.status()).isEqualTo(200);
        assertThat(soon.body().get("status").asBoolean()).isFalse();
        assertThat(soon.body().get("message").asString()).contains("min_notice");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.body().get("status").asBoolean()).isFalse();
        assertThat(far.body().get("message").asString()).contains("max_advance");
        assertThat(justInTime.body().get("status").asBoolean()).as(justInTime.text()).isTrue();
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void aMoveOutsideTheWindowIsRefusedNamingTheRule() {
        rules("{\"min_notice\": \"2h\", \"max_advance\": \"3d\"}");
        long id = book("tg-1", 844, "05.03.2030", "10:00");

        Api.Answer soon = api.call("modify_booking_time", "tg-1", id, "04.03.2030", "09:30");
        Api.Answer far = api.call("modify_booking_time", "tg-1", id, "07.03.2030", "10:00");

        assertThat(soon.body().get("message").asString()).contains("min_notice");
        assertThat(far.body().get("message").asString()).contains("max_advance");
        assertThat(api.call("get_bookings_info", "tg-1").body().get(0).get("booking_time").asString()).isEqualTo("10:00");
    }

    @Test
    void buffersKeepTheNextSlotFreeAndDoNotCountInTheDuration() {
        buffers(844, 10, 15);
        Api.Answer made = api.call("create_booking", "tg-1", BRANCH, List.of(844), "05.03.2030", "10:00", PAVEL);
        assertThat(made.body().get("booking").get("service_duration").asInt()).isEqualTo(60);

        List<String> slots = texts(api.call("get_slots_for_booking", "tg-2", BRANCH, List.of(845), "05.03.2030", PAVEL, 15));

        assertThat(slots).as("845 (45 min, no buffers) up to 09:50, the 844's buffer before, and from 11:15")
                .contains("09:00", "11:15").doesNotContain("09:15", "10:00", "11:00");
        assertThat(api.call("create_booking", "tg-2", BRANCH, List.of(845), "05.03.2030", "11:00", PAVEL).body()
                .get("status").asBoolean()).isFalse();
        assertThat(api.call("create_booking", "tg-2", BRANCH, List.of(845), "05.03.2030", "11:15", PAVEL).body()
                .get("status").asBoolean()).isTrue();
    }

    @Test
    void onlyTheFirstServicesBufferBeforeAndTheLastOnesAfterCount() {
        buffers(844, 30, 30);
        buffers(845, 0, 0);

        List<String> slots = texts(api.call("get_slots_for_booking", "tg-1", BRANCH, List.of(845, 844), "05.03.2030", PAVEL));
        long id = book("tg-1", List.of(845L, 844L), "05.03.2030", "09:00");

        assertThat(slots).as("845 first: no buffer before, so 09:00 is offered; 844 last: 30 min after, the visit in 09:00-18:00")
                .startsWith("09:00").endsWith("16:00");
        assertThat(id).isPositive();
        assertThat(texts(api.call("get_slots_for_booking", "tg-2", BRANCH, List.of(845), "05.03.2030", PAVEL, 15)))
                .as("the visit 09:00-10:45 and 844's 30 min after it").startsWith("11:15");
    }

    @Test
    void aClientsCancelOrMoveWithinCancelNoticeIsRefusedTheOwnersIsNot() {
        rules("{\"cancel_notice\": \"3h\"}");
        long first = book("tg-1", 844, "04.03.2030", "12:00");
        long second = book("tg-1", 844, "04.03.2030", "14:00");
        clock.set(TestClock.START.plus(Duration.ofMinutes(90)));    // 09:30, 2.5 h before 12:00

        Api.Answer cancel = api.call("cancel_booking", "tg-1", BRANCH, first);
        Api.Answer move = api.call("modify_booking_time", "tg-1", first, "05.03.2030", "10:00");
        Api.Answer farEnough = api.call("cancel_booking", "tg-1", BRANCH, second);

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body().get("status").asBoolean()).isFalse();
        assertThat(cancel.body().get("message").asString()).contains("cancel_notice");
        assertThat(move.body().get("message").asString()).contains("cancel_notice");
        assertThat(farEnough.body().get("status").asBoolean()).as("4.5 h before 14:00").isTrue();

        Api.Answer owner = api.send("POST", "/api/v1/admin/bookings/" + first + "/cancel", null, BEARER, null);
        assertThat(owner.status()).as(owner.text()).isEqualTo(200);
        assertThat(activeBookings()).isZero();
    }

    @Test
    void theAdminApiShowsAndKeepsTheRulesAndBuffers() {
        rules("{\"min_notice\": \"90m\", \"max_advance\": \"60d\", \"cancel_notice\": \"1d\"}");
        buffers(844, 5, 15);

        JsonNode branch = api.send("GET", "/api/v1/admin/companies/" + BRANCH, null, BEARER, null).body();
        JsonNode service = api.send("GET", "/api/v1/admin/services/844", null, BEARER, null).body();
        Api.Answer bad = api.send("PUT", "/api/v1/admin/companies/" + BRANCH,
                "{\"booking_rules\": {\"min_notice\": \"soon\"}}", BEARER, "application/json");

        assertThat(branch.get("booking_rules").toString())
                .isEqualTo("{\"min_notice\":\"90m\",\"max_advance\":\"60d\",\"cancel_notice\":\"1d\"}");
        assertThat(service.get("buffer_before").asInt()).isEqualTo(5);
        assertThat(service.get("buffer_after").asInt()).isEqualTo(15);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asString()).isEqualTo(
                "booking_rules.min_notice: expected a duration such as 90m, 2h or 7d (minutes, hours or days, at most 3660d), got \"soon\"");
        assertThat(api.send("GET", "/api/v1/admin/catalog", null, BEARER, null).text())
                .contains("min_notice: \"90m\"", "cancel_notice: \"1d\"", "buffer_after: 15");
    }

    private void rules(String json) {
        Api.Answer answer = api.send("PUT", "/api/v1/admin/companies/" + BRANCH, "{\"booking_rules\": " + json + "}",
                BEARER, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private void buffers(long service, int before, int after) {
        Api.Answer answer = api.send("PUT", "/api/v1/admin/services/" + service,
                "{\"buffer_before\": " + before + ", \"buffer_after\": " + after + "}", BEARER, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private long book(String client, long service, String date, String time) {
        return book(client, List.of(service), date, time);
    }

    private long book(String client, List<Long> services, String date, String time) {
        Api.Answer made = api.call("create_booking", client, BRANCH, services, date, time, PAVEL);
        assertThat(made.body().get("status").asBoolean()).as(made.text()).isTrue();
        return made.body().get("booking").get("id").asLong();
    }

    private static List<String> texts(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false).map(JsonNode::asString).toList();
    }

    long activeBookings() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE status = 'active'").query(Long.class).single();
    }
}
