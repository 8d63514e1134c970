package slotbot.booking.functions;

import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.calendar.Visit;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** get_info_for_booking(): a plain-text digest of branches, services and the next free times, for a prompt. */
final class InfoDigest {

    private static final int DAYS = 3;
    private static final int TIMES_PER_DAY = 8;

    private final BookingData data;

    InfoDigest(BookingData data) {
        this.data = data;
    }

    String digest(Call call) {
        StringBuilder text = new StringBuilder();
        for (Company company : data.companies()) {
            if (company.takesOnlineBookings()) {
                branch(data.catalog(company.id()).orElseThrow(), call, text);
            }
        }
        return text.toString();
    }

    private void branch(CompanyCatalog catalog, Call call, StringBuilder text) {
        Company company = catalog.company();
        text.append("Филиал ").append(company.id()).append(": ").append(company.name())
                .append(", ").append(company.address()).append('\n');
        ZoneId zone = company.zone();
        LocalDate today = LocalDate.ofInstant(call.now(), zone);
        for (Service service : catalog.activeServices()) {
            text.append("- ").append(service.title()).append(" (id ").append(service.id()).append("): ")
                    .append(Views.money(service.price()).toPlainString()).append(", ")
                    .append(service.durationMinutes()).append(" мин.\n");
            List<Employee> employees = catalog.activeEmployees().stream().filter(e -> e.provides(List.of(service.id()))).toList();
            List<EmployeeTimes> times = data.employeeTimes(employees, today, today.plusDays(DAYS), zone, call.clientId());
            SlotFinder finder = Visit.with(catalog, List.of(service), Optional.empty())
                    .finder(AvailabilityFunctions.DEFAULT_SLOT_INTERVAL, call.now());
            for (LocalDate date = today; date.isBefore(today.plusDays(DAYS)); date = date.plusDays(1)) {
                List<LocalTime> slots = finder.slots(date, times);
                if (!slots.isEmpty()) {
                    text.append("  ").append(Args.formatDate(date)).append(": ")
                            .append(String.join(", ", slots.stream().limit(TIMES_PER_DAY).map(Args::formatTime).toList()))
                            .append(slots.size() > TIMES_PER_DAY ? " …" : "").append('\n');
                }
            }
        }
    }
}
