package slotbot.booking.functions;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.catalog.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Functions 5 and 6: the dates and the times a client may book. */
final class AvailabilityFunctions {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 366;
    static final int DEFAULT_SLOT_INTERVAL = 30;

    private final BookingData data;
    private final CatalogFunctions catalogs;

    AvailabilityFunctions(BookingData data, CatalogFunctions catalogs) {
        this.data = data;
        this.catalogs = catalogs;
    }

    /** get_dates_for_booking(company_id, service_ids, employee_id, days_limit, max_dates_count) */
    List<String> dates(Call call) {
        Args args = call.args();
        Visit visit = Visit.read(catalogs, args, 1, 2);
        int days = args.integer(3, "days_limit", DEFAULT_DAYS, 1, MAX_DAYS);
        int maxDates = args.integer(4, "max_dates_count", MAX_DAYS, 1, MAX_DAYS);
        if (!visit.catalog().company().takesOnlineBookings() || visit.employees().isEmpty()) {
            return List.of();
        }
        ZoneId zone = visit.catalog().company().zone();
        LocalDate today = LocalDate.ofInstant(call.now(), zone);
        List<EmployeeTimes> times = employeeTimes(visit.employees(), today, today.plusDays(days), zone);
        SlotFinder finder = new SlotFinder(zone, visit.durationMinutes(), DEFAULT_SLOT_INTERVAL, call.now());
        List<String> dates = new ArrayList<>();
        for (LocalDate date = today; date.isBefore(today.plusDays(days)) && dates.size() < maxDates; date = date.plusDays(1)) {
            if (finder.anySlot(date, times)) {
                dates.add(Args.formatDate(date));
            }
        }
        return dates;
    }

    /** get_slots_for_booking(company_id, service_ids, date, employee_id, slot_interval) */
    List<String> slots(Call call) {
        Args args = call.args();
        Visit visit = Visit.read(catalogs, args, 1, 3);
        LocalDate date = args.date(2, "date");
        int interval = args.integer(4, "slot_interval", DEFAULT_SLOT_INTERVAL, 1, 24 * 60);
        ZoneId zone = visit.catalog().company().zone();
        if (!visit.catalog().company().takesOnlineBookings() || visit.employees().isEmpty()
                || date.isBefore(LocalDate.ofInstant(call.now(), zone))) {
            return List.of();
        }
        List<EmployeeTimes> times = employeeTimes(visit.employees(), date, date.plusDays(1), zone);
        return new SlotFinder(zone, visit.durationMinutes(), interval, call.now())
                .slots(date, times)
                .stream()
                .map(Args::formatTime)
                .toList();
    }

    /** The schedules and bookings of the employees between two dates (the second one excluded). */
    List<EmployeeTimes> employeeTimes(List<Employee> employees, LocalDate from, LocalDate until, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        Map<Long, BusyTimes> busy = data.busy(employees.stream().map(Employee::id).toList(), start, end);
        return employees.stream()
                .map(e -> new EmployeeTimes(e.id(), e.schedule(), busy.getOrDefault(e.id(), BusyTimes.NONE)))
                .toList();
    }
}
