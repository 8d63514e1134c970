package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Offers time that a cancel or a move freed, or that a hold gave back, to the waitlist of that date. In line order
 * (who joined first), each entry that may take this employee, whose client neither holds a start already nor has a
 * booking at the branch that day, gets the first start where its visit fits and uses some of the freed time: the
 * freed visit's own start when it fits there, else the earliest on the grid of {@code get_slots_for_booking}. That
 * start is held for {@link #length()}. It all runs inside the transaction that frees the time, under the employee's
 * lock, so nobody can book the freed time before it is held.
 */
public final class HoldOffers {

    /** How long a start is held when {@code slotbot.waitlist.hold} says nothing. */
    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(15);
    /** Held starts lie where get_slots_for_booking offers them by default. */
    private static final int STEP_MINUTES = 30;

    private final HoldListener listener;
    private final Duration length;

    public HoldOffers(HoldListener listener, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a hold lasts a while, got " + length);
        }
        this.listener = listener;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** Time an employee no longer spends: the busy span given back, and the start of the visit (or hold) that kept it. */
    record Freed(long employeeId, Instant start, TimeSpan busy) {

        static Freed by(Booking booking) {
            return new Freed(booking.employeeId(), booking.start(), booking.busy());
        }

        static Freed by(Hold hold) {
            return new Freed(hold.employeeId(), hold.start(), hold.busy());
        }
    }

    /**
     * Whether anyone waits for the date of the freed time at the branch. A cancel takes the employee's lock (to offer
     * the time) only then, so that a cancel nobody waits for locks no more than it did without a waitlist.
     */
    boolean anyoneWaits(BookingTransaction tx, CompanyCatalog catalog, Freed freed) {
        return !tx.waiting(catalog.company().id(), LocalDate.ofInstant(freed.start(), catalog.company().zone())).isEmpty();
    }

    /** Under the employee's lock: holds starts in the freed time for those longest in line. */
    void offer(BookingTransaction tx, BookingData data, CompanyCatalog catalog, Freed freed, Instant now) {
        Company company = catalog.company();
        Optional<Employee> employee = catalog.employee(freed.employeeId()).filter(Employee::active);
        if (!company.takesOnlineBookings() || employee.isEmpty()) {
            return;
        }
        ZoneId zone = company.zone();
        LocalDate date = LocalDate.ofInstant(freed.start(), zone);
        for (WaitlistEntry entry : tx.waiting(company.id(), date)) {
            if (entry.takes(employee.get().id()) && !tx.holdsAStart(entry.clientId())
                    && !bookedThatDay(data, entry, zone, now)) {
                visit(catalog, entry, employee.get()).ifPresent(visit -> offerTo(tx, entry, visit, employee.get(), freed, now));
            }
        }
    }

    private void offerTo(BookingTransaction tx, WaitlistEntry entry, Visit visit, Employee employee, Freed freed, Instant now) {
        ZoneId zone = visit.catalog().company().zone();
        SlotFinder finder = visit.finder(STEP_MINUTES, now);
        EmployeeTimes times = timesOf(tx, employee, entry.date(), zone);
        Stream.concat(Stream.of(freed.start()), finder.slotsOf(entry.date(), times).stream())
                .filter(start -> finder.offers(start, entry.date(), times) && finder.busySpan(start).overlaps(freed.busy()))
                .findFirst()
                .ifPresent(start -> {
                    Hold hold = new Hold(entry.id(), employee.id(), entry.clientId(), start, finder.busySpan(start),
                            now.plus(length));
                    tx.hold(hold);
                    listener.held(hold, CallbackTexts.slotFree(entry.id(), start, zone));
                });
    }

    /** The employee's day as read under the lock: bookings and every hold (the entry's client holds none). */
    private static EmployeeTimes timesOf(BookingTransaction tx, Employee employee, LocalDate date, ZoneId zone) {
        Instant from = date.atStartOfDay(zone).toInstant().minus(Booking.MAX_BUFFER);
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant().plus(Booking.MAX_BUFFER);
        BusyTimes busy = tx.busy(employee.id(), from, to, 0)
                .with(tx.holds(employee.id(), from, to).stream().map(Hold::busy).toList());
        return new EmployeeTimes(employee.id(), employee.schedule(), busy);
    }

    /** The entry's visit with this employee, or none when a service is gone or the employee does not provide them all. */
    private static Optional<Visit> visit(CompanyCatalog catalog, WaitlistEntry entry, Employee employee) {
        try {
            Visit visit = Visit.with(catalog, Visit.services(catalog, entry.serviceIds()), Optional.of(employee));
            return visit.employees().isEmpty() ? Optional.empty() : Optional.of(visit);
        } catch (InvalidRequest e) {
            return Optional.empty();
        }
    }

    /** A client who has a booking at the branch that day got a visit already: freed time goes to those who did not. */
    private static boolean bookedThatDay(BookingData data, WaitlistEntry entry, ZoneId zone, Instant now) {
        return data.activeBookingsOf(entry.clientId(), now).stream()
                .anyMatch(b -> b.companyId() == entry.companyId() && LocalDate.ofInstant(b.start(), zone).equals(entry.date()));
    }
}
