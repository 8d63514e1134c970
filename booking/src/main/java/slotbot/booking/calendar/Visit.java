package slotbot.booking.calendar;

import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

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

    public String serviceTitles() {
        return String.join(", ", services.stream().map(Service::title).toList());
    }
}
