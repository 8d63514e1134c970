package slotbot.booking.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookingEvent.BookingCancelled;
import slotbot.booking.calendar.BookingEvent.BookingConfirmed;
import slotbot.booking.calendar.BookingEvent.BookingMarkedNoShow;
import slotbot.booking.calendar.BookingEvent.BookingCreated;
import slotbot.booking.calendar.BookingEvent.BookingMoved;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static slotbot.booking.calendar.Studio.*;

/** The typed booking core: what each request does, and each refusal by its type and its exact text. */
class BookingsTest {

    private final Studio studio = new Studio();
    private final Bookings bookings = studio.bookings;

    @Nested
    class Book {

        @Test
        void booksTheServicesBackToBackWithTheChosenEmployeeAndTellsTheListener() {
            Booking booking = bookings.book(request(STUDIO, List.of(HAIRCUT, BEARD), MONDAY, "10:00", PAVEL));

            assertThat(booking.employeeId()).isEqualTo(PAVEL);
            assertThat(booking.companyId()).isEqualTo(STUDIO);
            assertThat(booking.clientId()).isEqualTo(CLIENT);
            assertThat(booking.bookedBy()).isEqualTo(CLIENT);
            assertThat(booking.start()).isEqualTo(at(MONDAY, "10:00"));
            assertThat(booking.end()).isEqualTo(at(MONDAY, "11:45"));
            assertThat(booking.services()).extracting(BookedService::serviceId).containsExactly(HAIRCUT, BEARD);
            assertThat(booking.status()).isEqualTo(BookingStatus.ACTIVE);
            assertThat(booking.createdAt()).isEqualTo(NOW);
            assertThat(bookings.booking(booking.id())).contains(booking);
            assertThat(studio.events).singleElement().isInstanceOf(BookingCreated.class)
                    .extracting(BookingEvent::booking).isEqualTo(booking);
        }

        @Test
        void withoutAChoiceAnyoneFreeWhoProvidesEveryService() {
            studio.booked(OTHER, STUDIO, PAVEL, MONDAY, "10:00");

            assertThat(bookings.book(request(STUDIO, List.of(HAIRCUT), MONDAY, "10:00", null)).employeeId()).isEqualTo(ARTEM);
            assertThat(bookings.book(request(STUDIO, List.of(BEARD), MONDAY, "11:00", null)).employeeId()).isEqualTo(PAVEL);
        }

        @Test
        void whatTheCatalogDoesNotHaveIsAnInvalidRequestNamingTheField() {
            assertInvalid(request(99, List.of(HAIRCUT), MONDAY, "10:00", null), UnknownBranch.class,
                    "company_id: no branch with id 99");
            assertInvalid(request(FORMER, List.of(1044L), MONDAY, "10:00", null), UnknownBranch.class,
                    "company_id: no branch with id 3");
            assertInvalid(request(STUDIO, List.of(HAIRCUT, 999L), MONDAY, "10:00", null), UnknownService.class,
                    "service_ids: no service with id 999 in branch 1");
            assertInvalid(request(STUDIO, List.of(HAIRCUT), MONDAY, "10:00", GONE), UnknownEmployee.class,
                    "employee_id: no employee with id 103 in branch 1");
            assertInvalid(request(STUDIO, List.of(COLOURING, COLOURING_TOO), MONDAY, "09:00", PAVEL), VisitTooLong.class,
                    "service_ids: expected services that fit in one day, got 1560 minutes in all");
            assertThat(studio.memory.all()).isEmpty();
        }

        @Test
        void aBranchWithOnlineBookingOff() {
            assertRefused(() -> bookings.book(request(CLOSED, List.of(MASSAGE), MONDAY, "12:00", null)),
                    OnlineBookingOff.class, "branch \"Закрытая\" does not take online bookings now");
        }

        @Test
        void nobodyProvidesEveryService() {
            assertRefused(() -> bookings.book(request(STUDIO, List.of(HAIRCUT, BEARD), MONDAY, "10:00", ARTEM)),
                    NoEmployeeProvides.class, "no employee of branch 1 provides Стрижка, Борода");
        }

        @Test
        void aTimeThatHasPassed() {
            assertRefused(() -> studio.book(TODAY, "10:00", PAVEL), InThePast.class, "the time 29.05.2025 10:00 is in the past");
        }

        @Test
        void nobodyWorksForTheWholeVisit() {
            assertRefused(() -> bookings.book(request(STUDIO, List.of(HAIRCUT), SUNDAY, "12:00", null)),
                    OutsideWorkingHours.class, "nobody works 01.06.2025 12:00 for 60 minutes of Стрижка");
            assertRefused(() -> studio.book(MONDAY, "17:30", PAVEL),
                    OutsideWorkingHours.class, "nobody works 02.06.2025 17:30 for 60 minutes of Стрижка");
        }

        @Test
        void everyoneWhoWorksThenIsBooked() {
            studio.booked(OTHER, STUDIO, PAVEL, MONDAY, "10:00");
            assertRefused(() -> studio.book(MONDAY, "10:30", PAVEL), SlotTaken.class,
                    "the time 02.06.2025 10:30 is taken (1 of the employees work then, all are booked); choose another time");

            studio.booked(OTHER, STUDIO, ARTEM, MONDAY, "10:00");
            assertRefused(() -> bookings.book(request(STUDIO, List.of(HAIRCUT), MONDAY, "10:00", null)), SlotTaken.class,
                    "the time 02.06.2025 10:00 is taken (2 of the employees work then, all are booked); choose another time");
            assertThat(studio.events).isEmpty();
        }
    }

    @Nested
    class Move {

        private final Booking booking = aHaircutWithPavelOnMondayAt10();

        @Test
        void movesAndAnswersTheStoredBooking() {
            Booking moved = bookings.move(move(booking.id(), MONDAY, "15:00", Requester.client(CLIENT)));

            assertThat(moved.start()).isEqualTo(at(MONDAY, "15:00"));
            assertThat(moved.end()).isEqualTo(at(MONDAY, "16:00"));
            assertThat(moved.version()).isEqualTo(booking.version() + 1);
            assertThat(bookings.booking(booking.id())).contains(moved);
            assertThat(studio.events).singleElement().isInstanceOfSatisfying(BookingMoved.class, e -> {
                assertThat(e.booking()).isEqualTo(moved);
                assertThat(e.previousStart()).isEqualTo(at(MONDAY, "10:00"));
            });
        }

        @Test
        void itsOwnOldSpanDoesNotCountAgainstIt() {
            assertThat(bookings.move(move(booking.id(), MONDAY, "10:30", Requester.client(CLIENT))).start())
                    .isEqualTo(at(MONDAY, "10:30"));
        }

        @Test
        void theOwnerMovesAnyBooking() {
            assertThat(bookings.move(move(booking.id(), MONDAY, "12:00", Requester.OWNER)).start())
                    .isEqualTo(at(MONDAY, "12:00"));
        }

        @Test
        void anUnknownBookingIsNotFoundAndAClientIsToldSoInTheirWords() {
            assertRefused(() -> bookings.move(move(999, MONDAY, "15:00", Requester.client(CLIENT))),
                    BookingNotFound.class, "you have no booking 999");
            assertRefused(() -> bookings.move(move(999, MONDAY, "15:00", Requester.OWNER)),
                    BookingNotFound.class, "no booking 999");
        }

        @Test
        void anotherClientsBookingReadsAsNone() {
            assertRefused(() -> bookings.move(move(booking.id(), MONDAY, "15:00", Requester.client(OTHER))),
                    NotYourBooking.class, "you have no booking " + booking.id());
        }

        @Test
        void aCancelledOrStartedBookingStaysWhereItIs() {
            Booking started = studio.booked(CLIENT, STUDIO, ARTEM, TODAY, "10:00");
            bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(CLIENT)));

            assertRefused(() -> bookings.move(move(booking.id(), MONDAY, "15:00", Requester.client(CLIENT))),
                    BookingNotActive.class, "booking " + booking.id() + " is cancelled; it cannot be moved");
            assertRefused(() -> bookings.move(move(started.id(), MONDAY, "15:00", Requester.client(CLIENT))),
                    AlreadyStarted.class, "booking " + started.id() + " has already started");
        }

        @Test
        void aBranchWithOnlineBookingOff() {
            Booking massage = studio.booked(CLIENT, CLOSED, IGOR, MONDAY, "12:00");

            assertRefused(() -> bookings.move(move(massage.id(), MONDAY, "14:00", Requester.client(CLIENT))),
                    OnlineBookingOff.class, "branch \"Закрытая\" does not take online bookings now");
        }

        @Test
        void aTimeThatHasPassed() {
            assertRefused(() -> bookings.move(move(booking.id(), TODAY, "09:00", Requester.client(CLIENT))),
                    InThePast.class, "the time 29.05.2025 09:00 is in the past");
        }

        @Test
        void anEmployeeWhoLeft() {
            Booking withGone = studio.booked(CLIENT, STUDIO, GONE, MONDAY, "12:00");

            assertRefused(() -> bookings.move(move(withGone.id(), MONDAY, "13:00", Requester.client(CLIENT))),
                    EmployeeGone.class, "the employee of booking " + withGone.id() + " no longer takes bookings");
        }

        @Test
        void theEmployeeDoesNotWorkThen() {
            assertRefused(() -> bookings.move(move(booking.id(), MONDAY, "17:30", Requester.client(CLIENT))),
                    OutsideWorkingHours.class, "Павел does not work 02.06.2025 17:30 for 60 minutes");
        }

        @Test
        void theEmployeeIsBookedThen() {
            studio.booked(OTHER, STUDIO, PAVEL, MONDAY, "14:00");

            assertRefused(() -> bookings.move(move(booking.id(), MONDAY, "13:30", Requester.client(CLIENT))),
                    SlotTaken.class, "Павел is already booked at 02.06.2025 13:30");
            assertThat(studio.events).isEmpty();
        }

        @Test
        void cancelledBetweenOurReadAndOurLock() {
            studio.data.beforeNextTransaction(tx -> tx.changeStatus(booking.id(), booking.version(), BookingStatus.CANCELLED, NOW, null));

            assertRefused(() -> bookings.move(move(booking.id(), MONDAY, "15:00", Requester.client(CLIENT))),
                    ChangedMeanwhile.class, "booking " + booking.id() + " was cancelled meanwhile");
            assertThat(studio.events).isEmpty();
        }
    }

    @Nested
    class Cancel {

        private final Booking booking = aHaircutWithPavelOnMondayAt10();

        @Test
        void cancelsKeepingTheBookingAndFreeingItsSpan() {
            Booking cancelled = bookings.cancel(new CancelRequest(booking.id(), Optional.of(STUDIO), Requester.client(CLIENT)));

            assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(bookings.booking(booking.id())).contains(cancelled);
            assertThat(studio.events).singleElement().isInstanceOf(BookingCancelled.class)
                    .extracting(BookingEvent::booking).isEqualTo(cancelled);
            assertThat(studio.book(MONDAY, "10:00", PAVEL).isActive()).isTrue();
        }

        @Test
        void theBranchNamedMustBeTheBookings() {
            assertRefused(() -> bookings.cancel(new CancelRequest(booking.id(), Optional.of(CLOSED), Requester.client(CLIENT))),
                    WrongBranch.class, "booking " + booking.id() + " is not in branch 2");
            assertThat(bookings.booking(booking.id()).orElseThrow().isActive()).isTrue();
        }

        @Test
        void onlyAnExistingBookingOfYourOwn() {
            assertRefused(() -> bookings.cancel(new CancelRequest(999, Optional.empty(), Requester.OWNER)),
                    BookingNotFound.class, "no booking 999");
            assertRefused(() -> bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(OTHER))),
                    NotYourBooking.class, "you have no booking " + booking.id());
        }

        @Test
        void onceAndBeforeItStarts() {
            Booking started = studio.booked(CLIENT, STUDIO, ARTEM, TODAY, "10:00");
            bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.OWNER));

            assertRefused(() -> bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.OWNER)),
                    BookingNotActive.class, "booking " + booking.id() + " is already cancelled");
            assertRefused(() -> bookings.cancel(new CancelRequest(started.id(), Optional.empty(), Requester.client(CLIENT))),
                    AlreadyStarted.class, "booking " + started.id() + " has already started");
            assertThat(studio.events).hasSize(1);
        }

        @Test
        void movedBetweenOurReadAndOurWrite() {
            studio.data.beforeNextTransaction(tx ->
                    tx.move(booking.id(), booking.version(), at(MONDAY, "11:00"), at(MONDAY, "12:00"),
                            new TimeSpan(at(MONDAY, "11:00"), at(MONDAY, "12:00"))));

            assertRefused(() -> bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.client(CLIENT))),
                    ChangedMeanwhile.class, "booking " + booking.id() + " was changed meanwhile; try again");
            assertThat(bookings.booking(booking.id()).orElseThrow().isActive()).isTrue();
            assertThat(studio.events).isEmpty();
        }
    }

    @Nested
    class Reads {

        @Test
        void aClientsUpcomingBookingsSoonestFirstWithoutTheStartedOrCancelled() {
            Booking later = studio.book(MONDAY, "15:00", PAVEL);
            Booking sooner = studio.book(MONDAY, "10:00", PAVEL);
            Booking cancelled = studio.book(MONDAY, "12:00", PAVEL);
            bookings.cancel(new CancelRequest(cancelled.id(), Optional.empty(), Requester.OWNER));
            studio.booked(CLIENT, STUDIO, ARTEM, TODAY, "10:00");
            studio.booked(OTHER, STUDIO, ARTEM, MONDAY, "10:00");

            assertThat(bookings.upcoming(CLIENT, Requester.client(CLIENT))).extracting(Booking::id)
                    .containsExactly(sooner.id(), later.id());
            assertThat(bookings.upcoming(OTHER, Requester.OWNER)).hasSize(1);
        }

        @Test
        void aClientSeesTheirOwnOnly() {
            assertRefused(() -> bookings.upcoming(OTHER, Requester.client(CLIENT)),
                    NotYourBookings.class, "client_id: a client may see their own bookings only");
        }

        @Test
        void anActiveBranchOnly() {
            assertThat(bookings.branch(STUDIO).company().name()).isEqualTo("Студия");
            assertThat(bookings.branch(CLOSED).company().takesOnlineBookings()).as("listed, if not bookable").isFalse();
            assertRefused(() -> bookings.branch(FORMER), UnknownBranch.class, "company_id: no branch with id 3");
        }

        @Test
        void oneBookingById() {
            Booking booking = studio.book(MONDAY, "10:00", PAVEL);

            assertThat(bookings.booking(booking.id())).contains(booking);
            assertThat(bookings.booking(999)).isEmpty();
            assertThat(Duration.between(booking.start(), booking.end())).hasMinutes(60);
        }
    }

    @Nested
    class Statuses {

        private final Booking booking = aHaircutWithPavelOnMondayAt10();

        @Test
        void itsClientConfirmsItAndItKeepsItsTime() {
            Booking confirmed = bookings.confirm(booking.id(), Requester.client(CLIENT));

            assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(bookings.booking(booking.id())).map(Booking::status).contains(BookingStatus.CONFIRMED);
            assertThat(studio.events).singleElement().isInstanceOf(BookingConfirmed.class);
            assertThat(bookings.upcoming(CLIENT, Requester.client(CLIENT))).extracting(Booking::id).containsExactly(booking.id());
            assertRefused(() -> studio.book(MONDAY, "10:30", PAVEL), SlotTaken.class,
                    "the time 02.06.2025 10:30 is taken (1 of the employees work then, all are booked); choose another time");
        }

        @Test
        void anotherClientCannotConfirmIt() {
            assertRefused(() -> bookings.confirm(booking.id(), Requester.client(OTHER)),
                    NotYourBooking.class, "you have no booking " + booking.id());
            assertRefused(() -> bookings.confirm(999, Requester.client(CLIENT)), BookingNotFound.class, "you have no booking 999");
        }

        @Test
        void aConfirmedBookingMovedIsActiveAgain() {
            bookings.confirm(booking.id(), Requester.client(CLIENT));

            Booking moved = bookings.move(move(booking.id(), MONDAY, "15:00", Requester.client(CLIENT)));

            assertThat(moved.status()).isEqualTo(BookingStatus.ACTIVE);
        }

        @Test
        void theOwnerMarksANoShowOnceItHasStartedAndItsTimeIsFreed() {
            Booking started = studio.booked(CLIENT, STUDIO, ARTEM, TODAY, "10:00");

            assertRefused(() -> bookings.markNoShow(booking.id()), NotStartedYet.class,
                    "booking " + booking.id() + " has not started yet; it cannot be marked a no-show");
            assertThat(bookings.markNoShow(started.id()).status()).isEqualTo(BookingStatus.NO_SHOW);
            assertThat(studio.events).singleElement().isInstanceOf(BookingMarkedNoShow.class);
            assertRefused(() -> bookings.markNoShow(started.id()), BookingNotActive.class,
                    "booking " + started.id() + " is already no_show");
        }

        @Test
        void aCancelSaysWhoCancelledAndWhy() {
            Booking other = studio.book(MONDAY, "15:00", PAVEL);
            studio.events.clear();

            bookings.cancel(new CancelRequest(booking.id(), Optional.empty(), Requester.OWNER, "  мастер заболел "));
            bookings.cancel(new CancelRequest(other.id(), Optional.of(STUDIO), Requester.client(CLIENT)));

            assertThat(studio.events).map(e -> ((BookingCancelled) e).cancellation()).containsExactly(
                    new Cancellation(Cancellation.By.OWNER, "мастер заболел"), new Cancellation(Cancellation.By.CLIENT, null));
            assertRefused(() -> bookings.confirm(booking.id(), Requester.client(CLIENT)), BookingNotActive.class,
                    "booking " + booking.id() + " is cancelled; it cannot be confirmed");
        }
    }

    /** A booking made through the core, its event already heard. */
    private Booking aHaircutWithPavelOnMondayAt10() {
        Booking booking = studio.book(MONDAY, "10:00", PAVEL);
        studio.events.clear();
        return booking;
    }

    private void assertInvalid(BookingRequest request, Class<? extends InvalidRequest> type, String message) {
        assertRefused(() -> bookings.book(request), type, message);
    }

    private static void assertRefused(Runnable action, Class<? extends BookingRefused> type, String message) {
        assertThatThrownBy(action::run).isExactlyInstanceOf(type).hasMessage(message);
    }
}
