package slotbot.booking.calendar;

import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;
import slotbot.booking.memory.InMemoryBookingData;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The booking rules in the typed core: a branch with min_notice 2h, max_advance 7d and cancel_notice
 * 3h; a haircut (60 min, 10 min before, 15 after) and a beard (45 min, no buffers); Павел works
 * 09:00-18:00 every day. The clock stands at Thursday 29.05.2025 10:26 in Moscow.
 */
class BookingRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 29);
    private static final Instant NOW = ZonedDateTime.of(TODAY, LocalTime.of(10, 26), MOSCOW).toInstant();
    private static final long BRANCH = 1, HAIRCUT = 844, BEARD = 845, PAVEL = 101;
    private static final String CLIENT = "tg-1001";

    private final InMemoryBookingData data = new InMemoryBookingData();
    private Clock clock = Clock.fixed(NOW, MOSCOW);

    BookingRulesTest() {
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(d -> weekly.put(d, List.of(WorkingInterval.parse("09:00-18:00"))));
        BookingRules rules = new BookingRules(Duration.ofHours(2), Duration.ofDays(7), Duration.ofHours(3));
        data.put(new CompanyCatalog(new Company(BRANCH, "Студия", "", true, MOSCOW, true, rules), List.of(),
                List.of(new Service(HAIRCUT, BRANCH, "Стрижка", "", BigDecimal.TEN, 60, null, true, 10, 15),
                        new Service(BEARD, BRANCH, "Борода", "", BigDecimal.TEN, 45, null, true, 0, 0)),
                List.of(new Employee(PAVEL, BRANCH, "Павел", "", null, List.of(HAIRCUT, BEARD), new Schedule(weekly, Map.of()),
                        true))));
    }

    @Test
    void aStartSoonerThanMinNoticeIsRefusedNamingIt() {
        assertThatThrownBy(() -> book(List.of(HAIRCUT), TODAY, "10:30"))
                .isInstanceOf(OutsideRules.class)
                .hasMessage("the time 29.05.2025 10:30 is too soon: bookings start at least 2h from now (min_notice)")
                .extracting(e -> ((OutsideRules) e).rule()).isEqualTo("min_notice");
        assertThat(book(List.of(HAIRCUT), TODAY, "12:26").start()).as("exactly min_notice ahead")
                .isEqualTo(at(TODAY, "12:26"));
    }

    @Test
    void theRulesCountToTheMinute() {
        clock = Clock.fixed(NOW.plusSeconds(59), MOSCOW);

        assertThat(book(List.of(BEARD), TODAY, "12:26").start()).as("10:26:59 counts as 10:26").isEqualTo(at(TODAY, "12:26"));
        assertThat(book(List.of(BEARD), TODAY.plusDays(7), "10:26").start()).isEqualTo(at(TODAY.plusDays(7), "10:26"));
        assertThatThrownBy(() -> book(List.of(BEARD), TODAY.plusDays(7), "10:27")).isInstanceOf(OutsideRules.class);
    }

    @Test
    void aStartLaterThanMaxAdvanceIsRefusedNamingIt() {
        assertThatThrownBy(() -> book(List.of(HAIRCUT), TODAY.plusDays(7), "10:27"))
                .isInstanceOf(OutsideRules.class)
                .hasMessage("the time 05.06.2025 10:27 is too far ahead: bookings start at most 7d from now (max_advance)");
        assertThat(book(List.of(HAIRCUT), TODAY.plusDays(7), "10:26").start()).as("exactly max_advance ahead")
                .isEqualTo(at(TODAY.plusDays(7), "10:26"));
    }

    @Test
    void aVisitKeepsItsEmployeeBusyOverItsFirstServicesBufferBeforeAndItsLastOnesAfter() {
        Booking haircutThenBeard = book(List.of(HAIRCUT, BEARD), TODAY.plusDays(1), "10:00");
        Booking beardThenHaircut = book(List.of(BEARD, HAIRCUT), TODAY.plusDays(1), "14:00");

        assertThat(haircutThenBeard.busy()).isEqualTo(new TimeSpan(at(TODAY.plusDays(1), "09:50"), at(TODAY.plusDays(1), "11:45")));
        assertThat(haircutThenBeard.durationMinutes()).as("buffers are not in the duration").isEqualTo(105);
        assertThat(beardThenHaircut.busy()).isEqualTo(new TimeSpan(at(TODAY.plusDays(1), "14:00"), at(TODAY.plusDays(1), "16:00")));
    }

    @Test
    void aVisitWhoseBuffersWouldOverlapAnotherIsTakenItsBuffersMayLieOutsideWorkingHours() {
        LocalDate tomorrow = TODAY.plusDays(1);
        book(List.of(HAIRCUT), tomorrow, "09:00");

        assertThatThrownBy(() -> book(List.of(BEARD), tomorrow, "10:00")).isInstanceOf(SlotTaken.class);
        assertThat(book(List.of(BEARD), tomorrow, "10:15").start()).isEqualTo(at(tomorrow, "10:15"));
        assertThat(book(List.of(HAIRCUT), tomorrow, "17:00").busy().end()).as("15 min after 18:00")
                .isEqualTo(at(tomorrow, "18:15"));
    }

    @Test
    void aMoveKeepsTheBuffersAndIsCheckedWithThem() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Booking haircut = book(List.of(HAIRCUT), tomorrow, "09:00");
        book(List.of(BEARD), tomorrow, "12:00");

        assertThatThrownBy(() -> bookings().move(new MoveRequest(haircut.id(), tomorrow, LocalTime.of(12, 45), Requester.OWNER)))
                .as("its 10 minutes before overlap the beard").isInstanceOf(SlotTaken.class);
        Booking moved = bookings().move(new MoveRequest(haircut.id(), tomorrow, LocalTime.of(12, 55), Requester.OWNER));
        assertThat(moved.busy()).isEqualTo(new TimeSpan(at(tomorrow, "12:45"), at(tomorrow, "14:10")));
    }

    @Test
    void aClientMayNotMoveOrCancelWithinCancelNoticeTheOwnerMay() {
        Booking booking = book(List.of(BEARD), TODAY, "15:00");
        clock = Clock.fixed(at(TODAY, "12:01"), MOSCOW);

        assertThatThrownBy(() -> bookings().cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(CLIENT))))
                .isInstanceOf(OutsideRules.class)
                .hasMessage("booking " + booking.id() + " can no longer be moved or cancelled: that closes 3h before its start (cancel_notice)");
        assertThatThrownBy(() -> bookings().move(new MoveRequest(booking.id(), TODAY.plusDays(1), LocalTime.of(15, 0),
                Requester.client(CLIENT)))).isInstanceOf(OutsideRules.class).hasMessageContaining("cancel_notice");
        assertThat(bookings().cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.OWNER)).isActive()).isFalse();
    }

    @Test
    void exactlyCancelNoticeBeforeTheStartAClientMayStillCancel() {
        Booking booking = book(List.of(BEARD), TODAY, "15:00");
        clock = Clock.fixed(at(TODAY, "12:00"), MOSCOW);

        assertThat(bookings().cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(CLIENT))).isActive())
                .isFalse();
    }

    private Booking book(List<Long> services, LocalDate date, String time) {
        return bookings().book(new BookingRequest(BRANCH, services, date, LocalTime.parse(time), Optional.of(PAVEL), CLIENT));
    }

    private Bookings bookings() {
        return new Bookings(data, clock, BookingEventListener.NONE, new Random(1));
    }

    private static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), MOSCOW).toInstant();
    }
}
