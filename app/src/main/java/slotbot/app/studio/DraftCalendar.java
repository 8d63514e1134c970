package slotbot.app.studio;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.calendar.BookingTransaction;
import slotbot.booking.calendar.Cancellation;
import slotbot.booking.calendar.WaitlistEntry;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.memory.InMemoryBookingData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The calendar a sandbox dialog books in: the real catalog and the real bookings' busy times, so it offers
 * what a client would be offered, but the bookings it makes are drafts, kept with the test chat's state. Nobody
 * else sees them and no real time is taken.
 */
final class DraftCalendar implements BookingData {

    private final BookingData real;
    private final InMemoryBookingData drafts = new InMemoryBookingData();

    /** Drafts as a test chat left them: the calendar seen through a snapshot of its drafts. */
    DraftCalendar(BookingData real, InMemoryBookingData.Snapshot drafts) {
        this.real = real;
        this.drafts.restore(drafts);
    }

    /** The drafts as they are now, to store between two exchanges. */
    InMemoryBookingData.Snapshot snapshot() {
        return drafts.snapshot();
    }

    /** The drafts booked so far, in the order they were made. */
    List<Booking> drafts() {
        return drafts.all();
    }

    @Override
    public List<Company> companies() {
        return real.companies();
    }

    @Override
    public Optional<CompanyCatalog> catalog(long companyId) {
        return real.catalog(companyId);
    }

    @Override
    public Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, BusyTimes> busy = new HashMap<>(real.busy(employeeIds, from, to));
        drafts.busy(employeeIds, from, to).forEach((id, times) -> busy.merge(id, times, BusyTimes::with));
        return busy;
    }

    /** The real holds (a sandbox client is offered what a client would be) and the sandbox's own. */
    @Override
    public Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, List<Hold>> holds = new HashMap<>(real.holds(employeeIds, from, to));
        drafts.holds(employeeIds, from, to).forEach((id, own) -> holds.merge(id, own, DraftCalendar::both));
        return holds;
    }

    // The sandbox's waitlist is its own, as its bookings are.

    @Override
    public Optional<WaitlistEntry> waitlistEntry(long id) {
        return drafts.waitlistEntry(id);
    }

    @Override
    public List<WaitlistEntry> waitlistOf(String clientId) {
        return drafts.waitlistOf(clientId);
    }

    private static List<Hold> both(List<Hold> one, List<Hold> other) {
        List<Hold> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    @Override
    public List<Booking> activeBookingsOf(String clientId, Instant after) {
        return drafts.activeBookingsOf(clientId, after);
    }

    @Override
    public Optional<Booking> booking(long id) {
        return drafts.booking(id);
    }

    @Override
    public <T> T inTransaction(Function<BookingTransaction, T> work) {
        return drafts.inTransaction(draft -> work.apply(new Seen(draft)));
    }

    /** A draft transaction that also sees the real bookings' busy times. */
    private final class Seen implements BookingTransaction {

        private final BookingTransaction draft;

        Seen(BookingTransaction draft) {
            this.draft = draft;
        }

        @Override
        public void lockEmployee(long employeeId) {
            draft.lockEmployee(employeeId);
        }

        @Override
        public BusyTimes busy(long employeeId, Instant from, Instant to, long excludingBookingId) {
            BusyTimes own = draft.busy(employeeId, from, to, excludingBookingId);
            return own.with(real.busy(List.of(employeeId), from, to).getOrDefault(employeeId, BusyTimes.NONE));
        }

        @Override
        public Booking insert(NewBooking booking) {
            return draft.insert(booking);
        }

        @Override
        public Optional<Booking> booking(long id) {
            return draft.booking(id);
        }

        @Override
        public Optional<Booking> move(long bookingId, long expectedVersion, Instant start, Instant end, TimeSpan busy) {
            return draft.move(bookingId, expectedVersion, start, end, busy);
        }

        @Override
        public Optional<Booking> changeStatus(long bookingId, long expectedVersion, BookingStatus status, Instant at,
                                              Cancellation cancellation) {
            return draft.changeStatus(bookingId, expectedVersion, status, at, cancellation);
        }

        @Override
        public List<Hold> holds(long employeeId, Instant from, Instant to) {
            return both(draft.holds(employeeId, from, to),
                    real.holds(List.of(employeeId), from, to).getOrDefault(employeeId, List.of()));
        }

        @Override
        public Optional<Hold> holdOf(long waitlistId) {
            return draft.holdOf(waitlistId);
        }

        @Override
        public void hold(Hold hold) {
            draft.hold(hold);
        }

        @Override
        public Optional<Hold> releaseHold(long waitlistId) {
            return draft.releaseHold(waitlistId);
        }

        @Override
        public WaitlistEntry join(WaitlistEntry entry) {
            return draft.join(entry);
        }

        @Override
        public void leaveWaitlist(long waitlistId) {
            draft.leaveWaitlist(waitlistId);
        }

        @Override
        public List<WaitlistEntry> waiting(long companyId, LocalDate date) {
            return draft.waiting(companyId, date);
        }

        @Override
        public void dropWaitlistBefore(long companyId, LocalDate today) {
            draft.dropWaitlistBefore(companyId, today);
        }

        @Override
        public boolean holdsAStart(String clientId) {
            return draft.holdsAStart(clientId);
        }
    }
}
