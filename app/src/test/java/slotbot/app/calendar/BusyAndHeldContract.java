package slotbot.app.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import slotbot.app.AppTestBase;
import slotbot.app.jdbc.DbTime;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookingData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bookings' busy spans and the waitlist's holds read in one statement answer what the two reads answer apart:
 * Павел has a booking at 10:00 and a hold at 14:00 on Tuesday 05.03.2030, Виктория a booking at 11:00 only.
 */
public abstract class BusyAndHeldContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final long VIKTORIA = 512978;
    private static final Instant DAY = Instant.parse("2030-03-04T21:00:00Z"); // 05.03.2030 00:00 in Moscow
    private static final Instant HELD = DAY.plusSeconds(14 * 3600);

    @Autowired
    JdbcBookingData data;

    @Test
    void oneReadAnswersTheBusySpansAndTheHoldsAsTwoReadsDo() {
        book(PAVEL, "10:00", 844);
        book(VIKTORIA, "11:00", 846);
        hold(PAVEL, HELD);
        List<Long> employees = List.of(PAVEL, VIKTORIA);
        Instant from = DAY;
        Instant to = DAY.plusSeconds(24 * 3600);

        BookingData.BusyAndHeld read = data.busyAndHeld(employees, from, to);

        var busyApart = data.busy(employees, from, to);
        for (long employee : employees) {
            for (int hour = 0; hour < 24; hour++) {
                long start = DAY.getEpochSecond() + hour * 3600L;
                assertThat(read.busy().get(employee).isFree(start, start + 3600))
                        .as("employee %d at %d:00", employee, hour)
                        .isEqualTo(busyApart.get(employee).isFree(start, start + 3600));
            }
        }
        assertThat(read.busy().get(PAVEL).isFree(DAY.getEpochSecond() + 10 * 3600, DAY.getEpochSecond() + 11 * 3600)).isFalse();
        assertThat(read.busy().get(PAVEL).isFree(HELD.getEpochSecond(), HELD.getEpochSecond() + 3600))
                .as("a hold is not a booking's busy span").isTrue();
        assertThat(read.holds()).isEqualTo(data.holds(employees, from, to));
        assertThat(read.holds().get(PAVEL)).extracting(Hold::start, Hold::clientId).containsExactly(tuple(HELD, "waiting"));
        assertThat(read.holds()).doesNotContainKey(VIKTORIA);
    }

    @Test
    void timeOutsideTheAskedSpanIsNeitherBusyNorHeld() {
        book(PAVEL, "10:00", 844);
        hold(PAVEL, HELD);

        BookingData.BusyAndHeld read = data.busyAndHeld(List.of(PAVEL), DAY.minusSeconds(24 * 3600), DAY);

        assertThat(read.busy().get(PAVEL).isEmpty()).isTrue();
        assertThat(read.holds()).isEmpty();
    }

    private void book(long employee, String time, long service) {
        var booked = api.call("create_booking", "c" + employee, BRANCH, service, "05.03.2030", time, employee);
        assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
    }

    private void hold(long employee, Instant start) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO waitlist (company_id, client_id, on_date, service_ids, employee_id, joined_at)"
                        + " VALUES (?, 'waiting', ?, '844', ?, ?)")
                .params(BRANCH, LocalDate.of(2030, 3, 5), employee, DbTime.utc(clock.instant()))
                .update(keys, "id");
        long waitlist = keys.getKeyAs(Number.class).longValue();
        TimeSpan busy = new TimeSpan(start, start.plusSeconds(3600));
        jdbc.sql("INSERT INTO waitlist_hold (waitlist_id, employee_id, client_id, starts_at, busy_from, busy_to, expires_at)"
                        + " VALUES (?, ?, 'waiting', ?, ?, ?, ?)")
                .params(waitlist, employee, DbTime.utc(start), DbTime.utc(busy.start()), DbTime.utc(busy.end()),
                        DbTime.utc(clock.instant().plusSeconds(3600)))
                .update();
    }
}
