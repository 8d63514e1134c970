package slotbot.app.reminders;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Channel;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders and follow-ups through HTTP and the chat, on the test clock: the Berlin branch of
 * reminders-catalog.yaml reminds 24h and 2h before each visit and follows up 2h after it, quiet from 22:00 to
 * 07:00. The client talks to a bot that answers each callback, so what reached the dialog is what it said.
 */
@TestPropertySource(properties = {
        "slotbot.catalog=classpath:reminders-catalog.yaml",
        "spring.datasource.url=jdbc:h2:mem:slotbot-reminders;DB_CLOSE_DELAY=-1"
})
public abstract class ReminderContract extends AppTestBase {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String ANSWERING_BOT = """
            start: hello
            blocks:
              - {id: hello, text: "Здравствуйте"}
              - id: reminded
                state: false
                trigger: {when: "booking_reminder", match: keywords, callbacks_only: true}
                text: "Бот: #{question}"
              - id: followed_up
                state: false
                trigger: {when: "booking_completed", match: keywords, callbacks_only: true}
                text: "Бот: #{question}"
            """;
    private static final String PATH = "/api/v1/admin/bookings/";

    @Autowired
    BotLibrary bots;

    @Autowired
    DialogTurns turns;

    @Autowired
    ReminderFiring firing;

    private String client;

    @BeforeEach
    void aClientInTheChat() {
        bots.install("reminded", ANSWERING_BOT);
        client = "web-" + UUID.randomUUID();
        turns.input("reminded", client, "Привет", Channel.web(client));
    }

    @Test
    void beforeAndAfterTheTwentyThreeHourDayEachComesAtItsExactInstant() {
        long id = book("31.03.2030", "10:00"); // Sunday: at 02:00 the clocks go forward to 03:00

        assertThat(reminders(id)).containsExactly(
                "reminder 1d due 2030-03-30T09:00:00+01:00", // 24 hours before 10:00 summer time is 09:00 winter time
                "reminder 2h due 2030-03-31T08:00:00+02:00",
                "follow_up 2h due 2030-03-31T12:30:00+02:00");

        fireAt(berlin("2030-03-30T08:59"));
        assertThat(reminders(id)).allMatch(r -> r.contains(" due "));
        fireAt(berlin("2030-03-30T09:00"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна");

        fireAt(berlin("2030-03-31T07:59"));
        assertThat(said()).hasSize(1);
        fireAt(berlin("2030-03-31T08:00"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна",
                "Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна");
        fireAt(berlin("2030-03-31T12:30"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна",
                "Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна",
                "Бот: booking_completed: [" + id + "] Визит завершён: запись 2030-03-31 10:00 на 30 минут. Объекту: Анна");
        assertThat(reminders(id)).containsExactly(
                "reminder 1d sent 2030-03-30T09:00:00+01:00",
                "reminder 2h sent 2030-03-31T08:00:00+02:00",
                "follow_up 2h sent 2030-03-31T12:30:00+02:00");
    }

    @Test
    void beforeTheTwentyFiveHourDayTwentyFourHoursBeforeIsElevenByTheClock() {
        clock.set(berlin("2030-10-01T12:00"));
        long id = book("27.10.2030", "10:00"); // Sunday: at 03:00 the clocks go back to 02:00

        assertThat(reminders(id)).containsExactly(
                "reminder 1d due 2030-10-26T11:00:00+02:00",
                "reminder 2h due 2030-10-27T08:00:00+01:00",
                "follow_up 2h due 2030-10-27T12:30:00+01:00");
        fireAt(berlin("2030-10-26T10:59"));
        assertThat(reminders(id).get(0)).contains(" due ");
        fireAt(berlin("2030-10-26T11:00"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-10-27 10:00 на 30 минут. Объекту: Анна");
    }

    @Test
    void quietHoursMoveAReminderToTheirEndOrToTheEveningBefore() {
        long early = book("12.03.2030", "08:00");
        long earliest = book("13.03.2030", "07:00");

        assertThat(reminders(early)).containsExactly(
                "reminder 1d due 2030-03-11T08:00:00+01:00",
                "reminder 2h due 2030-03-12T07:00:00+01:00", // 06:00 is quiet: the night ends at 07:00, before the visit
                "follow_up 2h due 2030-03-12T10:30:00+01:00");
        assertThat(reminders(earliest)).containsExactly(
                "reminder 1d due 2030-03-12T07:00:00+01:00",
                "reminder 2h due 2030-03-12T22:00:00+01:00", // 05:00 is quiet until the visit: the evening before
                "follow_up 2h due 2030-03-13T09:30:00+01:00");
    }

    @Test
    void aMomentPastWhenTheBookingIsMadeIsSkipped() {
        clock.set(berlin("2030-03-11T12:00"));

        long id = book("12.03.2030", "10:00");

        assertThat(reminders(id)).containsExactly(
                "reminder 2h due 2030-03-12T08:00:00+01:00",
                "follow_up 2h due 2030-03-12T12:30:00+01:00");
    }

    @Test
    void aMoveBetweenTheTwoRemindersSetsTheNewTimesAndTheOldSecondNeverComes() {
        long id = book("12.03.2030", "10:00");
        fireAt(berlin("2030-03-11T10:00"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна");

        clock.set(berlin("2030-03-11T12:00"));
        Api.Answer moved = api.call("modify_booking_time", client, id, "14.03.2030", "15:00");
        assertThat(moved.body().get("status").asBoolean()).as(moved.text()).isTrue();

        assertThat(reminders(id)).containsExactly(
                "reminder 1d sent 2030-03-11T10:00:00+01:00",
                "reminder 1d due 2030-03-13T15:00:00+01:00",
                "reminder 2h due 2030-03-14T13:00:00+01:00",
                "follow_up 2h due 2030-03-14T17:30:00+01:00");
        fireAt(berlin("2030-03-12T08:00"));
        fireAt(berlin("2030-03-12T12:30"));
        assertThat(reminders(id)).filteredOn(r -> r.contains(" sent ")).hasSize(1);
        fireAt(berlin("2030-03-13T15:00"));
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна",
                "Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-14 15:00 на 30 минут. Объекту: Анна");
    }

    @Test
    void aCancelVoidsWhatWasStillToCome() {
        long id = book("12.03.2030", "10:00");

        Api.Answer cancelled = api.call("cancel_booking", client, 3003, id);
        assertThat(cancelled.body().get("status").asBoolean()).as(cancelled.text()).isTrue();

        assertThat(reminders(id)).isEmpty();
        fireAt(berlin("2030-03-12T13:00"));
        assertThat(said()).isEmpty();
        assertThat(callbacks()).noneMatch(text -> text.startsWith("booking_"));
    }

    @Test
    void aNoShowGetsNoFollowUpAndAVisitThatTookPlaceDoes() {
        long absent = book("12.03.2030", "10:00");
        long present = book("12.03.2030", "11:00");
        fireAt(berlin("2030-03-12T09:00"));
        clock.set(berlin("2030-03-12T10:10"));

        assertThat(admin("POST", PATH + absent + "/no-show").status()).isEqualTo(200);

        assertThat(reminders(absent)).noneMatch(r -> r.startsWith("follow_up"));
        fireAt(berlin("2030-03-12T13:30"));
        assertThat(reminders(present)).last().isEqualTo("follow_up 2h sent 2030-03-12T13:30:00+01:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> said().size() == 5);
        assertThat(said()).filteredOn(text -> text.startsWith("Бот: booking_completed"))
                .containsExactly("Бот: booking_completed: [" + present + "] Визит завершён: запись 2030-03-12 11:00 на 30 минут. Объекту: Анна");
    }

    @Test
    void aConfirmedVisitIsRemindedAndTheOwnerSeesWhatWentOutAndTheConfirmation() {
        long id = book("12.03.2030", "10:00");
        clock.set(berlin("2030-03-11T09:30"));
        assertThat(api.call("confirm_booking", client, id).body().get("status").asBoolean()).isTrue();

        fireAt(berlin("2030-03-11T10:00:30"));

        JsonNode booking = admin("GET", PATH + id).body();
        assertThat(booking.get("status").asString()).isEqualTo("confirmed");
        assertThat(booking.get("confirmed_at").asString()).isEqualTo("2030-03-11T09:30:00+01:00");
        JsonNode first = booking.get("reminders").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("reminder");
        assertThat(first.get("offset").asString()).isEqualTo("1d");
        assertThat(first.get("due_at").asString()).isEqualTo("2030-03-11T10:00:00+01:00");
        assertThat(first.get("state").asString()).isEqualTo("sent");
        assertThat(first.get("done_at").asString()).isEqualTo("2030-03-11T10:00:30+01:00");
        assertThat(booking.get("reminders").get(1).get("done_at").isNull()).isTrue();
        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна");
    }

    @Test
    void aBotWithoutABlockForTheCallbackIgnoresIt() {
        bots.install("silent", "start: hello\nblocks:\n  - {id: hello, text: \"Здравствуйте\"}\n");
        turns.input("silent", client, "Привет", Channel.web(client));
        long id = book("12.03.2030", "10:00");

        fireAt(berlin("2030-03-11T10:00"));

        awaitSaid("Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна");
        String reminder = "booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна";
        await().atMost(Duration.ofSeconds(10)).until(() -> messages("silent", "callback").contains(reminder));
        assertThat(messages("silent", "out")).containsExactly("Здравствуйте");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_outbox WHERE client_id = ?").param(client).query(Integer.class).single())
                .isZero();
    }

    @Test
    void theCatalogExportCarriesTheRemindersAndImportingItChangesNothing() {
        Api.Answer yaml = api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null);
        JsonNode json = api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null, "application/json").body();

        JsonNode branch = json.get("companies").get(0);
        assertThat(branch.get("reminders")).extracting(JsonNode::asString).containsExactly("1d", "2h");
        assertThat(branch.get("follow_up").asString()).isEqualTo("2h");
        assertThat(branch.get("quiet_hours").asString()).isEqualTo("22:00-07:00");
        assertThat(api.send("PUT", "/api/v1/admin/catalog", yaml.text(), "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/admin/catalog", null, "Bearer " + Api.TOKEN, null, "application/json").body())
                .isEqualTo(json);
    }

    private long book(String date, String time) {
        Api.Answer answer = api.call("create_booking", client, 3003, 3100, date, time, 3200);
        assertThat(answer.body().get("status").asBoolean()).as(answer.text()).isTrue();
        return answer.body().get("booking").get("id").asLong();
    }

    /** The booking's reminders as the admin API lists them: "kind offset state due_at". */
    private List<String> reminders(long id) {
        Api.Answer answer = admin("GET", PATH + id);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        answer.body().get("reminders").forEach(r -> lines.add(r.get("kind").asString() + " " + r.get("offset").asString() + " "
                + r.get("state").asString() + " " + r.get("due_at").asString()));
        return lines;
    }

    private void fireAt(Instant at) {
        clock.set(at);
        firing.runDueNow();
    }

    private void awaitSaid(String... texts) {
        List<String> expected = new ArrayList<>(List.of("Здравствуйте"));
        expected.addAll(List.of(texts));
        await().atMost(Duration.ofSeconds(10)).until(() -> messages("reminded", "out").size() >= expected.size());
        assertThat(messages("reminded", "out")).containsExactlyElementsOf(expected);
    }

    /** What the bot said beyond its greeting. */
    private List<String> said() {
        List<String> out = messages("reminded", "out");
        return out.subList(1, out.size());
    }

    private List<String> callbacks() {
        return messages("reminded", "callback");
    }

    private List<String> messages(String bot, String direction) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE bot = ? AND client_id = ? AND direction = ? ORDER BY id")
                .params(bot, client, direction).query(String.class).list();
    }

    private Api.Answer admin(String method, String path) {
        return api.send(method, path, null, "Bearer " + Api.TOKEN, "application/json");
    }

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
