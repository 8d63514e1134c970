package slotbot.app.admin;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.booking.calendar.BookingEvent;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin booking API on the test catalog: Павел works 09:00-18:00 every day, Виктория 10:00-14:00
 * and 15:00-19:00 on weekdays; the clock stands at Monday 04.03.2030, 08:00 in Moscow.
 */
public abstract class AdminBookingsContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final long VIKTORIA = 512978;
    private static final String PATH = "/api/v1/admin/bookings";

    @Test
    void needsTheToken() {
        assertThat(api.send("GET", PATH, null, null, null).status()).isEqualTo(401);
        assertThat(api.send("POST", PATH, booking("phone-1", "[844]", "05.03.2030", "10:00", PAVEL), "Bearer wrong",
                "application/json").status()).isEqualTo(401);
        assertThat(bookingsInDatabase()).isZero();
    }

    @Test
    void booksOnBehalfOfAClientWhoThenSeesItAndTheSameSlotIsRefusedWith409() {
        Api.Answer booked = admin("POST", PATH, booking("phone-79001234567", "[844, 845]", "05.03.2030", "10:00", PAVEL));

        assertThat(booked.status()).isEqualTo(201);
        JsonNode b = booked.body().get("booking");
        long id = b.get("id").asLong();
        assertThat(b.get("company_id").asLong()).isEqualTo(BRANCH);
        assertThat(b.get("employee_id").asLong()).isEqualTo(PAVEL);
        assertThat(b.get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(b.get("client_id").asString()).isEqualTo("phone-79001234567");
        assertThat(b.get("date").asString()).isEqualTo("05.03.2030");
        assertThat(b.get("time").asString()).isEqualTo("10:00");
        assertThat(b.get("end_time").asString()).isEqualTo("11:45");
        assertThat(b.get("services")).hasSize(2);
        assertThat(b.get("services").get(1).get("id").asLong()).isEqualTo(845);
        assertThat(b.get("services").get(1).get("title").asString()).isEqualTo("Моделирование бороды");
        assertThat(b.get("services").get(1).get("duration").asInt()).isEqualTo(45);
        assertThat(b.get("total_cost").decimalValue()).isEqualByComparingTo("2400");
        assertThat(b.get("duration").asInt()).isEqualTo(105);
        assertThat(b.get("status").asString()).isEqualTo("active");
        assertThat(b.get("created_at").asString()).isEqualTo("2030-03-04T08:00:00+03:00");
        assertThat(events.all()).singleElement().isInstanceOf(BookingEvent.BookingCreated.class);

        JsonNode seen = api.call("get_bookings_info", "phone-79001234567").body();
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("booking_id").asLong()).isEqualTo(id);
        assertThat(seen.get(0).get("booking_time").asString()).isEqualTo("10:00");

        Api.Answer again = admin("POST", PATH, booking("phone-2", "844", "05.03.2030", "10:30", PAVEL));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("status").asBoolean()).isFalse();
        assertThat(again.body().get("message").asString()).contains("taken");
        assertThat(admin("GET", PATH + "/" + id, null).body().get("client_id").asString()).isEqualTo("phone-79001234567");
        assertThat(bookingsInDatabase()).isEqualTo(1);
    }

    @Test
    void aCallerIsBookedByTheirPhoneWithTheirNameOrAsTheClientNamed() {
        Api.Answer caller = admin("POST", PATH, "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.03.2030\","
                + " \"time\": \"10:00\", \"client\": {\"name\": \"Анна Смирнова\", \"phone\": \"8 (900) 555-44-33\"}}");
        assertThat(caller.status()).as(caller.text()).isEqualTo(201);
        JsonNode anna = caller.body().get("booking");
        assertThat(anna.get("client_id").asString()).isEqualTo("phone-79005554433");
        assertThat(anna.get("client_name").asString()).isEqualTo("Анна Смирнова");
        assertThat(anna.get("client_phone").asString()).isEqualTo("+79005554433");

        Api.Answer known = admin("POST", PATH, "{\"company_id\": 14275391, \"service_ids\": [846], \"date\": \"05.03.2030\","
                + " \"time\": \"11:00\", \"client_id\": \"tg-5\", \"client\": {\"phone\": \"+7 900 777-66-55\"}}");
        assertThat(known.status()).as(known.text()).isEqualTo(201);
        assertThat(known.body().get("booking").get("client_id").asString()).isEqualTo("tg-5");
        assertThat(known.body().get("booking").get("client_phone").asString()).isEqualTo("+79007776655");

        // A phone that does not read refuses the whole call: nothing is booked, no client is made.
        Api.Answer unread = admin("POST", PATH, "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.03.2030\","
                + " \"time\": \"15:00\", \"client\": {\"name\": \"Пётр\", \"phone\": \"12-34\"}}");
        assertThat(unread.status()).isEqualTo(400);
        assertThat(unread.body().get("message").asString()).startsWith("client.phone: expected a phone number").contains("\"12-34\"");
        // A name alone names nobody to book.
        Api.Answer nameOnly = admin("POST", PATH, "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.03.2030\","
                + " \"time\": \"15:00\", \"client\": {\"name\": \"Пётр\"}}");
        assertThat(nameOnly.status()).isEqualTo(400);
        assertThat(nameOnly.body().get("message").asString()).startsWith("client_id: expected").contains("client.phone");
        assertThat(bookingsInDatabase()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE name = 'Пётр'").query(Integer.class).single()).isZero();
    }

    @Test
    void aMalformedBookingIs400NamingTheField() {
        Api.Answer date = admin("POST", PATH, booking("phone-1", "[844]", "2030-03-05", "10:00", PAVEL));
        Api.Answer time = admin("POST", PATH, booking("phone-1", "[844]", "05.03.2030", "25:00", PAVEL));
        Api.Answer noClient = admin("POST", PATH, "{\"company_id\": 14275391, \"service_ids\": [844],"
                + " \"date\": \"05.03.2030\", \"time\": \"10:00\"}");
        Api.Answer notJson = admin("POST", PATH, "company_id=14275391");

        assertThat(date.status()).isEqualTo(400);
        assertThat(date.body().get("message").asString()).startsWith("date: expected").contains("\"2030-03-05\"");
        assertThat(time.status()).isEqualTo(400);
        assertThat(time.body().get("message").asString()).startsWith("time: expected").contains("\"25:00\"");
        assertThat(noClient.status()).isEqualTo(400);
        assertThat(noClient.body().get("message").asString()).startsWith("client_id: expected");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("message").asString()).startsWith("body: expected a JSON object");
        assertThat(bookingsInDatabase()).isZero();
    }

    @Test
    void listsSoonestFirstAndFiltersByBranchEmployeeClientDatesAndStatus() {
        long late = book("phone-1", "844", "07.03.2030", "10:00", PAVEL);
        long early = book("phone-1", "844", "05.03.2030", "10:00", PAVEL);
        long viktoria = book("phone-2", "846", "05.03.2030", "11:00", VIKTORIA);
        long cancelled = book("phone-3", "844", "06.03.2030", "15:00", PAVEL);
        assertThat(admin("POST", PATH + "/" + cancelled + "/cancel", null).status()).isEqualTo(200);

        assertThat(ids(list(""))).containsExactly(early, viktoria, cancelled, late);
        assertThat(list("").get("truncated").asBoolean()).isFalse();
        assertThat(ids(list("?company_id=" + BRANCH))).containsExactly(early, viktoria, cancelled, late);
        assertThat(ids(list("?company_id=2002"))).isEmpty();
        assertThat(ids(list("?employee_id=" + PAVEL))).containsExactly(early, cancelled, late);
        assertThat(ids(list("?client_id=phone-1"))).containsExactly(early, late);
        assertThat(ids(list("?from=2030-03-06"))).containsExactly(cancelled, late);
        assertThat(ids(list("?from=2030-03-05&to=2030-03-06"))).containsExactly(early, viktoria, cancelled);
        assertThat(ids(list("?to=2030-03-05"))).containsExactly(early, viktoria);
        assertThat(ids(list("?status=cancelled"))).containsExactly(cancelled);
        assertThat(ids(list("?status=active&employee_id=" + PAVEL + "&client_id=phone-1&from=2030-03-06")))
                .containsExactly(late);
        assertThat(ids(list("?employee_id=&status="))).hasSize(4);
        JsonNode viktoriasBooking = list("?employee_id=" + VIKTORIA).get("bookings").get(0);
        assertThat(viktoriasBooking.get("employee_name").asString()).isEqualTo("Виктория");
        assertThat(viktoriasBooking.get("total_cost").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(viktoriasBooking.get("end_time").asString()).isEqualTo("11:30");
    }

    @Test
    void aMalformedFilterIs400NamingIt() {
        Api.Answer from = admin("GET", PATH + "?from=05.03.2030", null);
        Api.Answer employee = admin("GET", PATH + "?employee_id=abc", null);
        Api.Answer status = admin("GET", PATH + "?status=done", null);
        Api.Answer backwards = admin("GET", PATH + "?from=2030-03-06&to=2030-03-05", null);

        assertThat(List.of(from, employee, status, backwards)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.body().get("status").asBoolean()).isFalse();
        });
        assertThat(from.body().get("message").asString()).startsWith("from: expected").contains("\"05.03.2030\"");
        assertThat(employee.body().get("message").asString()).startsWith("employee_id: expected").contains("\"abc\"");
        assertThat(status.body().get("message").asString()).startsWith("status: expected").contains("\"done\"");
        assertThat(backwards.body().get("message").asString()).startsWith("to: expected");
    }

    @Test
    void movesUnderTheFunctionsRules() {
        long id = book("phone-1", "844", "05.03.2030", "10:00", PAVEL);
        book("phone-2", "844", "05.03.2030", "12:00", PAVEL);

        Api.Answer moved = admin("POST", PATH + "/" + id + "/move", "{\"date\": \"05.03.2030\", \"time\": \"14:00\"}");
        Api.Answer taken = admin("POST", PATH + "/" + id + "/move", "{\"date\": \"05.03.2030\", \"time\": \"11:30\"}");
        Api.Answer past = admin("POST", PATH + "/" + id + "/move", "{\"date\": \"04.03.2030\", \"time\": \"07:00\"}");
        Api.Answer malformed = admin("POST", PATH + "/" + id + "/move", "{\"date\": \"05.03.2030\", \"time\": \"9\"}");
        Api.Answer unknown = admin("POST", PATH + "/999999/move", "{\"date\": \"05.03.2030\", \"time\": \"15:00\"}");
        Api.Answer badId = admin("POST", PATH + "/abc/move", "{\"date\": \"05.03.2030\", \"time\": \"15:00\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("booking").get("time").asString()).isEqualTo("14:00");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("message").asString()).contains("Павел Тихонов");
        assertThat(past.status()).isEqualTo(409);
        assertThat(past.body().get("message").asString()).contains("past");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("message").asString()).startsWith("time: expected");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().get("message").asString()).startsWith("id: expected");
        assertThat(api.call("get_bookings_info", "phone-1").body().get(0).get("booking_time").asString()).isEqualTo("14:00");
        assertThat(events.all()).last().isInstanceOf(BookingEvent.BookingMoved.class)
                .extracting(BookingEvent::callbackText).asString().contains("[" + id + "]").contains("2030-03-05 14:00");
    }

    @Test
    void cancelsOnceKeepingTheBookingAndFreeingTheSlot() {
        long id = book("phone-1", "844", "05.03.2030", "10:00", PAVEL);

        Api.Answer cancelled = admin("POST", PATH + "/" + id + "/cancel", null);
        Api.Answer again = admin("POST", PATH + "/" + id + "/cancel", null);
        Api.Answer unknown = admin("POST", PATH + "/999999/cancel", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("booking").get("status").asString()).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).contains("already cancelled");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(events.all()).last().isInstanceOf(BookingEvent.BookingCancelled.class);
        assertThat(api.call("get_bookings_info", "phone-1").body()).isEmpty();
        assertThat(admin("POST", PATH, booking("phone-2", "844", "05.03.2030", "10:00", PAVEL)).status()).isEqualTo(201);
    }

    @Test
    void theOwnerBooksAWalkInInsideMinNoticeAndMovesABookingByAQuarterOverItsOwnTimeTheFunctionsKeepTheRules() {
        JsonNode rules = admin("GET", "/api/v1/admin/companies/" + BRANCH, null).body().get("booking_rules");
        assertThat(rules).as("the branch's rules, put back afterwards: the app and its catalog are shared by the tests").isNotNull();
        try {
            ownerAtTheDeskWithMinNoticeOfThreeHours();
        } finally {
            assertThat(admin("PUT", "/api/v1/admin/companies/" + BRANCH, "{\"booking_rules\": " + rules + "}").status())
                    .isEqualTo(200);
        }
    }

    private void ownerAtTheDeskWithMinNoticeOfThreeHours() {
        assertThat(admin("PUT", "/api/v1/admin/companies/" + BRANCH, "{\"booking_rules\": {\"min_notice\": \"3h\"}}").status())
                .isEqualTo(200);
        assertThat(api.call("get_slots_for_booking", null, BRANCH, List.of(844), "04.03.2030", PAVEL).body().get(0).asString())
                .as("a client is offered 11:00 at the soonest").isEqualTo("11:00");
        JsonNode offered = admin("GET", "/api/v1/admin/free-times?company_id=" + BRANCH + "&service_ids=844&employee_id=" + PAVEL
                + "&date=04.03.2030", null).body();
        assertThat(offered.get("times").get(0).asString()).as("the desk, from the start of the day").isEqualTo("09:00");
        assertThat(admin("GET", "/api/v1/admin/free-times/dates?company_id=" + BRANCH + "&service_ids=844,845&days=3", null)
                .body().get("dates").get(0).asString()).isEqualTo("04.03.2030");

        long walkIn = book("phone-1", "844", "04.03.2030", "09:00", PAVEL);
        JsonNode around = admin("GET", "/api/v1/admin/free-times?booking_id=" + walkIn + "&date=04.03.2030", null).body();
        assertThat(around.get("times").toString()).as("its own 09:00-10:00 is free to it").contains("\"09:15\"", "\"09:00\"");
        Api.Answer moved = admin("POST", PATH + "/" + walkIn + "/move", "{\"date\": \"04.03.2030\", \"time\": \"09:15\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.body().get("booking").get("time").asString()).isEqualTo("09:15");

        Api.Answer over = admin("POST", PATH, booking("phone-2", "844", "04.03.2030", "09:45", PAVEL));
        assertThat(over.status()).as("never a double booking").isEqualTo(409);
        assertThat(over.body().get("code").asString()).isEqualTo("slot_taken");
        assertThat(api.call("create_booking", "tg-7", BRANCH, List.of(844), "04.03.2030", "10:30", PAVEL).body()
                .get("message").asString()).as("the function API keeps min_notice").contains("min_notice");
        Api.Answer badQuery = admin("GET", "/api/v1/admin/free-times?company_id=" + BRANCH + "&service_ids=844&date=31.02.2030", null);
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.body().get("message").asString()).startsWith("date: expected");
    }

    private Api.Answer admin(String method, String path, String body) {
        return api.send(method, path, body, "Bearer " + Api.TOKEN, "application/json");
    }

    private static String booking(String client, String services, String date, String time, long employee) {
        return "{\"company_id\": " + BRANCH + ", \"service_ids\": " + services + ", \"date\": \"" + date + "\", \"time\": \""
                + time + "\", \"employee_id\": " + employee + ", \"client_id\": \"" + client + "\"}";
    }

    private long book(String client, String services, String date, String time, long employee) {
        Api.Answer answer = admin("POST", PATH, booking(client, services, date, time, employee));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().get("booking").get("id").asLong();
    }

    private JsonNode list(String query) {
        Api.Answer answer = admin("GET", PATH + query, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.get("bookings").forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }

    private long bookingsInDatabase() {
        return jdbc.sql("SELECT COUNT(*) FROM booking").query(Long.class).single();
    }
}
