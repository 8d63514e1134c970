package slotbot.app.reminders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.Api;
import slotbot.app.SecondInstance;
import slotbot.app.TestClock;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static slotbot.app.reminders.ReminderContract.berlin;

/**
 * Reminders across app instances on one database: each instance here is an application context of its own, with
 * its own test clock, started and stopped by the test. A reminder set before a restart is sent after it, and two
 * instances firing the same due reminders at once send each exactly once.
 */
public abstract class ReminderInstancesContract {

    private static final int CLIENTS = 12;
    private final List<SecondInstance> running = new ArrayList<>();

    /** The database the instances share, as command-line settings (a datasource URL, a schema). */
    protected abstract List<String> database();

    @AfterEach
    void stopTheInstances() {
        running.forEach(SecondInstance::close);
    }

    @Test
    void aReminderSetBeforeARestartIsSentAfterIt() {
        Instance first = start();
        String client = first.chatting(0);
        long id = first.book(client, "12.03.2030", "10:00");
        first.close();

        Instance second = start();
        second.clock().set(berlin("2030-03-11T09:59"));
        second.firing().runDueNow();
        assertThat(second.said(client)).isEmpty();
        second.clock().set(berlin("2030-03-11T10:00"));
        second.firing().runDueNow();

        await().atMost(Duration.ofSeconds(10)).until(() -> second.said(client).size() == 1);
        assertThat(second.said(client)).containsExactly(
                "Бот: booking_reminder: [" + id + "] Напоминание: запись 2030-03-12 10:00 на 30 минут. Объекту: Анна");
    }

    @Test
    void twoInstancesFiringTheSameDueRemindersAtOnceSendEachOnce() throws Exception {
        Instance one = start();
        Instance two = start();
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String client = one.chatting(i);
            one.book(client, "12.03.2030", String.format("%02d:%02d", 8 + i / 2, i % 2 * 30));
            clients.add(client);
        }
        Instant after = berlin("2030-03-11T16:00"); // past every 24h reminder, before every 2h one
        one.clock().set(after);
        two.clock().set(after);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Instance instance : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    together.await();
                    return instance.firing().runDueNow();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        JdbcClient jdbc = one.jdbc();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM callback_outbox").query(Integer.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM booking_reminder WHERE kind = 'reminder' AND state = 'sent'").query(Integer.class).single() == CLIENTS);
        for (String client : clients) {
            assertThat(one.said(client)).as(client).hasSize(1).allMatch(text -> text.startsWith("Бот: booking_reminder: ["));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ? AND direction = 'callback'"
                    + " AND text LIKE 'booking_reminder%'").param(client).query(Integer.class).single()).isOne();
        }
    }

    private Instance start() {
        List<String> settings = new ArrayList<>(database());
        settings.addAll(List.of("--slotbot.catalog=classpath:reminders-catalog.yaml",
                // two instances at once beside the cached test contexts: a few connections each will do
                "--spring.datasource.hikari.maximum-pool-size=4"));
        SecondInstance instance = SecondInstance.on(settings);
        running.add(instance);
        return new Instance(instance);
    }

    /** One running app: its clock, its reminder firing, its HTTP API and its chats. */
    private record Instance(SecondInstance app) {

        TestClock clock() {
            return app.clock();
        }

        ReminderFiring firing() {
            return app.bean(ReminderFiring.class);
        }

        JdbcClient jdbc() {
            return app.bean(JdbcClient.class);
        }

        /** A client who has said hello to the bot that answers reminders. */
        String chatting(int number) {
            app.bean(BotLibrary.class).install("reminded", ReminderContract.ANSWERING_BOT);
            String client = "web-instances-" + number + "-" + System.nanoTime();
            app.bean(DialogTurns.class).input("reminded", client, "Привет", Channel.web(client));
            return client;
        }

        long book(String client, String date, String time) {
            Api.Answer answer = app.api().call("create_booking", client, 3003, 3100, date, time, 3200);
            assertThat(answer.body().get("status").asBoolean()).as(answer.text()).isTrue();
            return answer.body().get("booking").get("id").asLong();
        }

        /** What the bot said to the client after its greeting. */
        List<String> said(String client) {
            List<String> out = jdbc().sql("SELECT text FROM dialog_message WHERE client_id = ? AND direction = 'out' ORDER BY id")
                    .param(client).query(String.class).list();
            return out.subList(1, out.size());
        }

        void close() {
            app.close();
        }
    }
}
