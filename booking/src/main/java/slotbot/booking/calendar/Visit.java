package slotbot.booking.calendar;

import slotbot.booking.availability.SlotFinder;
import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a client wants booked, resolved against a branch's catalog: the services in order, their
 * total length, and the employees who could do all of them (one, when the client chose).
 */
public record Visit(CompanyCatalog catalog, List<Service> services, List<Employee> employees) {

    /** No visit is longer than {@link Booking#MAX_LENGTH}. */
    public Visit {
        services = List.copyOf(services);
        employees = List.copyOf(employees);
        int minutes = services.stream().mapToInt(Service::durationMinutes).sum();
        if (minutes > Booking.MAX_LENGTH.toMinutes()) {
            throw new VisitTooLong(minutes);
        }
    }

    /** Looks the ids up in the branch's catalog. */
    public static Visit of(CompanyCatalog catalog, List<Long> serviceIds, Optional<Long> employeeId) {
        return with(catalog, services(catalog, serviceIds), employeeId.map(id -> employee(catalog, id)));
    }

    /** The services and, when chosen, the employee, already looked up. */
    public static Visit with(CompanyCatalog catalog, List<Service> services, Optional<Employee> chosen) {
        List<Long> ids = services.stream().map(Service::id).toList();
        List<Employee> employees = chosen.map(List::of).orElseGet(catalog::activeEmployees).stream()
                .filter(e -> e.provides(ids))
                .toList();
        return new Visit(catalog, services, employees);
    }

    /** The active services with these ids, in order. */
    public static List<Service> services(CompanyCatalog catalog, List<Long> ids) {
        return ids.stream()
                .map(id -> catalog.service(id).filter(Service::active)
                        .orElseThrow(() -> new UnknownService(id, catalog.company().id())))
                .toList();
    }

    /** The active employee with this id. */
    public static Employee employee(CompanyCatalog catalog, long id) {
        return catalog.employee(id).filter(Employee::active)
                .orElseThrow(() -> new UnknownEmployee(id, catalog.company().id()));
    }

    public int durationMinutes() {
        return services.stream().mapToInt(Service::durationMinutes).sum();
    }

    /** Minutes its employee is kept busy before it: the first service's buffer (those between services count for nothing). */
    public int bufferBefore() {
        return services.isEmpty() ? 0 : services.get(0).bufferBefore();
    }

    /** Minutes its employee is kept busy after it: the last service's buffer. */
    public int bufferAfter() {
        return services.isEmpty() ? 0 : services.get(services.size() - 1).bufferAfter();
    }

    /** The engine for this visit at {@code now}: its length and buffers, starts every {@code step} minutes within the branch's rules. */
    public SlotFinder finder(int stepMinutes, Instant now) {
        BookingRules rules = catalog.company().rules();
        return new SlotFinder(catalog.company().zone(), durationMinutes(), stepMinutes, now)
                .within(rules.earliest(now), rules.latest(now))
                .withBuffers(bufferBefore(), bufferAfter());
    }

    /** The same engine without the branch's min_notice and max_advance: any start from now on (the owner's desk). */
    public SlotFinder anyTimeFinder(int stepMinutes, Instant now) {
        return new SlotFinder(catalog.company().zone(), durationMinutes(), stepMinutes, now)
                .withBuffers(bufferBefore(), bufferAfter());
    }

    public String serviceTitles() {
        return String.join(", ", services.stream().map(Service::title).toList());
    }
}
