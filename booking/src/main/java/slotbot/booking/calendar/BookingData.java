package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the booking core needs from storage. The app fills it in with SQL; tests and
 * benchmarks may use {@link slotbot.booking.memory.InMemoryBookingData}.
 */
public interface BookingData {

    /** Every branch, active or not, in id order. */
    List<Company> companies();

    /** A branch's whole catalog, deactivated entries included, or empty when there is no such branch. */
    Optional<CompanyCatalog> catalog(long companyId);

    /**
     * The busy spans (visits with their buffers) of the employees' bookings that hold their time (active,
     * confirmed) overlapping [from, to), merged per employee; every asked employee is a key.
     */
    Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to);

    /** The holds on the employees' time whose span overlaps [from, to), per employee (an employee with none may be absent). */
    Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to);

    /** What {@link #busy} and {@link #holds} answer for the same employees and time. */
    record BusyAndHeld(Map<Long, BusyTimes> busy, Map<Long, List<Hold>> holds) {
    }

    /**
     * {@link #busy} and {@link #holds} of the same employees and time, read together: storage that can answers both
     * in one read (on PostgreSQL one round trip instead of two, issue 14).
     */
    default BusyAndHeld busyAndHeld(Collection<Long> employeeIds, Instant from, Instant to) {
        return new BusyAndHeld(busy(employeeIds, from, to), holds(employeeIds, from, to));
    }

    /** A waitlist entry by its id. */
    Optional<WaitlistEntry> waitlistEntry(long id);

    /** The client's entries on the waitlist, longest in line first. */
    List<WaitlistEntry> waitlistOf(String clientId);

    /** A client's bookings that hold their time (active, confirmed) and end after {@code after}, soonest first. */
    List<Booking> activeBookingsOf(String clientId, Instant after);

    Optional<Booking> booking(long id);

    /** Runs the work in one transaction: all of its writes commit together or none does. */
    <T> T inTransaction(Function<BookingTransaction, T> work);

    /**
     * The schedules and bookings of the employees between two dates (the second one excluded), in the given
     * order; the busy spans reach {@link Booking#MAX_BUFFER} further each way, where a visit's buffers may reach.
     * Holds aside: what the booker reads before it checks the holds under the employee's lock.
     */
    default List<EmployeeTimes> employeeTimes(List<Employee> employees, LocalDate from, LocalDate until, ZoneId zone) {
        TimeSpan span = span(from, until, zone);
        return times(employees, busy(ids(employees), span.start(), span.end()));
    }

    /**
     * The same, as {@code viewer} may book them: starts held for other clients from the waitlist are taken time
     * too, the viewer's own are free. A null viewer (nobody in particular) finds every held start taken.
     */
    default List<EmployeeTimes> employeeTimes(List<Employee> employees, LocalDate from, LocalDate until, ZoneId zone,
                                              String viewer) {
        TimeSpan span = span(from, until, zone);
        BusyAndHeld read = busyAndHeld(ids(employees), span.start(), span.end());
        List<EmployeeTimes> times = times(employees, read.busy());
        if (read.holds().isEmpty()) {
            return times;
        }
        return times.stream()
                .map(t -> new EmployeeTimes(t.employeeId(), t.schedule(),
                        Hold.against(t.busy(), read.holds().getOrDefault(t.employeeId(), List.of()), viewer)))
                .toList();
    }

    /** The time {@link #employeeTimes} reads for the dates [from, until): {@link Booking#MAX_BUFFER} further each way. */
    static TimeSpan span(LocalDate from, LocalDate until, ZoneId zone) {
        return new TimeSpan(from.atStartOfDay(zone).toInstant().minus(Booking.MAX_BUFFER),
                until.atStartOfDay(zone).toInstant().plus(Booking.MAX_BUFFER));
    }

    /** The employees' schedules with their busy spans, in the employees' order. */
    static List<EmployeeTimes> times(List<Employee> employees, Map<Long, BusyTimes> busy) {
        return employees.stream()
                .map(e -> new EmployeeTimes(e.id(), e.schedule(), busy.getOrDefault(e.id(), BusyTimes.NONE)))
                .toList();
    }

    private static List<Long> ids(List<Employee> employees) {
        return employees.stream().map(Employee::id).toList();
    }
}
