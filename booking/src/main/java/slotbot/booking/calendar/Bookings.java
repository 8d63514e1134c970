package slotbot.booking.calendar;

import slotbot.booking.availability.Hold;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The booking core: book a client's visit, move it, cancel it, confirm it, mark a no-show, and read
 * bookings back. Requests are typed; every "no" is a {@link BookingRefused} named for its reason.
 * Each write of a time re-checks the employee's time under the employee's lock; a status change
 * holds only if the booking's version is still the one read. Each tells the {@link BookingEventListener}
 * inside the same transaction, so a booking and its event commit together or not at all. Time a cancel or a
 * move frees is offered to its date's {@link Waitlist} in that same transaction.
 */
public final class Bookings {

    private final BookingData data;
    private final Clock clock;
    private final BookingEventListener events;
    private final Booker booker;
    private final HoldOffers offers;
    private final Waitlist waitlist;

    /** A core whose waitlist holds starts for {@link HoldOffers#DEFAULT_LENGTH} and tells nobody (tests, benchmarks). */
    public Bookings(BookingData data, Clock clock, BookingEventListener events, RandomGenerator random) {
        this(data, clock, events, random, new HoldOffers(HoldListener.NONE, HoldOffers.DEFAULT_LENGTH));
    }

    /** A core whose cancels and moves offer the time they free to the waitlist through {@code offers}. */
    public Bookings(BookingData data, Clock clock, BookingEventListener events, RandomGenerator random, HoldOffers offers) {
        this.data = data;
        this.clock = clock;
        this.events = events;
        this.booker = new Booker(data, events, random);
        this.offers = offers;
        this.waitlist = new Waitlist(data, clock, offers);
    }

    /** The waitlist of this calendar: who waits for freed time, and the starts held for them. */
    public Waitlist waitlist() {
        return waitlist;
    }

    /**
     * Books the visit for the client.
     *
     * @throws InvalidRequest      for an unknown branch, service or employee, or a visit over a day long
     * @throws OnlineBookingOff    when the branch takes no online bookings
     * @throws NoEmployeeProvides  when nobody (or not the chosen one) provides all the services
     * @throws InThePast           for a start that has passed
     * @throws OutsideRules        for a start sooner than the branch's min_notice or later than its max_advance
     * @throws OutsideWorkingHours when nobody who could do it works then
     * @throws SlotTaken           when everyone who works then is booked
     * @throws SlotHeld            when the time is free but for a start held for another client from the waitlist
     */
    public Booking book(BookingRequest request) {
        return book(request, Requester.client(request.clientId()));
    }

    /**
     * Books the visit on behalf of {@code requester}: as {@link #book(BookingRequest)}, but {@link Requester#DESK}
     * may book inside min_notice and beyond max_advance (never over another booking: that check is the same).
     */
    public Booking book(BookingRequest request, Requester requester) {
        Visit visit = Visit.of(branch(request.companyId()), request.serviceIds(), request.employeeId());
        return booker.book(visit, request.date(), request.time(), request.clientId(), clock.instant(),
                requester.boundByBookingWindow());
    }

    /** The free times a booking or a move may take, as {@code requester} may book them (see {@link FreeTimes}). */
    public FreeTimes freeTimes(Requester requester) {
        return new FreeTimes(data, clock, requester);
    }

    /**
     * Moves a booking to a new start, same employee and services; its own old span does not count against it.
     *
     * @throws BookingNotFound     for an unknown id
     * @throws NotYourBooking      for another client's booking
     * @throws BookingNotActive    for one cancelled, a no-show or completed
     * @throws AlreadyStarted      for one that has started
     * @throws OnlineBookingOff    when the branch takes no online bookings
     * @throws OutsideRules        for a client within the branch's cancel_notice of the old start, or a new
     *                             start outside min_notice and max_advance (unless the requester is the
     *                             {@link Requester#DESK})
     * @throws InThePast           for a new start that has passed
     * @throws EmployeeGone        when its employee has been deactivated
     * @throws OutsideWorkingHours when its employee does not work then
     * @throws SlotTaken           when its employee is booked then
     * @throws SlotHeld            when the new time is held for another client from the waitlist
     * @throws ChangedMeanwhile    when someone else cancelled or changed it first
     */
    public Booking move(MoveRequest request) {
        Instant now = clock.instant();
        Booking booking = own(request.bookingId(), request.requester());
        CompanyCatalog catalog = data.catalog(booking.companyId()).orElseThrow();
        Booking moved = booking.moveTo(Rules.instant(catalog.company(), request.date(), request.time()), now);
        Rules.requireMayChange(catalog.company(), booking, request.requester(), now);
        Rules.requireOnline(catalog.company());
        Rules.requireFuture(moved.start(), request.date(), request.time(), now);
        if (request.requester().boundByBookingWindow()) {
            Rules.requireWithinRules(catalog.company(), moved.start(), request.date(), request.time(), now);
        }
        Employee employee = workingEmployee(catalog, moved, request, now);
        return data.inTransaction(tx -> moveLocked(tx, request, booking, moved, employee, catalog, now));
    }

    /**
     * Under the employee's lock: the booking still active, the new time neither held for someone else nor taken,
     * buffers and all (its own span aside); a start held for the booking's client is claimed, and the old time is
     * offered to the waitlist.
     */
    private Booking moveLocked(BookingTransaction tx, MoveRequest request, Booking before, Booking moved, Employee employee,
                               CompanyCatalog catalog, Instant now) {
        ZoneId zone = catalog.company().zone();
        tx.lockEmployee(employee.id());
        Booking current = tx.booking(before.id()).filter(Booking::holdsTime)
                .orElseThrow(() -> ChangedMeanwhile.cancelled(before.id()));
        List<Hold> own = HeldTime.check(tx, employee.id(), moved.busy(), before.clientId(), moved.start(), zone);
        if (!tx.busy(employee.id(), moved.busy().start(), moved.busy().end(), before.id())
                .isFree(moved.busy().start().getEpochSecond(), moved.busy().end().getEpochSecond())) {
            throw SlotTaken.employeeBusy(employee.name(), request.date(), request.time());
        }
        Booking after = tx.move(before.id(), current.version(), moved.start(), moved.end(), moved.busy())
                .orElseThrow(() -> ChangedMeanwhile.changed(before.id()));
        HeldTime.claim(tx, own);
        events.on(new BookingEvent.BookingMoved(after, before.start(), CallbackTexts.moved(after, employee.name(), zone)));
        offers.offer(tx, data, catalog, HoldOffers.Freed.by(before), now);
        return after;
    }

    /**
     * Cancels a booking; it is kept, with status cancelled, who cancelled and why, and its span is free at once:
     * offered to the waitlist of its date first.
     *
     * @throws BookingNotFound  for an unknown id
     * @throws NotYourBooking   for another client's booking
     * @throws BookingNotActive for one cancelled already, a no-show or completed
     * @throws AlreadyStarted   for one that has started
     * @throws OutsideRules     for a client within the branch's cancel_notice of the start
     * @throws WrongBranch      when the request names another branch than the booking's
     * @throws ChangedMeanwhile when someone else changed it first
     */
    public Booking cancel(CancelRequest request) {
        Instant now = clock.instant();
        Booking booking = own(request.bookingId(), request.requester());
        Booking cancelled = booking.cancel(now);
        if (request.companyId().isPresent() && request.companyId().get() != booking.companyId()) {
            throw new WrongBranch(booking.id(), request.companyId().get());
        }
        Cancellation cancellation = Cancellation.by(request.requester(), request.reason());
        CompanyCatalog catalog = data.catalog(booking.companyId()).orElseThrow();
        Rules.requireMayChange(catalog.company(), booking, request.requester(), now);
        String employeeName = catalog.employee(booking.employeeId()).map(Employee::name).orElse("");
        HoldOffers.Freed freed = HoldOffers.Freed.by(booking);
        return data.inTransaction(tx -> {
            // When someone waits, the employee's lock first, as bookings and moves take it: the freed time is held
            // for the one longest in line before anyone else can book it.
            boolean offering = offers.anyoneWaits(tx, catalog, freed);
            if (offering) {
                tx.lockEmployee(booking.employeeId());
            }
            Booking stored = store(tx, booking, cancelled, now, cancellation);
            events.on(new BookingEvent.BookingCancelled(stored,
                    CallbackTexts.cancelled(stored, employeeName, catalog.company().zone()), cancellation));
            if (offering) {
                offers.offer(tx, data, catalog, freed, now);
            }
            return stored;
        });
    }

    /**
     * The client confirms that they will come (or the owner notes that they said so).
     *
     * @throws BookingNotFound  for an unknown id
     * @throws NotYourBooking   for another client's booking
     * @throws BookingNotActive for one that is not active: confirmed already, cancelled, a no-show, completed
     * @throws AlreadyStarted   for one that has started
     * @throws ChangedMeanwhile when someone else changed it first
     */
    public Booking confirm(long bookingId, Requester requester) {
        Instant now = clock.instant();
        Booking booking = own(bookingId, requester);
        Booking confirmed = booking.confirm(now);
        return data.inTransaction(tx -> {
            Booking stored = store(tx, booking, confirmed, now, null);
            events.on(new BookingEvent.BookingConfirmed(stored));
            return stored;
        });
    }

    /**
     * The owner notes that the client did not come; the booking no longer holds its time.
     *
     * @throws BookingNotFound  for an unknown id
     * @throws BookingNotActive for one cancelled or marked already
     * @throws NotStartedYet    before its start
     * @throws ChangedMeanwhile when someone else changed it first
     */
    public Booking markNoShow(long bookingId) {
        Instant now = clock.instant();
        Booking booking = own(bookingId, Requester.OWNER);
        Booking noShow = booking.markNoShow(now);
        return data.inTransaction(tx -> {
            Booking stored = store(tx, booking, noShow, now, null);
            events.on(new BookingEvent.BookingMarkedNoShow(stored));
            return stored;
        });
    }

    /** Writes a status change unless someone else changed the booking since it was read. */
    private static Booking store(BookingTransaction tx, Booking before, Booking after, Instant now,
                                 Cancellation cancellation) {
        return tx.changeStatus(before.id(), before.version(), after.status(), now, cancellation)
                .orElseThrow(() -> ChangedMeanwhile.changed(before.id()));
    }

    /** The active branch with this id and its whole catalog. */
    public CompanyCatalog branch(long companyId) {
        return data.catalog(companyId)
                .filter(c -> c.company().active())
                .orElseThrow(() -> new UnknownBranch(companyId));
    }

    /** The booking as it reads now: one whose end has passed reads as completed ({@link Booking#asOf}). */
    public Optional<Booking> booking(long id) {
        Instant now = clock.instant();
        return data.booking(id).map(b -> b.asOf(now));
    }

    /**
     * A client's bookings that hold their time (active, confirmed) and have not started yet, soonest first.
     *
     * @throws NotYourBookings when a client asks for another client's
     */
    public List<Booking> upcoming(String clientId, Requester requester) {
        if (!requester.maySee(clientId)) {
            throw new NotYourBookings();
        }
        Instant now = clock.instant();
        return data.activeBookingsOf(clientId, now).stream().filter(b -> b.start().isAfter(now)).toList();
    }

    private Booking own(long id, Requester requester) {
        Booking booking = data.booking(id).orElseThrow(() -> new BookingNotFound(id, requester));
        if (!requester.mayChange(booking)) {
            throw new NotYourBooking(id);
        }
        return booking;
    }

    /** The booking's employee, if still active and working for the whole of the moved span. */
    private static Employee workingEmployee(CompanyCatalog catalog, Booking moved, MoveRequest request, Instant now) {
        Employee employee = catalog.employee(moved.employeeId()).filter(Employee::active)
                .orElseThrow(() -> new EmployeeGone(moved.id()));
        SlotFinder finder = new SlotFinder(catalog.company().zone(), moved.durationMinutes(), 1, now);
        if (!finder.fitsSchedule(moved.start(), request.date(), employee.schedule())) {
            throw OutsideWorkingHours.employee(employee.name(), request.date(), request.time(), moved.durationMinutes());
        }
        return employee;
    }
}
