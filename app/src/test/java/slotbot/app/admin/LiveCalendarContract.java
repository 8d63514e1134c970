package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin page's live calendar: the server's clock, and a stream of a branch's dates that hears of every booking
 * made, moved, cancelled or marked in them, by anyone, and of nothing else. The streams are run by hand
 * ({@code runDueNow}) where a test needs to know that nothing was said. The clock stands at Monday 04.03.2030 08:00 Moscow.
 */
public abstract class LiveCalendarContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final String DAY = "company_id=" + BRANCH + "&from=2030-03-05&to=2030-03-05";

    @Autowired
    private CalendarStreams streams;

    @Test
    void theClockIsTheServersNotTheCallers() {
        Api.Answer clock = api.send("GET", "/api/v1/admin/clock", null, "Bearer " + Api.TOKEN, null);
        assertThat(clock.status()).isEqualTo(200);
        assertThat(clock.body().get("now").asString()).isEqualTo("2030-03-04T05:00:00Z");
        assertThat(api.send("GET", "/api/v1/admin/clock", null, null, null).status()).isEqualTo(401);
    }

    @Test
    void theStreamNeedsTheTokenAndABranchAndItsDates() {
        int open = streams.open();
        assertThat(api.send("GET", "/api/v1/admin/calendar/stream?" + DAY, null, null, null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/admin/calendar/stream?" + DAY, null, "Bearer wrong", null).status()).isEqualTo(401);
        assertRefused("company_id=" + BRANCH + "&from=2030-03-05", 400, "to: expected the last date shown as yyyy-MM-dd");
        assertRefused("company_id=" + BRANCH + "&to=2030-03-05", 400, "from: expected the first date shown as yyyy-MM-dd");
        assertRefused("from=2030-03-05&to=2030-03-05", 400, "company_id: expected the branch whose bookings to follow");
        assertRefused("company_id=" + BRANCH + "&from=2030-03-05&to=2030-05-06", 400, "to: expected at most 62 days");
        assertRefused("company_id=" + BRANCH + "&from=05.03.2030&to=2030-03-05", 400, "from: expected a date as yyyy-MM-dd");
        assertRefused("company_id=999&from=2030-03-05&to=2030-03-05", 404, "no company 999");
        assertThat(streams.open()).as("none of these opened a stream").isEqualTo(open);
    }

    @Test
    void aBookingMadeMovedAndCancelledAnywhereIsToldToTheStreamOfItsDay() throws Exception {
        try (CalendarStream stream = CalendarStream.open(port, DAY, Api.TOKEN)) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.contentType).startsWith("text/event-stream");
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.data("ready").isEmpty());
            JsonNode ready = json(stream.data("ready").get(0));
            assertThat(ready.get("now").asString()).isEqualTo("2030-03-04T05:00:00Z");
            assertThat(ready.get("from").asString()).isEqualTo("2030-03-05");

            // A client books on the watched day through the function API; another on a day the stream does not show.
            long booked = bookingId(api.call("create_booking", "tg-1", BRANCH, 844, "05.03.2030", "10:00", PAVEL).body());
            long elsewhere = bookingId(api.call("create_booking", "tg-2", BRANCH, 844, "06.03.2030", "10:00", PAVEL).body());
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 1);
            assertThat(changed(stream, 0)).containsExactly(booked);

            streams.runDueNow();
            assertThat(stream.data("changed")).as("nothing more changed on the day").hasSize(1);

            // Moved away by the owner: it leaves the day; cancelled by its client on the other day: not this day's news.
            assertThat(api.send("POST", "/api/v1/admin/bookings/" + booked + "/move", "{\"date\": \"07.03.2030\", \"time\": \"12:00\"}",
                    "Bearer " + Api.TOKEN, "application/json").status()).isEqualTo(200);
            assertThat(api.call("cancel_booking", "tg-2", BRANCH, elsewhere).body().get("status").asBoolean()).isTrue();
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 2);
            assertThat(changed(stream, 1)).containsExactly(booked);

            // Moved into the day by its client, then confirmed and cancelled by the owner: each is news.
            assertThat(api.call("modify_booking_time", "tg-1", booked, "05.03.2030", "15:00").body().get("status").asBoolean()).isTrue();
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 3);
            assertThat(api.send("POST", "/api/v1/admin/bookings/" + booked + "/confirm", null, "Bearer " + Api.TOKEN, null).status())
                    .isEqualTo(200);
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 4);
            assertThat(api.send("POST", "/api/v1/admin/bookings/" + booked + "/cancel", null, "Bearer " + Api.TOKEN, null).status())
                    .isEqualTo(200);
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 5);
            assertThat(List.of(changed(stream, 2), changed(stream, 3), changed(stream, 4)))
                    .allSatisfy(ids -> assertThat(ids).containsExactly(booked));

            // Written by another instance (here: straight into the table): seen as well, without any event of this one.
            jdbc.sql("UPDATE booking SET version = version + 1 WHERE id = ?").param(booked).update();
            streams.runDueNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.data("changed").size() == 6);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            streams.heartbeat();
            return streams.open() == 0;
        });
    }

    @Test
    void theSchedulerTellsTheStreamWithoutBeingAsked() throws Exception {
        try (CalendarStream stream = CalendarStream.open(port, DAY, Api.TOKEN)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.data("ready").isEmpty());
            long booked = bookingId(api.call("create_booking", "tg-1", BRANCH, 844, "05.03.2030", "11:00", PAVEL).body());
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.data("changed").isEmpty());
            assertThat(changed(stream, 0)).containsExactly(booked);
        }
    }

    private void assertRefused(String query, int status, String message) {
        Api.Answer answer = api.send("GET", "/api/v1/admin/calendar/stream?" + query, null, "Bearer " + Api.TOKEN, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().get("message").asString()).contains(message);
    }

    private static List<Long> changed(CalendarStream stream, int index) {
        List<Long> ids = new java.util.ArrayList<>();
        json(stream.data("changed").get(index)).get("bookings").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static long bookingId(JsonNode created) {
        assertThat(created.get("status").asBoolean()).as(String.valueOf(created)).isTrue();
        return created.get("booking").get("id").asLong();
    }
}
