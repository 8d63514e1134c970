package slotbot.booking.calendar;

import org.junit.jupiter.api.Test;
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
 * The owner at the desk ({@link Requester#DESK}): a walk-in inside min_notice, a move by a quarter of an hour over the
 * booking's own old time, never a double booking; and the free times the desk is offered. A branch with min_notice 2h
 * and max_advance 7d; a haircut of 60 minutes with 10 minutes after; Павел works 09:00-18:00. Now: 29.05.2025 10:26.
 */
class DeskBookingTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 29);
    private static final Instant NOW = ZonedDateTime.of(TODAY, LocalTime.of(10, 26), MOSCOW).toInstant();
    private static final long BRANCH = 1, HAIRCUT = 844, PAVEL = 101;

    private final InMemoryBookingData data = new InMemoryBookingData();
    private final Bookings bookings = new Bookings(data, Clock.fixed(NOW, MOSCOW), event -> { }, new Random(1));

    DeskBookingTest() {
        Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(d -> weekly.put(d, List.of(WorkingInterval.parse("09:00-18:00"))));
        BookingRules rules = new BookingRules(Duration.ofHours(2), Duration.ofDays(7), Duration.ofHours(3));
        data.put(new CompanyCatalog(new Company(BRANCH, "Студия", "", true, MOSCOW, true, rules), List.of(),
                List.of(new Service(HAIRCUT, BRANCH, "Стрижка", "", BigDecimal.TEN, 60, null, true, 0, 10)),
                List.of(new Employee(PAVEL, BRANCH, "Павел", "", null, List.of(HAIRCUT), new Schedule(weekly, Map.of()), true))));
    }

    @Test
    void theDeskBooksAWalkInTenMinutesFromNowWhereAClientIsHeldToMinNotice() {
        BookingRequest walkIn = request(TODAY, "10:40", "phone-79001234567");

        assertThatThrownBy(() -> bookings.book(walkIn)).isInstanceOf(OutsideRules.class);
        assertThatThrownBy(() -> bookings.book(walkIn, Requester.OWNER)).as("the function API's owner keeps the rules")
                .isInstanceOf(OutsideRules.class);
        assertThat(bookings.book(walkIn, Requester.DESK).start()).isEqualTo(at(TODAY, "10:40"));
        assertThat(bookings.book(request(TODAY.plusDays(30), "10:00", "tg-2"), Requester.DESK).start())
                .as("beyond max_advance too").isEqualTo(at(TODAY.plusDays(30), "10:00"));
    }

    @Test
    void theDeskNeverDoubleBooksNorBooksThePast() {
        bookings.book(request(TODAY, "11:00", "tg-1"), Requester.DESK);

        assertThatThrownBy(() -> bookings.book(request(TODAY, "11:30", "tg-2"), Requester.DESK)).isInstanceOf(SlotTaken.class);
        assertThatThrownBy(() -> bookings.book(request(TODAY, "12:05", "tg-2"), Requester.DESK))
                .as("the 10 minutes after the first visit").isInstanceOf(SlotTaken.class);
        assertThatThrownBy(() -> bookings.book(request(TODAY, "10:00", "tg-2"), Requester.DESK)).isInstanceOf(InThePast.class);
    }

    @Test
    void theDeskMovesABookingByAQuarterOfAnHourOverItsOwnOldTimeAndIsOfferedThatTime() {
        Booking booking = bookings.book(request(TODAY, "11:00", "tg-1"), Requester.DESK);
        bookings.book(request(TODAY, "13:00", "tg-2"), Requester.DESK);
        FreeTimes desk = bookings.freeTimes(Requester.DESK);

        List<LocalTime> free = desk.slots(desk.forMove(booking.id()), TODAY, 15);

        assertThat(free).as("its own 11:00-12:10 is free to it; 13:00 less 70 minutes is the last start before the other")
                .contains(LocalTime.of(10, 45), LocalTime.of(11, 0), LocalTime.of(11, 15), LocalTime.of(11, 45))
                .doesNotContain(LocalTime.of(12, 0), LocalTime.of(10, 15));
        Booking moved = bookings.move(new MoveRequest(booking.id(), TODAY, LocalTime.of(11, 15), Requester.DESK));
        assertThat(moved.start()).isEqualTo(at(TODAY, "11:15"));
        assertThatThrownBy(() -> bookings.move(new MoveRequest(booking.id(), TODAY, LocalTime.of(12, 0), Requester.DESK)))
                .isInstanceOf(SlotTaken.class);
        assertThatThrownBy(() -> bookings.move(new MoveRequest(booking.id(), TODAY, LocalTime.of(11, 30), Requester.OWNER)))
                .as("min_notice binds the function API's owner").isInstanceOf(OutsideRules.class);
    }

    @Test
    void aClientIsOfferedOnlyTheWindowTheDeskAnyFreeStartFromNowOn() {
        Visit visit = Visit.of(bookings.branch(BRANCH), List.of(HAIRCUT), Optional.empty());
        FreeTimes desk = bookings.freeTimes(Requester.DESK);
        FreeTimes client = bookings.freeTimes(Requester.client("tg-1"));

        assertThat(desk.slots(desk.forVisit(visit, null), TODAY, 15)).first().isEqualTo(LocalTime.of(10, 30));
        assertThat(client.slots(client.forVisit(visit, "tg-1"), TODAY, 15)).first().isEqualTo(LocalTime.of(12, 30));
        assertThat(desk.dates(desk.forVisit(visit, null), 30)).hasSize(30);
        assertThat(client.dates(client.forVisit(visit, "tg-1"), 30)).hasSize(8).first().isEqualTo(TODAY);
    }

    private static BookingRequest request(LocalDate date, String time, String client) {
        return new BookingRequest(BRANCH, List.of(HAIRCUT), date, LocalTime.parse(time), Optional.of(PAVEL), client);
    }

    private static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), MOSCOW).toInstant();
    }
}
