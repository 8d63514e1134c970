package slotbot.booking.functions;

import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.Visit;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Functions 5 and 6: the dates and the times a client may book (a start held for another client from the waitlist is not one). */
final class AvailabilityFunctions {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 366;
    static final int DEFAULT_SLOT_INTERVAL = 30;
    /** The fewest employees whose free starts of a date are read at once. */
    static final int FIRST_SLOTS_GROUP = 4;

    private final BookingData data;
    private final CatalogFunctions catalogs;

    AvailabilityFunctions(BookingData data, CatalogFunctions catalogs) {
        this.data = data;
        this.catalogs = catalogs;
    }

    /** get_dates_for_booking(company_id, service_ids, employee_id, days_limit, max_dates_count) */
    List<String> dates(Call call) {
        Args args = call.args();
        Visit visit = visit(args, 1, 2);
        int days = args.integer(3, "days_limit", DEFAULT_DAYS, 1, MAX_DAYS);
        int maxDates = args.integer(4, "max_dates_count", MAX_DAYS, 1, MAX_DAYS);
        if (!visit.catalog().company().takesOnlineBookings() || visit.employees().isEmpty()) {
            return List.of();
        }
        ZoneId zone = visit.catalog().company().zone();
        LocalDate today = LocalDate.ofInstant(call.now(), zone);
        LocalDate until = lastBookable(visit, call, zone).plusDays(1);
        if (until.isAfter(today.plusDays(days))) {
            until = today.plusDays(days);
        }
        SlotFinder finder = visit.finder(DEFAULT_SLOT_INTERVAL, call.now());
        return freeDates(visit.employees(), today, until, zone, finder, call.clientId()).stream()
                .limit(maxDates)
                .map(Args::formatDate)
                .toList();
    }

    /**
     * The dates in [from, until) on which one of the employees has a free start. A date needs one employee with a
     * free start, not everyone's calendar: the employees are asked in groups of 1, 2, 4, … about the dates still
     * undecided, so that a calendar with room reads one employee's bookings for the two weeks (one query, not every
     * employee's thousands of spans), and a full one reads everyone's in a handful of queries.
     */
    private List<LocalDate> freeDates(List<Employee> employees, LocalDate from, LocalDate until, ZoneId zone,
                                      SlotFinder finder, String viewer) {
        List<LocalDate> undecided = new ArrayList<>(until.isAfter(from) ? from.datesUntil(until).toList() : List.of());
        Set<LocalDate> free = new TreeSet<>();
        for (int next = 0, group = 1; next < employees.size() && !undecided.isEmpty(); next += group, group *= 2) {
            List<Employee> asked = employees.subList(next, Math.min(employees.size(), next + group));
            List<EmployeeTimes> times = data.employeeTimes(asked, undecided.get(0),
                    undecided.get(undecided.size() - 1).plusDays(1), zone, viewer);
            undecided.removeIf(date -> finder.anySlot(date, times) && free.add(date));
        }
        return List.copyOf(free);
    }

    /** get_slots_for_booking(company_id, service_ids, date, employee_id, slot_interval) */
    List<String> slots(Call call) {
        Args args = call.args();
        Visit visit = visit(args, 1, 3);
        LocalDate date = args.date(2, "date");
        int interval = args.integer(4, "slot_interval", DEFAULT_SLOT_INTERVAL, 1, 24 * 60);
        ZoneId zone = visit.catalog().company().zone();
        if (!visit.catalog().company().takesOnlineBookings() || visit.employees().isEmpty()
                || date.isBefore(LocalDate.ofInstant(call.now(), zone)) || date.isAfter(lastBookable(visit, call, zone))) {
            return List.of();
        }
        return freeSlots(visit.employees(), date, zone, visit.finder(interval, call.now()), call.clientId()).stream()
                .map(Args::formatTime)
                .toList();
    }

    /**
     * The free starts of a date over the employees, sorted. A start needs one employee free at it, not everyone's
     * calendar: the employees are asked in groups, each twice the last and the last taking the rest, until every start
     * their schedules offer that day is found free. A day with room thus reads a few employees' bookings; a full one
     * reads everyone's, in three queries at most; a team of up to eleven is read in one.
     */
    private List<LocalTime> freeSlots(List<Employee> employees, LocalDate date, ZoneId zone, SlotFinder finder,
                                      String viewer) {
        int offered = finder.slots(date, BookingData.times(employees, Map.of())).size();
        Set<LocalTime> free = new TreeSet<>();
        int size = employees.size();
        int group = Math.max(FIRST_SLOTS_GROUP, (size + 7) / 8);
        for (int next = 0; next < size && free.size() < offered; next += group, group *= 2) {
            if (size - (next + group) < 2 * group) {
                group = size - next;
            }
            List<Employee> asked = employees.subList(next, next + group);
            free.addAll(finder.slots(date, data.employeeTimes(asked, date, date.plusDays(1), zone, viewer)));
        }
        return List.copyOf(free);
    }

    /** The last date on which the branch's max_advance allows a start: no need to read bookings beyond it. */
    private static LocalDate lastBookable(Visit visit, Call call, ZoneId zone) {
        return LocalDate.ofInstant(visit.catalog().company().rules().latest(call.now()), zone);
    }

    /** Reads company_id, service_ids and an optional employee_id at the given positions, looking each up as it goes. */
    private Visit visit(Args args, int servicesAt, int employeeAt) {
        CompanyCatalog catalog = catalogs.catalog(args);
        List<Service> services = Visit.services(catalog, args.serviceIds(servicesAt, "service_ids"));
        Optional<Employee> employee = args.optionalId(employeeAt, "employee_id").map(id -> Visit.employee(catalog, id));
        return Visit.with(catalog, services, employee);
    }
}
