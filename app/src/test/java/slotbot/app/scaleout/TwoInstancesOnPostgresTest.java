package slotbot.app.scaleout;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.Api;
import slotbot.app.PostgresSchema;
import slotbot.app.SecondInstance;
import slotbot.app.TestClock;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.dialog.TimerScheduler;
import slotbot.app.metrics.TimerMeter;
import slotbot.app.metrics.TurnMeter;
import slotbot.app.reminders.ReminderFiring;
import slotbot.funnel.dialog.Channel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one PostgreSQL schema, both running their schedulers and outboxes as in production: the
 * dialog timers, the booking callbacks (the callback outbox), the reminders and the webhooks that fall due are each
 * handled exactly once, and both instances do some of the work. Who did what is read from each instance's own
 * metrics (turns played, reminders fired) and, for webhooks, from the address each instance delivers to.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class TwoInstancesOnPostgresTest {

    private static final int CLIENTS = 40;
    /** Reminders due at once beyond the clients' own: two of ReminderFiring's batches (200), so one instance cannot take all. */
    private static final int MORE_REMINDERS = 400;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String LATER = "Прошло десять минут";
    private static final String BOT = """
            start: hello
            blocks:
              - id: hello
                text: "Здравствуйте"
                arrows:
                  - {to: later, delay: 10m}
              - id: later
                text: "%s"
              - id: reminded
                state: false
                trigger: {when: "booking_reminder", match: keywords, callbacks_only: true}
                text: "Напоминание: #{question}"
              - id: booked
                state: false
                trigger: {when: "new_order_in_calendar", match: keywords, callbacks_only: true}
                text: "Запись: #{question}"
            """.formatted(LATER);
    /** The event's id: the body's first "id". */
    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final String schema = "slotbot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<SecondInstance> running = new ArrayList<>();
    /** Deliveries the receiver accepted, per event id and per instance (the last part of the address it posted to). */
    private final Map<String, AtomicInteger> webhooks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> webhooksBy = new ConcurrentHashMap<>();
    /** Opens once both instances have posted an event: until then each one's first delivery is held. */
    private final CountDownLatch bothDelivering = new CountDownLatch(2);
    private final Set<String> delivering = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting;
    private HttpServer receiver;
    private ExecutorService receiving;

    @AfterEach
    void stopAll() {
        running.forEach(SecondInstance::close);
        if (receiver != null) {
            receiver.stop(0);
            receiving.shutdownNow();
        }
    }

    @Test
    void dueTimersCallbacksRemindersAndWebhooksAreEachHandledOnceAndShared() throws Exception {
        startTheReceiver();
        Instance a = start("a");
        Instance b = start("b");
        a.bean(BotLibrary.class).install("shared", BOT);
        await().atMost(Duration.ofSeconds(10)).until(() -> b.bean(DialogTurns.class).botExists("shared"));

        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Instance on = i % 2 == 0 ? a : b;
            String client = "web-two-" + i + "-" + UUID.randomUUID();
            on.bean(DialogTurns.class).input("shared", client, "Привет", Channel.web(client));
            String day = i < CLIENTS / 2 ? "12.03.2030" : "13.03.2030";
            int slot = i % (CLIENTS / 2);
            on.book(client, day, String.format("%02d:%02d", 8 + slot / 2, slot % 2 * 30));
            clients.add(client);
        }
        JdbcClient jdbc = a.bean(JdbcClient.class);

        // The callback outbox: each booking's new_order_in_calendar reaches its dialog once, delivered where it was made.
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "callback_outbox") == 0);
        for (String client : clients) {
            assertThat(said(jdbc, client, "Запись: new_order_in_calendar%")).as(client).isOne();
        }
        assertThat(turns(a, "callback")).isPositive();
        assertThat(turns(b, "callback")).isPositive();

        // Dialog timers: due on both instances' schedulers at once.
        a.clock().set(a.clock().instant().plus(Duration.ofMinutes(15)));
        b.clock().set(a.clock().instant());
        a.bean(TimerScheduler.class).checkDueNow();
        b.bean(TimerScheduler.class).checkDueNow();
        await().atMost(Duration.ofSeconds(60)).until(() -> clients.stream().allMatch(c -> said(jdbc, c, LATER) >= 1));
        for (String client : clients) {
            assertThat(said(jdbc, client, LATER)).as(client).isOne();
        }
        assertThat(turns(a, "timer")).as("timers fired on the first instance").isPositive();
        assertThat(turns(b, "timer")).as("timers fired on the second instance").isPositive();

        // Reminders: the 24h ones of the first day fall due, and 400 more; both instances fire at once.
        Instant due = LocalDateTime.parse("2030-03-11T20:00").atZone(BERLIN).toInstant();
        addDueReminders(jdbc, due.minus(Duration.ofHours(1)));
        a.clock().set(due);
        b.clock().set(due);
        fireTogether(a, b);
        List<String> firstDay = clients.subList(0, CLIENTS / 2);
        int reminders = CLIENTS / 2 + MORE_REMINDERS;
        await().atMost(Duration.ofSeconds(60)).until(() -> remindersFired(a) + remindersFired(b) >= reminders);
        await().atMost(Duration.ofSeconds(30)).until(() -> firstDay.stream().allMatch(c -> said(jdbc, c, "Напоминание: booking_reminder%") >= 1));
        for (String client : clients) {
            assertThat(said(jdbc, client, "Напоминание: booking_reminder%")).as(client).isEqualTo(firstDay.contains(client) ? 1 : 0);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_reminder WHERE state = 'sent' AND done_at = ?")
                .param(due.atOffset(ZoneOffset.UTC)).query(Long.class).single()).isEqualTo(reminders);
        assertThat(remindersFired(a) + remindersFired(b)).as("reminders fired, each once").isEqualTo(reminders);
        assertThat(remindersFired(a)).as("reminders fired on the first instance").isPositive();
        assertThat(remindersFired(b)).as("reminders fired on the second instance").isPositive();

        // Webhooks: the receiver refused every booking.created so far, so all are due at once when it answers again;
        // each reaches it once, and each instance delivers some (its first delivery waits for the other's to begin).
        // A refused delivery still on its way would be accepted once the receiver answers, while the clocks' jump below
        // lets the other instance take its row again: each instance's sending thread finishes what it was doing first.
        a.finishWebhookDeliveries();
        b.finishWebhookDeliveries();
        accepting = true;
        a.clock().set(due.plus(Duration.ofHours(1)));
        b.clock().set(a.clock().instant());
        await().atMost(Duration.ofSeconds(60)).until(() -> webhooks.size() == CLIENTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "webhook_outbox") == 0);
        assertThat(webhooks.values()).allSatisfy(times -> assertThat(times.get()).isOne());
        assertThat(webhooksBy.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CLIENTS);
        assertThat(webhooksBy.get("a")).as("webhooks delivered by the first instance").isNotNull();
        assertThat(webhooksBy.get("b")).as("webhooks delivered by the second instance").isNotNull();
    }

    /**
     * Bookings on later days with a 24h reminder due at {@code dueAt}, written straight into the tables as the app
     * writes them (as bench/reminders does): booking 400 visits through the API would take most of the test's time.
     */
    private static void addDueReminders(JdbcClient jdbc, Instant dueAt) {
        jdbc.sql("INSERT INTO client (id, created_at) SELECT 'more-' || g, now() FROM generate_series(1, ?) g")
                .param(MORE_REMINDERS).update();
        jdbc.sql("""
                INSERT INTO booking (id, company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,
                                     version, busy_from, busy_to)
                SELECT 1000000 + g, 3003, 3200, 'more-' || g, t, t + interval '30 minutes', 'active', now(), 'more-' || g, 1,
                       t, t + interval '30 minutes'
                FROM (SELECT g, TIMESTAMPTZ '2030-03-20 00:00:00+00' + g * interval '30 minutes' AS t
                      FROM generate_series(1, ?) g) visits""").param(MORE_REMINDERS).update();
        jdbc.sql("""
                INSERT INTO booking_service (booking_id, seq, service_id, title, price, duration_minutes)
                SELECT id, 0, 3100, 'Стрижка', 30, 30 FROM booking WHERE id > 1000000""").update();
        jdbc.sql("""
                INSERT INTO booking_reminder (booking_id, kind, offset_minutes, due_at, state)
                SELECT id, 'reminder', 1440, ?, 'due' FROM booking WHERE id > 1000000""")
                .param(dueAt.atOffset(ZoneOffset.UTC)).update();
    }

    /** Reminders this instance sent, by its own metrics. */
    private static double remindersFired(Instance instance) {
        return instance.bean(MeterRegistry.class).find(TimerMeter.NAME).tags("timer", "reminder", "outcome", "ok").timers()
                .stream().mapToDouble(t -> t.count()).sum();
    }

    private static void fireTogether(Instance a, Instance b) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Instance instance : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    together.await();
                    return instance.bean(ReminderFiring.class).runDueNow();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static long said(JdbcClient jdbc, String client, String like) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ? AND direction = 'out' AND text LIKE ?")
                .params(client, like).query(Long.class).single();
    }

    /** The turns of a kind this instance played, by its own metrics. */
    private static double turns(Instance instance, String kind) {
        return instance.bean(MeterRegistry.class).find(TurnMeter.NAME).timers().stream()
                .filter(t -> kind.equalsIgnoreCase(t.getId().getTag("kind")))
                .mapToDouble(t -> t.count()).sum();
    }

    /**
     * Refuses (503) until the test says it accepts; then counts each event's deliveries, and which instance made them
     * by the address it was given. Each instance's first accepted delivery is held (5 s at most, under the sender's
     * timeout) until the other's arrives: an instance holding its batch leaves the rest due to the other, so both
     * deliver some whenever the outbox lets them share.
     */
    private void startTheReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiving = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiving);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!accepting) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String instance = path.substring(path.lastIndexOf('/') + 1);
            if (delivering.add(instance)) {
                bothDelivering.countDown();
                try {
                    bothDelivering.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Matcher id = EVENT_ID.matcher(body);
            webhooks.computeIfAbsent(id.find() ? id.group(1) : body, k -> new AtomicInteger()).incrementAndGet();
            webhooksBy.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** An instance delivering webhooks to /hook/{name}. */
    private Instance start(String name) {
        String base = System.getenv(PostgresSchema.URL_VARIABLE);
        SecondInstance instance = SecondInstance.on(List.of(
                "--spring.datasource.url=" + base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                "--slotbot.catalog=classpath:reminders-catalog.yaml",
                "--slotbot.webhook.url=http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/" + name,
                "--slotbot.webhook.secret=two-instances", "--spring.datasource.hikari.maximum-pool-size=4"));
        running.add(instance);
        return new Instance(instance);
    }

    private record Instance(SecondInstance app) {

        <T> T bean(Class<T> type) {
            return app.bean(type);
        }

        TestClock clock() {
            return app.clock();
        }

        /** Returns once the webhook sender's thread is done with any delivery it had begun (its runDueNow). */
        void finishWebhookDeliveries() {
            ReflectionTestUtils.invokeMethod(app.bean("webhookSender"), "runDueNow");
        }

        void book(String client, String date, String time) {
            Api.Answer answer = app.api().call("create_booking", client, 3003, 3100, date, time, 3200);
            assertThat(answer.body().get("status").asBoolean()).as(answer.text()).isTrue();
        }
    }
}
