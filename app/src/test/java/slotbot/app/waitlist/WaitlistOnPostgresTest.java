package slotbot.app.waitlist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import slotbot.app.Api;
import slotbot.app.OnPostgres;
import slotbot.app.Race;
import slotbot.app.RawBookings;
import slotbot.app.SecondInstance;
import slotbot.app.dialog.TimerScheduler;
import slotbot.booking.calendar.Waitlist;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@OnPostgres
class WaitlistOnPostgresTest extends WaitlistContract {

    private static final OffsetDateTime TEN = OffsetDateTime.parse("2030-03-05T10:00:00+03:00");

    @Autowired
    Environment environment;

    @Autowired
    Waitlist waitlist;

    /** Even SQL that skips the app's lock cannot book another client into a held start, nor hold booked time. */
    @Test
    void theDatabaseRefusesABookingOverAnotherClientsHoldAndAHoldOverABooking() {
        RawBookings sql = new RawBookings(jdbc);
        long waiter = entry("waiter");
        hold(waiter, "waiter", TEN, TEN.plusHours(1));

        assertThatThrownBy(() -> sql.insert(TEN.plusMinutes(30), TEN.plusMinutes(90), "active"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("waitlist_hold_not_booked");
        assertThatThrownBy(() -> sql.insert(TEN.plusHours(1), TEN.plusHours(2), "confirmed",
                TEN.minusMinutes(10).plusHours(1), TEN.plusHours(2)))
                .as("its buffer before reaches into the hold").hasMessageContaining("waitlist_hold_not_booked");
        assertThatCode(() -> sql.insert(TEN, TEN.plusHours(1), "cancelled")).doesNotThrowAnyException();
        assertThatCode(() -> sql.insert(TEN.plusHours(1), TEN.plusHours(2), "active")).doesNotThrowAnyException();
        assertThatThrownBy(() -> jdbc.sql("UPDATE booking SET starts_at = ?, ends_at = ?, busy_from = ?, busy_to = ? WHERE client_id = 'sql'"
                        + " AND status = 'active'").params(TEN, TEN.plusHours(1), TEN, TEN.plusHours(1)).update())
                .as("nor moved into it").hasMessageContaining("waitlist_hold_not_booked");
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('waiter', now()) ON CONFLICT DO NOTHING").update();
        assertThatCode(() -> jdbc.sql("INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status,"
                + " created_at, booked_by, version, busy_from, busy_to) VALUES (?, ?, 'waiter', ?, ?, 'active', now(), 'waiter', 0, ?, ?)")
                .params(BRANCH, PAVEL, TEN, TEN.plusHours(1), TEN, TEN.plusHours(1)).update())
                .as("its holder books it").doesNotThrowAnyException();

        long other = entry("other");
        assertThatThrownBy(() -> hold(other, "other", TEN.plusHours(1), TEN.plusHours(2)))
                .as("booked time").hasMessageContaining("waitlist_hold_not_booked");
        jdbc.sql("DELETE FROM booking WHERE client_id = 'waiter'").update();
        assertThatThrownBy(() -> hold(other, "other", TEN.plusMinutes(30), TEN.plusMinutes(60)))
                .as("another hold").hasMessageContaining("waitlist_hold_no_overlap");
    }

    @Test
    void acrossTwoInstancesThirtyTwoRacersForAHeldStartGiveOneBookingTheHolders() throws Exception {
        // A connection for each of its racers: with 5, racers on this instance were once all refused 503 after Hikari's
        // 30 s wait in CI (not reproduced alone; see the session note of 2026-12-01). This test is about one booking.
        try (SecondInstance other = SecondInstance.beside(environment, clock,
                List.of("--spring.datasource.hikari.maximum-pool-size=17", "--spring.datasource.hikari.minimum-idle=1"))) {
            String holder = chat("waiting");
            holdTenFor(holder);
            Api second = other.api();

            List<Api.Answer> answers = Race.of(32, i -> i == 13
                    ? second.call("create_booking", holder, BRANCH, 844, DAY, "10:00", PAVEL)
                    : (i % 2 == 0 ? api : second).call("create_booking", "racer-" + i, BRANCH, 844, DAY, "10:00", PAVEL));

            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(200));
            assertThat(answers.stream().filter(a -> a.body().get("status").asBoolean())).singleElement()
                    .isSameAs(answers.get(13));
            assertThat(jdbc.sql("SELECT client_id FROM booking WHERE employee_id = ? AND status = 'active' AND starts_at = ?")
                    .params(PAVEL, TEN).query(String.class).list()).containsExactly(holder);
        }
    }

    @Test
    void acrossTwoInstancesAHoldRunsOutOnceAndPassesOnOnce() throws Exception {
        try (SecondInstance other = SecondInstance.beside(environment, clock)) {
            String first = chat("waiting");
            String second = chat("waiting");
            String third = chat("waiting");
            long firstEntry = holdTenFor(first, second, third);
            clock.advance(Duration.ofMinutes(15));

            List<Boolean> ended = Race.of(8, i -> (i % 2 == 0 ? waitlist : other.bean(Waitlist.class)).expire(firstEntry));
            scheduler.checkDueNow();
            other.bean(TimerScheduler.class).checkDueNow();

            assertThat(ended).containsOnlyOnce(true);
            await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(second, OFFER));
            await().atMost(Duration.ofSeconds(10)).until(() -> dueAt(firstEntry) == null);
            assertThat(callbacksTo(second)).hasSize(1);
            assertThat(callbacksTo(third)).isEmpty();
            assertThat(jdbc.sql("SELECT client_id FROM waitlist_hold").query(String.class).list()).containsExactly(second);
        }
    }

    @Test
    void acrossTwoInstancesTheDueJobEndsAHoldOnce() {
        try (SecondInstance other = SecondInstance.beside(environment, clock)) {
            String first = chat("waiting");
            String second = chat("waiting");
            String third = chat("waiting");
            long firstEntry = holdTenFor(first, second, third);
            clock.advance(Duration.ofMinutes(15));

            scheduler.checkDueNow();
            other.bean(TimerScheduler.class).checkDueNow();

            await().atMost(Duration.ofSeconds(10)).until(() -> botSaid(second, OFFER));
            await().atMost(Duration.ofSeconds(10)).until(() -> dueAt(firstEntry) == null);
            assertThat(callbacksTo(second)).hasSize(1);
            assertThat(callbacksTo(third)).isEmpty();
            assertThat(jdbc.sql("SELECT client_id FROM waitlist_hold").query(String.class).list()).containsExactly(second);
        }
    }

    private long entry(String client) {
        return jdbc.sql("INSERT INTO waitlist (company_id, client_id, on_date, service_ids, employee_id, joined_at)"
                        + " VALUES (?, ?, DATE '2030-03-05', '844', ?, now()) RETURNING id")
                .params(BRANCH, client, PAVEL).query(Long.class).single();
    }

    private void hold(long entry, String client, OffsetDateTime from, OffsetDateTime to) {
        jdbc.sql("INSERT INTO waitlist_hold (waitlist_id, employee_id, client_id, starts_at, busy_from, busy_to, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(entry, PAVEL, client, from, from, to, to).update();
    }
}
