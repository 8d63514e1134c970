package slotbot.app.waitlist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.Race;
import slotbot.app.TestClock;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.dialog.TimerScheduler;
import slotbot.funnel.dialog.Channel;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The waitlist through HTTP and the chat: the line's order, the offer in the client's dialog, the hold (hidden from
 * others, refused to them, booked by its holder), its end passing it on by the test clock, the race for a held start,
 * and the owner's list. Павел's Tuesday 05.03.2030 is taken hour by hour but for 10:00, which a client cancels.
 */
public abstract class WaitlistContract extends AppTestBase {

    protected static final long BRANCH = 14275391;
    protected static final long PAVEL = 463665;
    protected static final String DAY = "05.03.2030";
    protected static final String LEAVER = "leaver";
    protected static final String OFFER = "Освободилось время: " + DAY + " 10:00";
    /** A bot that tells its client of an offer, and lets bot code join and leave the line. */
    protected static final String WAITING_BOT = """
            start: hello
            blocks:
              - id: hello
                text: "Здравствуйте"
              - id: offered
                state: false
                trigger: {when: "waitlist_slot_free", match: keywords, callbacks_only: true}
                code: |
                  offer = findall('\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d', question)[0]
                text: "Освободилось время: #{offer}"
              - id: wait
                state: false
                trigger: {when: "Сообщить, если освободится", match: exact}
                code: |
                  joined = join_waitlist(14275391, [844], "05.03.2030", 463665)
                  entry = joined['waitlist_id']
                text: "Вы в листе ожидания (#{joined['status']}, #{entry})"
              - id: leave
                state: false
                trigger: {when: "Не ждать", match: exact}
                code: |
                  left = leave_waitlist(entry)
                text: "Вы больше не ждёте (#{left['status']})"
            """;
    /** A bot that knows nothing of the waitlist. */
    protected static final String PLAIN_BOT = """
            start: hello
            blocks:
              - id: hello
                text: "Здравствуйте"
            """;

    @Autowired
    protected BotLibrary bots;

    @Autowired
    protected DialogTurns turns;

    @Autowired
    protected TimerScheduler scheduler;

    @BeforeEach
    void installTheBots() {
        bots.install("waiting", WAITING_BOT);
        bots.install("plain", PLAIN_BOT);
    }

    @Test
    void theClientLongestInLineIsOfferedTheFreedStartInTheirChat() {
        long freed = fillPavelsDayButForTheLeaversTen();
        String first = chat("waiting");
        String second = chat("waiting");
        long firstEntry = join(first, PAVEL);
        clock.advance(Duration.ofMinutes(1));
        join(second, null);

        cancel(freed);

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(first, OFFER));
        assertThat(callbacksTo(first)).containsExactly("waitlist_slot_free: [" + firstEntry + "] " + DAY + " 10:00");
        assertThat(callbacksTo(second)).isEmpty();
    }

    @Test
    void theHeldStartIsHiddenFromOthersRefusedToThemAndBookedByItsHolder() {
        String holder = chat("waiting");
        long entry = holdTenFor(holder);

        assertThat(slots("someone")).doesNotContain("10:00");
        assertThat(slots(holder)).containsExactly("10:00");
        Api.Answer refused = api.call("create_booking", "someone", BRANCH, 844, DAY, "10:00", PAVEL);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body().get("status").asBoolean()).isFalse();
        assertThat(refused.body().get("message").asString()).isEqualTo("the time 05.03.2030 10:00 is held for a client "
                + "from the waitlist until 04.03.2030 08:15; choose another time");
        assertThat(adminMove(bookingOf("regular", "16:00"), "10:00").status()).isEqualTo(409);

        Api.Answer booked = api.call("create_booking", holder, BRANCH, 844, DAY, "10:00", PAVEL);

        assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
        assertThat(waitlist().get("waitlist")).isEmpty();
        assertThat(api.call("leave_waitlist", holder, entry).body().get("message").asString())
                .isEqualTo("you have no waitlist entry " + entry);
    }

    @Test
    void anUnclaimedHoldPassesToTheNextInLineWhenItsTimeIsUp() {
        String first = chat("waiting");
        String second = chat("waiting");
        long firstEntry = holdTenFor(first, second);
        long secondEntry = waitlist().get("waitlist").get(1).get("id").asLong();
        assertThat(dueAt(firstEntry)).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).atOffset(ZoneOffset.UTC));

        clock.advance(Duration.ofMinutes(15));
        scheduler.checkDueNow();

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(second, OFFER));
        JsonNode line = waitlist().get("waitlist");
        assertThat(line).hasSize(1);
        assertThat(line.get(0).get("id").asLong()).isEqualTo(secondEntry);
        assertThat(line.get(0).get("hold").get("time").asString()).isEqualTo("10:00");
        assertThat(line.get(0).get("hold").get("expires_at").asString()).isEqualTo("2030-03-04T08:30:00+03:00");
        assertThat(callbacksTo(first)).hasSize(1);
        assertThat(dueAt(secondEntry)).isNotNull();
    }

    @Test
    void leavingTheLinePassesTheHeldStartOnAndAClientLeavesOnlyTheirOwn() {
        String first = chat("waiting");
        String second = chat("waiting");
        long firstEntry = holdTenFor(first, second);

        Api.Answer stranger = api.call("leave_waitlist", second, firstEntry);
        assertThat(stranger.status()).isEqualTo(200);
        assertThat(stranger.body().get("message").asString()).isEqualTo("you have no waitlist entry " + firstEntry);

        Api.Answer left = api.call("leave_waitlist", first, firstEntry);

        assertThat(left.text()).isEqualTo("{\"status\":true}");
        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(second, OFFER));
    }

    @Test
    void aMoveFreesTimeForTheLineToo() {
        long moving = fillPavelsDayButForTheLeaversTen();
        String first = chat("waiting");
        join(first, null);

        assertThat(api.call("modify_booking_time", LEAVER, moving, "06.03.2030", "10:00").body().get("status").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(first, OFFER));
    }

    @Test
    void botsWithNoBlockForTheOfferIgnoreIt() {
        String holder = chat("plain");

        holdTenFor(holder);

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacksIn("plain", holder).size() == 1);
        assertThat(botMessages("plain", holder)).containsExactly("Здравствуйте");
    }

    @Test
    void botCodeJoinsAndLeavesTheLineForItsClient() {
        String client = chat("waiting");

        List<DialogTurns.Sent> joined = turns.input("waiting", client, "Сообщить, если освободится", Channel.web(client));

        JsonNode line = waitlist().get("waitlist");
        assertThat(line).hasSize(1);
        assertThat(line.get(0).get("client_id").asString()).isEqualTo(client);
        assertThat(joined).extracting(DialogTurns.Sent::text)
                .containsExactly("Вы в листе ожидания (True, " + line.get(0).get("id").asLong() + ")");
        assertThat(turns.input("waiting", client, "Не ждать", Channel.web(client))).extracting(DialogTurns.Sent::text)
                .containsExactly("Вы больше не ждёте (True)");
        assertThat(waitlist().get("waitlist")).isEmpty();
    }

    @Test
    void thirtyTwoRacersForAHeldStartWhileItsHolderBooksGiveOneBookingTheHolders() throws Exception {
        String holder = chat("waiting");
        holdTenFor(holder);

        List<Api.Answer> answers = Race.of(32, i -> i == 13
                ? api.call("create_booking", holder, BRANCH, 844, DAY, "10:00", PAVEL)
                : api.call("create_booking", "racer-" + i, BRANCH, i % 2 == 0 ? 844 : 845, DAY, "10:00", i % 4 == 1 ? null : PAVEL));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.body().get("status").asBoolean())).singleElement()
                .isSameAs(answers.get(13));
        assertThat(jdbc.sql("SELECT client_id FROM booking WHERE employee_id = ? AND status = 'active' AND starts_at = ?")
                .params(PAVEL, OffsetDateTime.parse("2030-03-05T10:00:00+03:00")).query(String.class).list())
                .containsExactly(holder);
        assertThat(waitlist().get("waitlist")).isEmpty();
    }

    @Test
    void theOwnerSeesTheDaysLineWithItsHolds() {
        String first = chat("waiting");
        String second = chat("waiting");
        assertThat(api.send("PUT", "/api/v1/admin/clients/" + first, "{\"name\": \"Анна\", \"phone\": \"+79001234567\"}",
                "Bearer " + Api.TOKEN, "application/json").status()).isEqualTo(200);
        long firstEntry = holdTenFor(first, second);

        JsonNode day = waitlist();

        assertThat(day.get("company_id").asLong()).isEqualTo(BRANCH);
        assertThat(day.get("date").asString()).isEqualTo(DAY);
        JsonNode held = day.get("waitlist").get(0);
        assertThat(held.get("id").asLong()).isEqualTo(firstEntry);
        assertThat(held.get("client_id").asString()).isEqualTo(first);
        assertThat(held.get("client_name").asString()).isEqualTo("Анна");
        assertThat(held.get("client_phone").asString()).isEqualTo("+79001234567");
        assertThat(held.get("services").get(0).asString()).isEqualTo("Мужская стрижка");
        assertThat(held.get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(held.get("joined_at").asString()).isEqualTo("2030-03-04T08:00:00+03:00");
        assertThat(held.get("hold").get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(held.get("hold").get("time").asString()).isEqualTo("10:00");
        assertThat(held.get("hold").get("end_time").asString()).isEqualTo("11:00");
        assertThat(held.get("hold").get("expires_at").asString()).isEqualTo("2030-03-04T08:15:00+03:00");
        JsonNode waiting = day.get("waitlist").get(1);
        assertThat(waiting.get("client_id").asString()).isEqualTo(second);
        assertThat(waiting.get("employee_id").isNull()).isTrue();
        assertThat(waiting.get("hold").isNull()).isTrue();
        assertThat(api.send("GET", "/api/v1/admin/waitlist?company_id=" + BRANCH + "&date=2030-03-06", null,
                "Bearer " + Api.TOKEN, null).body().get("waitlist")).isEmpty();
    }

    @Test
    void theOwnersListNamesAMalformedOrMissingField() {
        assertThat(adminWaitlist("date=2030-03-05").body().get("message").asString())
                .isEqualTo("company_id: expected the branch's id such as 14275391, got nothing");
        assertThat(adminWaitlist("company_id=" + BRANCH + "&date=05.03.2030").body().get("message").asString())
                .isEqualTo("date: expected a date as yyyy-MM-dd such as \"2030-03-05\", got \"05.03.2030\"");
        assertThat(adminWaitlist("company_id=abc&date=2030-03-05").status()).isEqualTo(400);
        assertThat(adminWaitlist("company_id=99&date=2030-03-05").status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/admin/waitlist?company_id=" + BRANCH + "&date=2030-03-05", null, null, null)
                .status()).isEqualTo(401);
    }

    // ---- the day, the line and the offer

    /** Павел's day taken hour by hour by "regular", but for 10:00, which the leaver booked: its id. */
    protected long fillPavelsDayButForTheLeaversTen() {
        for (int hour = 9; hour < 18; hour++) {
            if (hour != 10) {
                Api.Answer made = api.call("create_booking", "regular", BRANCH, 844, DAY, String.format("%02d:00", hour), PAVEL);
                assertThat(made.body().get("status").asBoolean()).as(made.text()).isTrue();
            }
        }
        Api.Answer ten = api.call("create_booking", LEAVER, BRANCH, 844, DAY, "10:00", PAVEL);
        assertThat(ten.body().get("status").asBoolean()).as(ten.text()).isTrue();
        return ten.body().get("booking").get("id").asLong();
    }

    /** 10:00 held for the first client, the others waiting behind them in this order: the first one's entry. */
    protected long holdTenFor(String holder, String... behind) {
        long freed = fillPavelsDayButForTheLeaversTen();
        long entry = join(holder, PAVEL);
        for (String client : behind) {
            clock.advance(Duration.ofSeconds(1));
            join(client, null);
        }
        clock.set(TestClock.START);
        cancel(freed);
        JsonNode line = waitlist().get("waitlist");
        assertThat(line.get(0).get("hold").get("time").asString()).isEqualTo("10:00");
        return entry;
    }

    protected long join(String client, Long employee) {
        Api.Answer joined = employee == null ? api.call("join_waitlist", client, BRANCH, 844, DAY)
                : api.call("join_waitlist", client, BRANCH, 844, DAY, employee);
        assertThat(joined.body().get("status").asBoolean()).as(joined.text()).isTrue();
        return joined.body().get("waitlist_id").asLong();
    }

    protected void cancel(long booking) {
        Api.Answer cancelled = api.call("cancel_booking", LEAVER, BRANCH, booking);
        assertThat(cancelled.body().get("status").asBoolean()).as(cancelled.text()).isTrue();
    }

    protected JsonNode waitlist() {
        Api.Answer day = adminWaitlist("company_id=" + BRANCH + "&date=2030-03-05");
        assertThat(day.status()).as(day.text()).isEqualTo(200);
        return day.body();
    }

    private Api.Answer adminWaitlist(String query) {
        return api.send("GET", "/api/v1/admin/waitlist?" + query, null, "Bearer " + Api.TOKEN, null);
    }

    private Api.Answer adminMove(long booking, String time) {
        return api.post("/api/v1/admin/bookings/" + booking + "/move", "{\"date\": \"" + DAY + "\", \"time\": \"" + time + "\"}",
                "Bearer " + Api.TOKEN, "application/json");
    }

    private long bookingOf(String client, String time) {
        return jdbc.sql("SELECT id FROM booking WHERE client_id = ? AND starts_at = ?")
                .params(client, OffsetDateTime.parse("2030-03-05T" + time + ":00+03:00")).query(Long.class).single();
    }

    private List<String> slots(String client) {
        Api.Answer slots = api.call("get_slots_for_booking", client, BRANCH, 844, DAY, PAVEL);
        return slots.body().valueStream().map(JsonNode::asString).toList();
    }

    /** When the durable execution that ends the entry's hold is due. */
    protected OffsetDateTime dueAt(long entry) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'waitlist-hold' AND task_instance = ?")
                .param(String.valueOf(entry)).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)).orElse(null);
    }

    // ---- the chat

    /** A web chat client who has greeted the bot, so that it has a dialog for callbacks to reach. */
    protected String chat(String bot) {
        String client = "web-" + UUID.randomUUID();
        assertThat(turns.input(bot, client, "Привет", Channel.web(client))).extracting(DialogTurns.Sent::text)
                .containsExactly("Здравствуйте");
        return client;
    }

    protected boolean botSaid(String client, String text) {
        return botMessages("waiting", client).contains(text);
    }

    protected List<String> callbacksTo(String client) {
        return callbacksIn("waiting", client);
    }

    private List<String> callbacksIn(String bot, String client) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE bot = ? AND client_id = ? AND direction = 'callback' ORDER BY id")
                .params(bot, client).query(String.class).list();
    }

    private List<String> botMessages(String bot, String client) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE bot = ? AND client_id = ? AND direction = 'out' ORDER BY id")
                .params(bot, client).query(String.class).list();
    }
}
