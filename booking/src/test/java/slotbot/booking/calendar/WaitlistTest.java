package slotbot.booking.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static slotbot.booking.calendar.Studio.*;

/**
 * The waitlist of the typed core: who is offered freed time (the line, who is skipped), which start is held, what a
 * hold does to others and to its holder, and how it ends (claimed, left, run out and passed on).
 */
class WaitlistTest {

    private static final String FIRST = "tg-3001";
    private static final String SECOND = "tg-3002";
    private static final String THIRD = "tg-3003";
    private static final Duration HOLD = Duration.ofMinutes(15);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final Studio studio = new Studio();
    private final MovableClock clock = new MovableClock(NOW);
    /** Each hold as the listener was told of it, and the callback line it was told with. */
    private final List<Hold> held = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    /** "Anyone" tries Артём before Павел: a random generator that always draws 0 (Fisher-Yates then swaps the two). */
    private final Bookings bookings = new Bookings(studio.data, clock, studio.events::add, () -> 0L,
            new HoldOffers((hold, text) -> {
                held.add(hold);
                told.add(hold.clientId() + " " + text);
            }, HOLD));
    private final Waitlist waitlist = bookings.waitlist();

    @Nested
    class Offer {

        @Test
        void aCancelHoldsTheFreedStartForTheClientLongestInLineAndTellsThem() {
            Booking freed = fullDay(MONDAY);
            WaitlistEntry first = join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);
            clock.advance(Duration.ofMinutes(1));
            WaitlistEntry second = join(SECOND, MONDAY, List.of(HAIRCUT), null);

            cancel(freed);

            assertThat(held).singleElement().satisfies(hold -> {
                assertThat(hold.waitlistId()).isEqualTo(first.id());
                assertThat(hold.clientId()).isEqualTo(FIRST);
                assertThat(hold.employeeId()).isEqualTo(PAVEL);
                assertThat(hold.start()).isEqualTo(at(MONDAY, "10:00"));
                assertThat(hold.busy()).isEqualTo(new TimeSpan(at(MONDAY, "10:00"), at(MONDAY, "11:00")));
                assertThat(hold.expiresAt()).isEqualTo(clock.instant().plus(HOLD));
            });
            assertThat(told).containsExactly(FIRST + " waitlist_slot_free: [" + first.id() + "] 02.06.2025 10:00");
            assertThat(waitlist.entry(second.id(), Requester.OWNER)).isPresent();
        }

        @Test
        void theLineIsKeptByJoiningTimeNotById() {
            Booking freed = fullDay(MONDAY);
            clock.advance(Duration.ofMinutes(5));
            join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);
            clock.set(NOW);
            WaitlistEntry earlier = join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);

            cancel(freed);

            assertThat(held).singleElement().extracting(Hold::waitlistId).isEqualTo(earlier.id());
        }

        @Test
        void aMoveOffersTheTimeItLeaves() {
            Booking moving = fullDay(MONDAY);
            join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);

            bookings.move(move(moving.id(), TUESDAY, "10:00", Requester.client(CLIENT)));

            assertThat(held).singleElement().satisfies(hold -> {
                assertThat(hold.clientId()).isEqualTo(FIRST);
                assertThat(hold.start()).isEqualTo(at(MONDAY, "10:00"));
            });
        }

        @Test
        void theFreedVisitsOwnStartIsOfferedWhenTheWaitingVisitFitsThere() {
            for (String time : List.of("09:00", "11:15", "12:15", "13:15", "14:15", "15:15", "16:15")) {
                studio.booked(OTHER, STUDIO, PAVEL, MONDAY, time);
            }
            Booking freed = booked(CLIENT, MONDAY, "10:15", 60);
            studio.booked(OTHER, STUDIO, PAVEL, MONDAY, "17:15");
            join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);

            cancel(freed);

            assertThat(held).singleElement().extracting(Hold::start).isEqualTo(at(MONDAY, "10:15"));
        }

        @Test
        void onlyEntriesThatTakeThisEmployeeAndWhoseVisitFitsTheFreedTime() {
            Booking freed = fullDay(MONDAY);
            join(FIRST, MONDAY, List.of(HAIRCUT), ARTEM);
            join(SECOND, MONDAY, List.of(COLOURING), PAVEL);
            WaitlistEntry anyone = join(THIRD, MONDAY, List.of(HAIRCUT), null);

            cancel(freed);

            assertThat(held).singleElement().satisfies(hold -> {
                assertThat(hold.waitlistId()).isEqualTo(anyone.id());
                assertThat(hold.employeeId()).isEqualTo(PAVEL);
            });
        }

        @Test
        void freedTimeLongEnoughForSeveralIsHeldForEachInLineOrder() {
            for (String time : List.of("09:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00")) {
                studio.booked(OTHER, STUDIO, PAVEL, MONDAY, time);
            }
            Booking twoHours = booked(CLIENT, MONDAY, "10:00", 120);
            join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);
            join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);
            join(THIRD, MONDAY, List.of(HAIRCUT), PAVEL);

            cancel(twoHours);

            assertThat(held).extracting(Hold::clientId).containsExactly(FIRST, SECOND);
            assertThat(held).extracting(Hold::start).containsExactly(at(MONDAY, "10:00"), at(MONDAY, "11:00"));
        }

        @Test
        void aClientWhoHoldsAStartAlreadyIsSkipped() {
            Booking tuesday = fullDay(TUESDAY);
            Booking monday = booked(CLIENT, MONDAY, "10:00", 60);
            fillAround(MONDAY, "10:00");
            join(FIRST, TUESDAY, List.of(HAIRCUT), PAVEL);
            join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);
            join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);
            cancel(tuesday);

            cancel(monday);

            assertThat(held).extracting(Hold::clientId).containsExactly(FIRST, SECOND);
        }

        @Test
        void aClientBookedAtTheBranchThatDayIsSkipped() {
            Booking freed = fullDay(MONDAY);
            join(FIRST, MONDAY, List.of(HAIRCUT), null);
            join(SECOND, MONDAY, List.of(HAIRCUT), null);
            bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(15, 0), Optional.of(ARTEM), FIRST));

            cancel(freed);

            assertThat(held).singleElement().extracting(Hold::clientId).isEqualTo(SECOND);
        }

        @Test
        void entriesForADateThatHasPassedAreDroppedByTheSweep() {
            WaitlistEntry today = join(FIRST, TODAY, List.of(HAIRCUT), PAVEL);
            WaitlistEntry monday = join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);

            waitlist.dropPast();
            assertThat(waitlist.entry(today.id(), Requester.OWNER)).isPresent();

            clock.advance(Duration.ofDays(1));
            waitlist.dropPast();
            assertThat(waitlist.entry(today.id(), Requester.OWNER)).isEmpty();
            assertThat(waitlist.entry(monday.id(), Requester.OWNER)).isPresent();
        }

        @Test
        void nobodyWaitingNothingHeld() {
            cancel(fullDay(MONDAY));

            assertThat(held).isEmpty();
        }
    }

    @Nested
    class WhileHeld {

        @Test
        void nobodyElseMayBookTheHeldStartNorMoveIntoIt() {
            holdMondayTenFor(FIRST);
            Booking elsewhere = booked(OTHER, TUESDAY, "12:00", 60);

            assertThatThrownBy(() -> bookings.book(new BookingRequest(STUDIO, List.of(BEARD), MONDAY, LocalTime.of(10, 0),
                    Optional.empty(), SECOND)))
                    .isExactlyInstanceOf(SlotHeld.class)
                    .hasMessage("the time 02.06.2025 10:00 is held for a client from the waitlist until 29.05.2025 10:30; "
                            + "choose another time");
            assertThatThrownBy(() -> bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 30),
                    Optional.of(PAVEL), SECOND)))
                    .isExactlyInstanceOf(SlotHeld.class);
            assertThatThrownBy(() -> bookings.move(move(elsewhere.id(), MONDAY, "10:00", Requester.OWNER)))
                    .isExactlyInstanceOf(SlotHeld.class);
            assertThat(bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 0),
                    Optional.empty(), SECOND)).employeeId()).as("Артём is free then").isEqualTo(ARTEM);
        }

        @Test
        void theHeldStartIsNotOfferedToOthersButIsToItsHolder() {
            holdMondayTenFor(FIRST);
            CompanyCatalog catalog = studio.data.catalog(STUDIO).orElseThrow();
            Employee pavel = catalog.employee(PAVEL).orElseThrow();
            Visit haircut = Visit.of(catalog, List.of(HAIRCUT), Optional.of(PAVEL));

            assertThat(slots(haircut, pavel, SECOND)).doesNotContain(LocalTime.of(10, 0));
            assertThat(slots(haircut, pavel, null)).doesNotContain(LocalTime.of(10, 0));
            assertThat(slots(haircut, pavel, FIRST)).contains(LocalTime.of(10, 0));
        }

        @Test
        void theHolderBooksItAndThatEndsTheHoldAndTheirPlaceInLine() {
            WaitlistEntry entry = holdMondayTenFor(FIRST);

            Booking booking = bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 0),
                    Optional.of(PAVEL), FIRST));

            assertThat(booking.clientId()).isEqualTo(FIRST);
            assertThat(waitlist.entry(entry.id(), Requester.OWNER)).isEmpty();
            assertThat(studio.data.holds(List.of(PAVEL), at(MONDAY, "00:00"), at(TUESDAY, "00:00"))).isEmpty();
            assertThat(waitlist.expire(entry.id())).isFalse();
        }

        @Test
        void theHolderWhoNamesNoEmployeeGetsTheOneHoldingTheirStart() {
            WaitlistEntry entry = holdMondayTenFor(FIRST);

            for (int i = 0; i < 8; i++) {
                assertThat(bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 0),
                        Optional.empty(), "tg-40" + i)).employeeId()).as("nobody else gets Павел at 10:00").isEqualTo(ARTEM);
                cancelArtemsTen();
            }
            Booking booking = bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 0),
                    Optional.empty(), FIRST));

            assertThat(booking.employeeId()).isEqualTo(PAVEL);
            assertThat(waitlist.entry(entry.id(), Requester.OWNER)).isEmpty();
        }

        private void cancelArtemsTen() {
            studio.memory.all().stream().filter(b -> b.employeeId() == ARTEM && b.holdsTime()).forEach(WaitlistTest.this::cancel);
        }

        @Test
        void theHolderMayMoveABookingOfTheirsIntoIt() {
            Booking later = booked(FIRST, TUESDAY, "15:00", 60);
            WaitlistEntry entry = holdMondayTenFor(FIRST);

            Booking moved = bookings.move(move(later.id(), MONDAY, "10:00", Requester.client(FIRST)));

            assertThat(moved.start()).isEqualTo(at(MONDAY, "10:00"));
            assertThat(waitlist.entry(entry.id(), Requester.OWNER)).isEmpty();
        }
    }

    @Nested
    class Ending {

        @Test
        void anUnclaimedHoldPassesToTheNextInLineWhenItRunsOut() {
            WaitlistEntry first = holdMondayTenFor(FIRST);
            WaitlistEntry second = join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);

            clock.advance(HOLD.minusSeconds(1));
            assertThat(waitlist.expire(first.id())).as("not due yet").isFalse();
            assertThat(held).hasSize(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(waitlist.expire(first.id())).isTrue();

            assertThat(waitlist.entry(first.id(), Requester.OWNER)).as("their turn is used up").isEmpty();
            assertThat(held).hasSize(2);
            assertThat(held.get(1)).satisfies(hold -> {
                assertThat(hold.waitlistId()).isEqualTo(second.id());
                assertThat(hold.start()).isEqualTo(at(MONDAY, "10:00"));
                assertThat(hold.expiresAt()).isEqualTo(clock.instant().plus(HOLD));
            });
            assertThat(told.get(1)).isEqualTo(SECOND + " waitlist_slot_free: [" + second.id() + "] 02.06.2025 10:00");
        }

        @Test
        void endingAHoldTwiceEndsItOnce() {
            WaitlistEntry first = holdMondayTenFor(FIRST);
            join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);
            clock.advance(HOLD);

            assertThat(waitlist.expire(first.id())).isTrue();
            assertThat(waitlist.expire(first.id())).isFalse();

            assertThat(held).extracting(Hold::clientId).containsExactly(FIRST, SECOND);
        }

        @Test
        void aRunOutHoldWithNobodyNextLeavesTheTimeFree() {
            WaitlistEntry first = holdMondayTenFor(FIRST);
            clock.advance(HOLD);

            waitlist.expire(first.id());

            assertThat(bookings.book(new BookingRequest(STUDIO, List.of(HAIRCUT), MONDAY, LocalTime.of(10, 0),
                    Optional.of(PAVEL), SECOND)).clientId()).isEqualTo(SECOND);
        }

        @Test
        void leavingTheLinePassesTheHeldStartOn() {
            WaitlistEntry first = holdMondayTenFor(FIRST);
            WaitlistEntry second = join(SECOND, MONDAY, List.of(HAIRCUT), PAVEL);

            waitlist.leave(first.id(), Requester.client(FIRST));

            assertThat(waitlist.entry(first.id(), Requester.OWNER)).isEmpty();
            assertThat(held).extracting(Hold::waitlistId).containsExactly(first.id(), second.id());
        }

        @Test
        void aClientLeavesOnlyTheirOwnEntry() {
            WaitlistEntry first = join(FIRST, MONDAY, List.of(HAIRCUT), PAVEL);

            assertThatThrownBy(() -> waitlist.leave(first.id(), Requester.client(SECOND)))
                    .isExactlyInstanceOf(NotOnWaitlist.class).hasMessage("you have no waitlist entry " + first.id());
            assertThatThrownBy(() -> waitlist.leave(999, Requester.client(FIRST)))
                    .isExactlyInstanceOf(NotOnWaitlist.class).hasMessage("you have no waitlist entry 999");
            assertThat(waitlist.entry(first.id(), Requester.client(FIRST))).isPresent();

            waitlist.leave(first.id(), Requester.client(FIRST));
            assertThat(waitlist.entry(first.id(), Requester.OWNER)).isEmpty();
        }
    }

    @Nested
    class Join {

        @Test
        void joiningAgainForTheSameKeepsTheSamePlace() {
            WaitlistEntry entry = join(FIRST, MONDAY, List.of(HAIRCUT, BEARD), PAVEL);
            clock.advance(Duration.ofMinutes(3));

            assertThat(join(FIRST, MONDAY, List.of(HAIRCUT, BEARD), PAVEL)).isEqualTo(entry);
            assertThat(join(FIRST, MONDAY, List.of(BEARD, HAIRCUT), PAVEL).id()).isNotEqualTo(entry.id());
            assertThat(entry.joinedAt()).isEqualTo(NOW);
        }

        @Test
        void refusals() {
            assertRefused(() -> join(FIRST, TODAY.minusDays(1), List.of(HAIRCUT), null), InThePast.class,
                    "the date 28.05.2025 is in the past");
            assertRefused(() -> join(FIRST, TODAY.plusDays(367), List.of(HAIRCUT), null), OutsideRules.class,
                    "the date 31.05.2026 is too far ahead: bookings start at most 366d from now (max_advance)");
            assertRefused(() -> join(FIRST, MONDAY, List.of(999L), null), UnknownService.class,
                    "service_ids: no service with id 999 in branch 1");
            assertRefused(() -> join(FIRST, MONDAY, List.of(BEARD), ARTEM), NoEmployeeProvides.class,
                    "no employee of branch 1 provides Борода");
            assertRefused(() -> waitlist.join(new JoinRequest(CLOSED, List.of(MASSAGE), MONDAY, Optional.empty(), FIRST)),
                    OnlineBookingOff.class, "branch \"Закрытая\" does not take online bookings now");
            assertThat(studio.data.waitlistOf(FIRST)).isEmpty();
        }

        @Test
        void aClientWaitsInTenLinesAtMost() {
            for (int day = 0; day < Waitlist.MAX_ENTRIES_PER_CLIENT; day++) {
                join(FIRST, MONDAY.plusDays(day), List.of(HAIRCUT), null);
            }

            assertRefused(() -> join(FIRST, MONDAY.plusDays(20), List.of(HAIRCUT), null), WaitlistFull.class,
                    "you are on the waitlist 10 times already; leave an entry (leave_waitlist) before joining another");
            assertThat(join(SECOND, MONDAY.plusDays(20), List.of(HAIRCUT), null).clientId()).isEqualTo(SECOND);

            clock.advance(Duration.ofDays(5));
            assertThat(join(FIRST, MONDAY.plusDays(20), List.of(HAIRCUT), null).clientId())
                    .as("Monday has passed, and its entry counts no more, before the sweep too").isEqualTo(FIRST);
        }
    }

    private WaitlistEntry join(String client, LocalDate date, List<Long> services, Long employee) {
        return waitlist.join(new JoinRequest(STUDIO, services, date, Optional.ofNullable(employee), client));
    }

    private void cancel(Booking booking) {
        bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(booking.clientId())));
    }

    /** Павел's day taken hour by hour from 09:00 to 18:00, the 10:00 visit being CLIENT's (answered). */
    private Booking fullDay(LocalDate date) {
        Booking ten = booked(CLIENT, date, "10:00", 60);
        fillAround(date, "10:00");
        return ten;
    }

    /** Every other hour of Павел's day taken by OTHER. */
    private void fillAround(LocalDate date, String free) {
        for (int hour = 9; hour < 18; hour++) {
            String time = String.format("%02d:00", hour);
            if (!time.equals(free)) {
                studio.booked(OTHER, STUDIO, PAVEL, date, time);
            }
        }
    }

    /** A client's visit with Павел, put straight into the calendar. */
    private Booking booked(String client, LocalDate date, String time, int minutes) {
        Instant start = at(date, time);
        return studio.memory.add(new NewBooking(STUDIO, PAVEL, client, start, start.plusSeconds(minutes * 60L),
                List.of(new BookedService(HAIRCUT, "Стрижка", java.math.BigDecimal.TEN, minutes)), NOW, client));
    }

    /** Monday 10:00 with Павел held for the client: it was the only free hour, and it freed up. */
    private WaitlistEntry holdMondayTenFor(String client) {
        Booking freed = fullDay(MONDAY);
        WaitlistEntry entry = join(client, MONDAY, List.of(HAIRCUT), PAVEL);
        cancel(freed);
        assertThat(held).last().extracting(Hold::clientId).isEqualTo(client);
        return entry;
    }

    private List<LocalTime> slots(Visit visit, Employee employee, String viewer) {
        List<EmployeeTimes> times = studio.data.employeeTimes(List.of(employee), MONDAY, TUESDAY, MOSCOW, viewer);
        return visit.finder(30, clock.instant()).slots(MONDAY, times);
    }

    private static void assertRefused(Runnable action, Class<? extends BookingRefused> type, String message) {
        assertThatThrownBy(action::run).isExactlyInstanceOf(type).hasMessage(message);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
