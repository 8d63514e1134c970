package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.EmployeeTimes;
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

    /** A client's bookings that hold their time (active, confirmed) and end after {@code after}, soonest first. */
    List<Booking> activeBookingsOf(String clientId, Instant after);

    Optional<Booking> booking(long id);

    /** Runs the work in one transaction: all of its writes commit together or none does. */
    <T> T inTransaction(Function<BookingTransaction, T> work);

    /**
     * The schedules and bookings of the employees between two dates (the second one excluded), in the given
     * order; the busy spans reach {@link Booking#MAX_BUFFER} further each way, where a visit's buffers may reach.
     */
    default List<EmployeeTimes> employeeTimes(List<Employee> employees, LocalDate from, LocalDate until, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant().minus(Booking.MAX_BUFFER);
        Instant end = until.atStartOfDay(zone).toInstant().plus(Booking.MAX_BUFFER);
        Map<Long, BusyTimes> busy = busy(employees.stream().map(Employee::id).toList(), start, end);
        return employees.stream()
                .map(e -> new EmployeeTimes(e.id(), e.schedule(), busy.getOrDefault(e.id(), BusyTimes.NONE)))
                .toList();
    }
}
