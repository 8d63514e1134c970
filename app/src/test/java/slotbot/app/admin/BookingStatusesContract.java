package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking statuses through HTTP: the client's confirm_booking, the owner's confirm, no-show and cancel with a
 * reason, completed once the end passes (the test clock moves), and the admin list filtered by status. The
 * clock starts at Monday 04.03.2030, 08:00 in Moscow; the visits are Tuesday's, an hour each with Павел.
 */
public abstract class BookingStatusesContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final String PATH = "/api/v1/admin/bookings";
    /** Tuesday 05.03.2030 10:00 in Moscow. */
    private static final Instant TEN = Instant.parse("2030-03-05T07:00:00Z");

    @Test
    void theClientConfirmsTheirOwnBookingWhichKeepsItsTimeAndIsStillListed() {
        long id = book("c1", "10:00");

        Api.Answer confirmed = api.call("confirm_booking", "c1", id);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asBoolean()).isTrue();
        assertThat(confirmed.body().get("message").asString()).isEqualTo("Booking confirmed");
        assertThat(status(id)).isEqualTo("confirmed");
        assertThat(api.call("get_bookings_info", "c1").body()).extracting(b -> b.get("booking_id").asLong()).containsExactly(id);
        JsonNode taken = api.call("create_booking", "c2", BRANCH, 844, "05.03.2030", "10:30", PAVEL).body();
        assertThat(taken.get("status").asBoolean()).as(taken.toString()).isFalse();
        assertThat(api.call("get_slots_for_booking", "c2", BRANCH, 844, "05.03.2030", PAVEL).body())
                .extracting(JsonNode::asString).doesNotContain("10:00", "10:30").contains("11:00");
    }

    @Test
    void confirmBookingIsRefusedForAnotherClientsBookingAndNamesTheStateOtherwise() {
        long id = book("c1", "10:00");
        long cancelled = book("c1", "12:00");
        assertThat(api.call("cancel_booking", "c1", BRANCH, cancelled).body().get("status").asBoolean()).isTrue();

        Api.Answer others = api.call("confirm_booking", "c2", id);
        Api.Answer ofCancelled = api.call("confirm_booking", "c1", cancelled);
        api.call("confirm_booking", "c1", id);
        Api.Answer twice = api.call("confirm_booking", "c1", id);
        Api.Answer noClient = api.call("confirm_booking", null, id);

        assertThat(others.status()).isEqualTo(200);
        assertThat(others.body().get("status").asBoolean()).isFalse();
        assertThat(others.body().get("message").asString()).isEqualTo("you have no booking " + id);
        assertThat(ofCancelled.body().get("message").asString())
                .isEqualTo("booking " + cancelled + " is cancelled; it cannot be confirmed");
        assertThat(twice.body().get("message").asString()).isEqualTo("booking " + id + " is already confirmed");
        assertThat(noClient.status()).isEqualTo(400);
        assertThat(noClient.body().get("message").asString()).startsWith("client_id:");
        assertThat(status(id)).isEqualTo("confirmed");
    }

    @Test
    void theOwnerConfirmsAndMarksANoShowOnceTheVisitHasStarted() {
        long id = book("c1", "10:00");

        Api.Answer confirmed = admin("POST", PATH + "/" + id + "/confirm", null);
        Api.Answer early = admin("POST", PATH + "/" + id + "/no-show", null);
        clock.set(TEN.plus(Duration.ofMinutes(20)));
        Api.Answer noShow = admin("POST", PATH + "/" + id + "/no-show", null);
        Api.Answer again = admin("POST", PATH + "/" + id + "/confirm", null);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("booking").get("status").asString()).isEqualTo("confirmed");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("message").asString())
                .isEqualTo("booking " + id + " has not started yet; it cannot be marked a no-show");
        assertThat(noShow.status()).isEqualTo(200);
        assertThat(noShow.body().get("booking").get("status").asString()).isEqualTo("no_show");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).isEqualTo("booking " + id + " is no_show; it cannot be confirmed");
        assertThat(admin("POST", PATH + "/999999/no-show", null).status()).isEqualTo(404);
        assertThat(admin("POST", PATH + "/x/confirm", null).status()).isEqualTo(400);
    }

    @Test
    void aVisitNotMarkedIsCompletedOnceItsEndHasPassedAndMayStillBeMarkedANoShow() {
        long id = book("c1", "10:00");
        long confirmed = book("c2", "12:00");
        api.call("confirm_booking", "c2", confirmed);

        clock.set(TEN.plus(Duration.ofMinutes(59)));
        assertThat(status(id)).isEqualTo("active");
        clock.set(TEN.plus(Duration.ofHours(1)));
        assertThat(status(id)).isEqualTo("completed");
        assertThat(api.call("get_bookings_info", "c1").body()).isEmpty();
        Api.Answer cancel = admin("POST", PATH + "/" + id + "/cancel", null);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body().get("message").asString()).isEqualTo("booking " + id + " is completed; it cannot be cancelled");

        clock.set(TEN.plus(Duration.ofHours(3)));
        assertThat(status(confirmed)).isEqualTo("completed");
        assertThat(admin("POST", PATH + "/" + id + "/no-show", null).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("no_show");
    }

    @Test
    void theOwnersCancelKeepsWhoAndWhyAndTheClientsSaysClient() {
        long owners = book("c1", "10:00");
        long clients = book("c1", "12:00");
        long silent = book("c1", "14:00");

        Api.Answer cancelled = admin("POST", PATH + "/" + owners + "/cancel", "{\"reason\": \"мастер заболел\"}");
        api.call("cancel_booking", "c1", BRANCH, clients);
        admin("POST", PATH + "/" + silent + "/cancel", "{}");

        assertThat(cancelled.status()).isEqualTo(200);
        JsonNode booking = cancelled.body().get("booking");
        assertThat(booking.get("status").asString()).isEqualTo("cancelled");
        assertThat(booking.get("cancelled_by").asString()).isEqualTo("owner");
        assertThat(booking.get("cancel_reason").asString()).isEqualTo("мастер заболел");
        JsonNode client = admin("GET", PATH + "/" + clients, null).body();
        assertThat(client.get("cancelled_by").asString()).isEqualTo("client");
        assertThat(client.get("cancel_reason").isNull()).isTrue();
        assertThat(admin("GET", PATH + "/" + silent, null).body().get("cancelled_by").asString()).isEqualTo("owner");
    }

    @Test
    void aMalformedReasonIs400NamingIt() {
        long id = book("c1", "10:00");

        Api.Answer number = admin("POST", PATH + "/" + id + "/cancel", "{\"reason\": 5}");
        Api.Answer tooLong = admin("POST", PATH + "/" + id + "/cancel", "{\"reason\": \"" + "a".repeat(501) + "\"}");

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.body().get("message").asString()).startsWith("reason: expected").contains("got 5");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("message").asString()).startsWith("reason: expected");
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void theListFiltersByEachStatusAsItReadsNow() {
        long active = book("c1", "09:00");
        long confirmed = book("c1", "11:00");
        long noShow = book("c1", "13:00");
        long cancelled = book("c1", "15:00");
        long later = book("c1", "17:00");
        api.call("confirm_booking", "c1", confirmed);
        api.call("cancel_booking", "c1", BRANCH, cancelled);
        clock.set(TEN.plus(Duration.ofHours(4))); // 14:00: 09:00 and 11:00 have ended
        admin("POST", PATH + "/" + noShow + "/no-show", null);
        long confirmedLater = later;
        api.call("confirm_booking", "c1", confirmedLater);

        assertThat(ids("?status=completed")).containsExactly(active, confirmed);
        assertThat(ids("?status=no_show")).containsExactly(noShow);
        assertThat(ids("?status=cancelled")).containsExactly(cancelled);
        assertThat(ids("?status=confirmed")).containsExactly(confirmedLater);
        assertThat(ids("?status=active")).isEmpty();
        assertThat(ids("")).hasSize(5);
        Api.Answer unknown = admin("GET", PATH + "?status=done", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("message").asString()).isEqualTo("status: expected one of \"active\", \"confirmed\","
                + " \"completed\", \"no_show\", \"cancelled\", got \"done\"");
    }

    @Test
    void aConfirmedBookingCountsAsUpcomingWhenItsEmployeeIsDeactivated() {
        long id = book("c1", "10:00");
        api.call("confirm_booking", "c1", id);

        Api.Answer refused = admin("DELETE", "/api/v1/admin/employees/" + PAVEL, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asString())
                .isEqualTo("employee " + PAVEL + " has 1 upcoming booking; move or cancel them first");
    }

    private long book(String client, String time) {
        JsonNode answer = api.call("create_booking", client, BRANCH, 844, "05.03.2030", time, PAVEL).body();
        assertThat(answer.get("status").asBoolean()).as(answer.toString()).isTrue();
        return answer.get("booking").get("id").asLong();
    }

    private String status(long id) {
        Api.Answer answer = admin("GET", PATH + "/" + id, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body().get("status").asString();
    }

    private List<Long> ids(String query) {
        Api.Answer answer = admin("GET", PATH + query, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.body().get("bookings").forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }

    private Api.Answer admin(String method, String path, String body) {
        return api.send(method, path, body, "Bearer " + Api.TOKEN, "application/json");
    }
}
