package slotbot.booking.calendar;

import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The free times a requester may book or move a booking to: what {@link Bookings#book(BookingRequest, Requester)} and
 * {@link Bookings#move} would take. Unlike the booking functions' search, the {@link Requester#DESK} sees starts inside
 * min_notice and beyond max_advance, and a move's search ignores the booking being moved, so it may shift by a quarter
 * of an hour over its own old time. Starts held for other clients from the waitlist are taken time, as for anyone.
 */
public final class FreeTimes {

    private final BookingData data;
    private final Clock clock;
    private final Requester requester;

    FreeTimes(BookingData data, Clock clock, Requester requester) {
        this.data = data;
        this.clock = clock;
        this.requester = requester;
    }

    /** Where a search looks: whose times, for how long, and which booking's own span does not count. */
    public record Search(CompanyCatalog catalog, List<Employee> employees, int durationMinutes, int bufferBefore,
                         int bufferAfter, String viewer, Optional<Booking> moving) {
    }

    /** A new visit of these services, with the chosen employee or anyone who provides them all, for {@code viewer}'s holds. */
    public Search forVisit(Visit visit, String viewer) {
        return new Search(visit.catalog(), visit.employees(), visit.durationMinutes(), visit.bufferBefore(),
                visit.bufferAfter(), viewer, Optional.empty());
    }

    /**
     * The booking moved: same employee, same length and buffers, its own span free.
     *
     * @throws BookingNotFound for an unknown id
     * @throws EmployeeGone    when its employee has been deactivated
     */
    public Search forMove(long bookingId) {
        Booking booking = data.booking(bookingId).orElseThrow(() -> new BookingNotFound(bookingId, requester));
        CompanyCatalog catalog = data.catalog(booking.companyId()).orElseThrow(() -> new BookingNotFound(bookingId, requester));
        Employee employee = catalog.employee(booking.employeeId()).filter(Employee::active)
                .orElseThrow(() -> new EmployeeGone(bookingId));
        int before = (int) ((booking.start().getEpochSecond() - booking.busy().start().getEpochSecond()) / 60);
        int after = (int) ((booking.busy().end().getEpochSecond() - booking.end().getEpochSecond()) / 60);
        return new Search(catalog, List.of(employee), booking.durationMinutes(), before, after, booking.clientId(),
                Optional.of(booking));
    }

    /** The dates from today on, at most {@code days} of them looked at, with at least one free start. */
    public List<LocalDate> dates(Search search, int days) {
        if (!search.catalog().company().takesOnlineBookings() || search.employees().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        ZoneId zone = search.catalog().company().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate until = today.plusDays(days);
        SlotFinder finder = finder(search, 15, now);
        List<EmployeeTimes> times = times(search, today, until);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = today; date.isBefore(until); date = date.plusDays(1)) {
            if (finder.anySlot(date, times)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The free starts of a date, every {@code stepMinutes} from the start of each working interval. */
    public List<LocalTime> slots(Search search, LocalDate date, int stepMinutes) {
        if (!search.catalog().company().takesOnlineBookings() || search.employees().isEmpty()) {
            return List.of();
        }
        return finder(search, stepMinutes, clock.instant()).slots(date, times(search, date, date.plusDays(1)));
    }

    private SlotFinder finder(Search search, int stepMinutes, Instant now) {
        SlotFinder finder = new SlotFinder(search.catalog().company().zone(), search.durationMinutes(), stepMinutes, now);
        if (requester.boundByBookingWindow()) {
            var rules = search.catalog().company().rules();
            finder = finder.within(rules.earliest(now), rules.latest(now));
        }
        return finder.withBuffers(search.bufferBefore(), search.bufferAfter());
    }

    /** The employees' times as the viewer may book them, the moved booking's own span free. */
    private List<EmployeeTimes> times(Search search, LocalDate from, LocalDate until) {
        List<EmployeeTimes> times = data.employeeTimes(search.employees(), from, until, search.catalog().company().zone(),
                search.viewer());
        if (search.moving().isEmpty()) {
            return times;
        }
        Booking own = search.moving().get();
        return times.stream()
                .map(t -> t.employeeId() == own.employeeId() && own.holdsTime()
                        ? new EmployeeTimes(t.employeeId(), t.schedule(), t.busy().without(own.busy()))
                        : t)
                .toList();
    }
}
