package slotbot.booking.functions;

import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;

import java.util.List;

/**
 * What a client wants booked, resolved against a branch's catalog: the services in order, their
 * total length, and the employees who could do all of them (one, when the client chose).
 */
record Visit(CompanyCatalog catalog, List<Service> services, List<Employee> employees) {

    int durationMinutes() {
        return services.stream().mapToInt(Service::durationMinutes).sum();
    }

    String serviceTitles() {
        return String.join(", ", services.stream().map(Service::title).toList());
    }

    /** Reads company_id, service_ids and an optional employee_id at the given positions. */
    static Visit read(CatalogFunctions catalogs, Args args, int servicesAt, int employeeAt) {
        CompanyCatalog catalog = catalogs.catalog(args, 0, "company_id");
        List<Long> ids = args.serviceIds(servicesAt, "service_ids");
        List<Service> services = CatalogFunctions.services(catalog, ids, "service_ids");
        int minutes = services.stream().mapToInt(Service::durationMinutes).sum();
        if (minutes > slotbot.booking.calendar.Booking.MAX_LENGTH.toMinutes()) {
            throw new InvalidArgument("service_ids: expected services that fit in one day, got " + minutes + " minutes in all");
        }
        List<Employee> employees = args.optionalId(employeeAt, "employee_id")
                .map(id -> List.of(CatalogFunctions.employee(catalog, id, "employee_id")))
                .orElseGet(catalog::activeEmployees)
                .stream()
                .filter(e -> e.provides(ids))
                .toList();
        return new Visit(catalog, services, employees);
    }
}
