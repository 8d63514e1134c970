package slotbot.app.metrics;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.TestClock;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.TimerScheduler;
import slotbot.app.jdbc.DbTime;
import slotbot.app.reminders.ReminderFiring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /actuator/prometheus as an operator's Prometheus scrapes it: behind the API token, and after each thing the
 * business watches (a booking, a refused one, a chat turn, a fired reminder and dialog timer, a 429) the series it
 * should move, by exactly that much; never a client's id, phone or name in it. Each test compares two scrapes, so the
 * meters' earlier counts (other tests of the context) do not matter. The Berlin branch of reminders-catalog.yaml
 * reminds 24 hours before each visit; the test clock starts on Monday 04.03.2030; the scheduler fires only when the
 * test asks it to, and the webhook's receiver is never there, so its events stay in the outbox.
 */
@TestPropertySource(properties = {
        "slotbot.catalog=classpath:reminders-catalog.yaml",
        "spring.datasource.url=jdbc:h2:mem:slotbot-metrics;DB_CLOSE_DELAY=-1",
        "slotbot.timers.polling-interval=1h",
        "slotbot.webhook.url=http://127.0.0.1:9/never-there",
        "slotbot.webhook.secret=s3cret",
        "slotbot.webhook.first-retry=1d",
        "slotbot.webhook.max-retry=1d"
})
public abstract class MetricsContract extends AppTestBase {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long BRANCH = 3003;
    private static final long SERVICE = 3100;
    private static final long ANNA = 3200;
    private static final String BOT = """
            start: hello
            blocks:
              - id: hello
                text: "Во сколько 12.03.2030?"
                arrows:
                  - {to: book, when: "10:00;11:00"}
                  - {to: later, when: "Напомни"}
              - id: book
                code: |
                  answer = create_booking(3003, [3100], "12.03.2030", question, 3200)
                text: "Записали: #{answer['status']}"
              - id: later
                text: "Напомню через минуту"
                arrows:
                  - {to: reminded, delay: 1m}
              - {id: reminded, text: "Напоминаю"}
            """;

    @Autowired
    BotLibrary bots;

    @Autowired
    ReminderFiring firing;

    @Autowired
    TimerScheduler scheduler;

    @BeforeEach
    void theBotAndNoTimers() {
        bots.install("metered", BOT);
        jdbc.sql("DELETE FROM dialog_timer").update();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'dialog-timer'").update();
        jdbc.sql("DELETE FROM booking_reminder").update();
    }

    @Test
    void theMetricsTakeTheTokenTheHealthCheckNoneAndNothingElseOfTheActuatorIsThere() {
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer wrong").status()).isEqualTo(401);
        Api.Answer scrape = get("/actuator/prometheus", "Bearer " + Api.TOKEN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.text()).contains("# TYPE slotbot_bookings_seconds histogram").doesNotContain("\"status\"");

        assertThat(get("/actuator/health", null).text()).isEqualTo("{\"status\":\"UP\"}");
        for (String other : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/threaddump")) {
            assertThat(get(other, null).status()).as(other + " without the token").isEqualTo(401);
            assertThat(get(other, "Bearer " + Api.TOKEN).status()).as(other + " with the token").isEqualTo(404);
        }
        for (String spelling : List.of("/actuator/prometheus/", "/actuator//prometheus", "/actuator/./prometheus",
                "/actuator/health/../prometheus", "/actuator/prometheus;x", "/actuator/%70rometheus", "/actuator/prometheus?x=1")) {
            Api.Answer answer = get(spelling, null);
            assertThat(answer.status()).as(spelling).isIn(400, 401, 404);
            assertThat(answer.text()).as(spelling).doesNotContain("slotbot_");
        }
    }

    @Test
    void bookingsAreTimedByWhoAskedWhatAndHowItEnded() {
        Scrape before = scrape();

        long id = book("tg-1001", "12.03.2030", "10:00");
        assertRefused(api.call("create_booking", "tg-1002", BRANCH, List.of(SERVICE), "12.03.2030", "10:00", ANNA), 200);
        assertRefused(api.call("create_booking", "tg-1002", BRANCH, List.of(SERVICE), "12.03.2030", "25:00", ANNA), 400);
        assertRefused(api.call("cancel_booking", "tg-1002", BRANCH, id), 200);
        assertThat(api.call("modify_booking_time", "tg-1001", id, "12.03.2030", "11:00").body().get("status").asBoolean()).isTrue();
        Api.Answer owner = api.post("/api/v1/admin/bookings", "{\"company_id\": 3003, \"service_ids\": [3100], \"date\": \"12.03.2030\","
                + " \"time\": \"11:00\", \"employee_id\": 3200, \"client_id\": \"tg-1003\"}", "Bearer " + Api.TOKEN, "application/json");
        assertThat(owner.status()).as(owner.text()).isEqualTo(409);
        api.call("get_slots_for_booking", "tg-1001", BRANCH, List.of(SERVICE), "12.03.2030");

        Scrape after = scrape();
        assertThat(bookings(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "api create ok none", 1.0,
                "api create refused slot_taken", 1.0,
                "api create refused invalid_argument", 1.0,
                "api cancel refused not_your_booking", 1.0,
                "api move ok none", 1.0,
                "admin create refused slot_taken", 1.0));
        assertThat(delta(before, after, "slotbot_bookings_seconds_bucket",
                "source", "api", "action", "create", "outcome", "ok", "reason", "none", "le", "+Inf")).isEqualTo(1.0);
    }

    @Test
    void aChatTurnIsTimedByWhatCausedItAndTheChannelAndBotCodeBooksAsTheBot() {
        String client = open();
        Scrape before = scrape();

        say(client, "Привет");
        say(client, "10:00");

        Scrape after = scrape();
        assertThat(delta(before, after, "slotbot_chat_turns_seconds_count", "kind", "input", "channel", "web", "outcome", "ok"))
                .isEqualTo(2.0);
        assertThat(bookings(before, after)).containsExactlyEntriesOf(Map.of("bot create ok none", 1.0));
    }

    @Test
    void aReminderFiresWithItsLagAndNothingStaysOverdue() {
        book("tg-1001", "12.03.2030", "10:00");
        Instant due = berlin("2030-03-11T10:00"); // 24 hours before
        clock.set(due.plusSeconds(30));
        Scrape before = scrape();
        assertThat(before.value("slotbot_timers_overdue", "timer", "reminder")).isEqualTo(1.0);

        assertThat(firing.runDueNow()).isEqualTo(1);

        Scrape after = scrape();
        String[] reminder = {"timer", "reminder", "outcome", "ok"};
        assertThat(delta(before, after, "slotbot_timers_fired_seconds_count", reminder)).isEqualTo(1.0);
        assertThat(delta(before, after, "slotbot_timers_fired_seconds_sum", reminder)).isEqualTo(30.0);
        assertThat(delta(before, after, "slotbot_timers_fired_seconds_bucket", with(reminder, "le", "15.0"))).isZero();
        assertThat(delta(before, after, "slotbot_timers_fired_seconds_bucket", with(reminder, "le", "30.0"))).isEqualTo(1.0);
        assertThat(after.value("slotbot_timers_overdue", "timer", "reminder")).isZero();
    }

    @Test
    void aDialogTimerIsOverdueUntilTheSchedulerFiresItThenCountedWithItsLag() {
        String client = open();
        say(client, "Привет");
        say(client, "Напомни");
        Instant fireAt = TestClock.START.plus(Duration.ofMinutes(1));
        clock.set(fireAt.plusSeconds(20));
        Scrape before = scrape();
        assertThat(before.value("slotbot_timers_overdue", "timer", "dialog-timer")).isEqualTo(1.0);

        scheduler.checkDueNow();

        String[] timer = {"timer", "dialog-timer", "outcome", "ok"};
        await().atMost(Duration.ofSeconds(10)).until(() -> delta(before, scrape(), "slotbot_timers_fired_seconds_count", timer) == 1.0);
        Scrape after = scrape();
        assertThat(delta(before, after, "slotbot_timers_fired_seconds_sum", timer)).isEqualTo(20.0);
        assertThat(delta(before, after, "slotbot_chat_turns_seconds_count", "kind", "timer", "channel", "web", "outcome", "ok"))
                .isEqualTo(1.0);
        assertThat(after.value("slotbot_timers_overdue", "timer", "dialog-timer")).isZero();
        assertThat(after.value("dbscheduler_task_completions_total", "task", "dialog-timer", "result", "ok")).isPositive();
    }

    @Test
    void aTurnThatCannotBePlayedIsCountedAsFailed() {
        String client = open();
        say(client, "Привет");
        say(client, "Напомни");
        bots.remove("metered"); // installed again before the next test
        clock.set(TestClock.START.plus(Duration.ofMinutes(2)));
        Scrape before = scrape();

        scheduler.checkDueNow();

        String[] failed = {"kind", "timer", "channel", "other", "outcome", "failed"};
        await().atMost(Duration.ofSeconds(10)).until(() -> delta(before, scrape(), "slotbot_chat_turns_seconds_count", failed) == 1.0);
    }

    @Test
    void aRateLimitsRefusalIsCountedByTheLimit() {
        Scrape before = scrape();
        int refused = 0;
        for (int i = 0; i < 30 && refused == 0; i++) {
            refused += api.post("/api/v1/chat/metered/sessions", null, null, null).status() == 429 ? 1 : 0;
        }
        assertThat(refused).as("20 conversations a minute from one address, then 429").isEqualTo(1);

        assertThat(delta(before, scrape(), "slotbot_rate_limit_refusals_total", "limit", "chat_sessions")).isEqualTo(1.0);
    }

    @Test
    void theBacklogsAreTheRowsWaitingInEachOutbox() {
        book("tg-1001", "12.03.2030", "10:00");
        jdbc.sql("INSERT INTO callback_outbox (bot, client_id, text, created_at) VALUES ('metered', 'tg-1001', 'hello', ?)")
                .param(DbTime.utc(clock.instant())).update();
        try {
            Scrape scrape = scrape();
            long webhooks = jdbc.sql("SELECT COUNT(*) FROM webhook_outbox").query(Long.class).single();
            assertThat(webhooks).as("the receiver is never there: the booking's event waits").isPositive();
            assertThat(scrape.value("slotbot_outbox_backlog", "outbox", "webhooks")).isEqualTo((double) webhooks);
            long callbacks = jdbc.sql("SELECT COUNT(*) FROM callback_outbox").query(Long.class).single();
            assertThat(callbacks).as("the row put there, at least").isPositive();
            assertThat(scrape.value("slotbot_outbox_backlog", "outbox", "callbacks")).isEqualTo((double) callbacks);
        } finally {
            jdbc.sql("DELETE FROM callback_outbox WHERE client_id = 'tg-1001' AND text = 'hello'").update();
        }
    }

    @Test
    void noClientsIdPhoneOrNameIsInTheScrapeAndTagsComeFromSmallSets() {
        String web = open();
        say(web, "Привет");
        say(web, "10:00");
        Api.Answer booked = api.post("/api/v1/functions/create_booking", "{\"args\": [3003, [3100], \"13.03.2030\", \"10:00\", 3200],"
                + " \"client_id\": \"tg-987654321\", \"client\": {\"name\": \"Василиса Премудрая\", \"phone\": \"+7 900 765-43-21\"}}",
                "Bearer " + Api.TOKEN, "application/json");
        assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
        api.call("create_booking", "tg-987654321", BRANCH, List.of(SERVICE), "13.03.2030", "10:00", ANNA);

        Scrape scrape = scrape();
        assertThat(scrape.text()).doesNotContain(web, web.substring(4), "987654321", "9007654321", "765-43-21", "Василиса",
                "Премудрая", "metered");
        Set<String> keys = Set.of("source", "action", "outcome", "reason", "kind", "channel", "timer", "outbox", "limit", "le");
        scrape.values().keySet().stream().filter(series -> series.name().startsWith("slotbot_")).forEach(series ->
                series.labels().forEach((key, value) -> {
                    assertThat(keys).as(series.toString()).contains(key);
                    assertThat(value).as(series.toString()).matches(key.equals("le") ? "[0-9.]+|\\+Inf" : "[a-z_-]{2,32}");
                }));
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("http_server_requests_seconds_count")).isTrue();
        // Its long-task timer costs every request a registry lookup, and nobody watches it (docs/metrics.md).
        assertThat(scrape.values().keySet()).noneMatch(series -> series.name().startsWith("http_server_requests_active"));
        // Nor a timer per security filter of every request (SecurityConfig's noSecurityObservations).
        assertThat(scrape.values().keySet()).noneMatch(series -> series.name().startsWith("spring_security"));
        assertThat(scrape.has("hikaricp_connections_active")).isTrue();
    }

    private long book(String client, String date, String time) {
        Api.Answer answer = api.call("create_booking", client, BRANCH, List.of(SERVICE), date, time, ANNA);
        assertThat(answer.body().get("status").asBoolean()).as(answer.text()).isTrue();
        return answer.body().get("booking").get("id").asLong();
    }

    private static void assertRefused(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().get("status").asBoolean()).isFalse();
    }

    private String open() {
        Api.Answer opened = api.post("/api/v1/chat/metered/sessions", null, null, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return opened.body().get("client").asString();
    }

    private void say(String client, String text) {
        Api.Answer said = api.post("/api/v1/chat/metered/" + client + "/messages", "{\"text\": \"" + text + "\"}", null,
                "application/json");
        assertThat(said.status()).as(said.text()).isEqualTo(200);
    }

    private Scrape scrape() {
        Api.Answer answer = get("/actuator/prometheus", "Bearer " + Api.TOKEN);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return Scrape.of(answer.text());
    }

    private Api.Answer get(String path, String authorization) {
        return api.send("GET", path, null, authorization, null);
    }

    /** The booking timers' counts that moved between two scrapes, as "source action outcome reason". */
    private static Map<String, Double> bookings(Scrape before, Scrape after) {
        Map<String, Double> moved = new TreeMap<>();
        after.values().forEach((series, value) -> {
            if (series.name().equals("slotbot_bookings_seconds_count")) {
                Map<String, String> l = series.labels();
                double delta = value - before.value(series.name(), flat(l));
                if (delta != 0) {
                    moved.put(l.get("source") + " " + l.get("action") + " " + l.get("outcome") + " " + l.get("reason"), delta);
                }
            }
        });
        return moved;
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static String[] with(String[] labels, String... more) {
        String[] all = Arrays.copyOf(labels, labels.length + more.length);
        System.arraycopy(more, 0, all, labels.length, more.length);
        return all;
    }

    private static String[] flat(Map<String, String> labels) {
        return labels.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
