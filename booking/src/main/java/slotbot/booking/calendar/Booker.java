package slotbot.booking.calendar;

import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Books a visit: finds who works then and tries them one by one, each under the employee's lock, so
 * two clients racing for one slot get one booking. Without a chosen employee, a random free one. A start held
 * for another client from the waitlist is refused under the same lock; one held for this client is theirs.
 */
final class Booker {

    private final BookingData data;
    private final BookingEventListener events;
    private final RandomGenerator random;

    Booker(BookingData data, BookingEventListener events, RandomGenerator random) {
        this.data = data;
        this.events = events;
        this.random = random;
    }

    /** Books the visit; {@code windowed}: the branch's min_notice and max_advance bind its start (all but the desk). */
    Booking book(Visit visit, LocalDate date, LocalTime time, String client, Instant now, boolean windowed) {
        Company company = visit.catalog().company();
        Rules.requireOnline(company);
        if (visit.employees().isEmpty()) {
            throw new NoEmployeeProvides(visit);
        }
        Instant start = Rules.instant(company, date, time);
        Rules.requireFuture(start, date, time, now);
        if (windowed) {
            Rules.requireWithinRules(company, start, date, time, now);
        }
        SlotFinder finder = windowed ? visit.finder(1, now) : visit.anyTimeFinder(1, now);
        List<Employee> working = working(visit, date, time, start, finder);
        return firstFree(candidates(working, date, finder, start, client), new Draft(visit, client, start, now),
                company, date, time, working.size());
    }

    private static List<Employee> working(Visit visit, LocalDate date, LocalTime time, Instant start, SlotFinder finder) {
        List<Employee> working = visit.employees().stream()
                .filter(e -> finder.fitsSchedule(start, date, e.schedule()))
                .toList();
        if (working.isEmpty()) {
            throw OutsideWorkingHours.nobody(date, time, visit);
        }
        return working;
    }

    /**
     * With one candidate the check under the lock is the only one needed; with several, a read
     * outside any lock picks the ones worth locking, in random order, so that "any employee" spreads the load;
     * but an employee whose time is held for this client comes first: that start is theirs.
     */
    private List<Employee> candidates(List<Employee> working, LocalDate date, SlotFinder finder, Instant start,
                                      String client) {
        if (working.size() == 1) {
            return working;
        }
        // One read of the busy spans and the holds over the visit's own busy span, buffers and all (whether the start
        // fits depends on nothing else): the holds only order the candidates, the check under the lock decides.
        TimeSpan busy = finder.busySpan(start);
        BookingData.BusyAndHeld read = data.busyAndHeld(working.stream().map(Employee::id).toList(), busy.start(), busy.end());
        List<EmployeeTimes> times = BookingData.times(working, read.busy());
        List<Employee> free = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            if (finder.fits(start, date, times.get(i))) {
                free.add(working.get(i));
            }
        }
        for (int i = free.size() - 1; i > 0; i--) {
            Collections.swap(free, i, random.nextInt(i + 1));
        }
        Map<Long, List<Hold>> holds = read.holds();
        free.sort(Comparator.comparing(e -> holds.getOrDefault(e.id(), List.of()).stream()
                .noneMatch(h -> h.isFor(client) && h.busy().overlaps(busy))));
        return free;
    }

    /** The first candidate free for the visit; a refusal names a hold when one kept the time from this client. */
    private Booking firstFree(List<Employee> candidates, Draft draft, Company company, LocalDate date, LocalTime time,
                              int working) {
        SlotHeld held = null;
        for (Employee employee : candidates) {
            try {
                Optional<Booking> booking = tryBook(employee, draft, company);
                if (booking.isPresent()) {
                    return booking.get();
                }
            } catch (SlotHeld e) {
                held = e;
            }
        }
        throw held != null ? held : SlotTaken.allBooked(date, time, working);
    }

    /** Under the employee's lock: no one else's hold on the time, no booking over it; the client's own hold is claimed. */
    private Optional<Booking> tryBook(Employee employee, Draft draft, Company company) {
        try {
            return data.inTransaction(tx -> {
                NewBooking wanted = draft.forEmployee(employee.id(), employee.name(), company.zone());
                Optional<Booking> booking = tx.lockAndInsertIfFreeAndUnheld(wanted);
                List<Hold> own = List.of();
                if (booking.isEmpty()) {
                    // Taken, or held: only a hold of the client's own lets the booking through, and it is then claimed.
                    own = HeldTime.check(tx, employee.id(), wanted.busy(), draft.client(), draft.start(), company.zone());
                    booking = own.isEmpty() ? Optional.empty() : tx.insertIfFree(wanted);
                }
                List<Hold> claimed = own;
                booking.ifPresent(b -> {
                    HeldTime.claim(tx, claimed);
                    events.on(new BookingEvent.BookingCreated(b, wanted.callback().text(b.id()), tx.queuesCallbacks()));
                });
                return booking;
            });
        } catch (SlotTaken e) {
            return Optional.empty();
        }
    }

    /** The booking to store, but for its employee. */
    private record Draft(Visit visit, String client, Instant start, Instant now) {

        NewBooking forEmployee(long employeeId, String employeeName, ZoneId zone) {
            List<BookedService> services = visit.services().stream()
                    .map(s -> new BookedService(s.id(), s.title(), s.price(), s.durationMinutes()))
                    .toList();
            Instant end = start.plusSeconds(visit.durationMinutes() * 60L);
            TimeSpan busy = new TimeSpan(start.minusSeconds(visit.bufferBefore() * 60L),
                    end.plusSeconds(visit.bufferAfter() * 60L));
            return new NewBooking(visit.catalog().company().id(), employeeId, client, start, end, services, now, client,
                    busy, CallbackTexts.created(start, end, employeeName, zone));
        }
    }
}
