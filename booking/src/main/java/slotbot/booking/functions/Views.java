package slotbot.booking.functions;

import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;
import slotbot.booking.clients.Contact;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dictionaries the functions answer with, keyed as the seed names them. */
final class Views {

    private Views() {
    }

    static Map<String, Object> company(Company c) {
        return map("id", c.id(), "name", c.name(), "address", c.address());
    }

    static Map<String, Object> category(Category c) {
        return map("id", c.id(), "name", c.name(), "description", c.description(), "type", c.type().wireName());
    }

    static Map<String, Object> employee(Employee e, CompanyCatalog catalog) {
        return map("id", e.id(), "name", e.name(), "information", e.information(),
                "job_title", catalog.jobTitleOf(e), "job_title_id", e.jobTitleId());
    }

    static Map<String, Object> service(Service s) {
        return map("id", s.id(), "title", s.title(), "description", s.description(),
                "price", money(s.price()), "duration", s.durationMinutes());
    }

    /** The "booking" of a successful create_booking. */
    static Map<String, Object> newBooking(Booking b, CompanyCatalog catalog, Contact client) {
        ZonedDateTime start = b.start().atZone(catalog.company().zone());
        Employee employee = catalog.employee(b.employeeId()).orElseThrow();
        return withClient(b, client, map("id", b.id(),
                "booking_date", Args.formatDate(start.toLocalDate()),
                "booking_time", Args.formatTime(start.toLocalTime()),
                "services", b.services().stream().map(BookedService::title).toList(),
                "service_duration", b.durationMinutes(),
                "total_cost", money(b.totalPrice()),
                "employee_name", employee.name(),
                "job_title", catalog.jobTitleOf(employee),
                "company_name", catalog.company().name(),
                "company_address", catalog.company().address()));
    }

    /** One entry of get_bookings_info. */
    static Map<String, Object> bookingInfo(Booking b, CompanyCatalog catalog, Contact client) {
        ZonedDateTime start = b.start().atZone(catalog.company().zone());
        Employee employee = catalog.employee(b.employeeId()).orElseThrow();
        return withClient(b, client, map("booking_id", b.id(),
                "booking_date", Args.formatDate(start.toLocalDate()),
                "booking_time", Args.formatTime(start.toLocalTime()),
                "service_ids", b.services().stream().map(BookedService::serviceId).toList(),
                "service_names", b.services().stream().map(BookedService::title).toList(),
                "booking_duration", b.durationMinutes(),
                "total_cost", money(b.totalPrice()),
                "employee_id", employee.id(),
                "employee_name", employee.name(),
                "job_title", catalog.jobTitleOf(employee),
                "company_id", catalog.company().id(),
                "company_name", catalog.company().name(),
                "company_address", catalog.company().address()));
    }

    /** Whose booking it is and its status, at the end of a booking's dictionary. */
    private static Map<String, Object> withClient(Booking b, Contact client, Map<String, Object> view) {
        view.put("client_id", b.clientId());
        view.put("client_name", client.name());
        view.put("client_phone", client.phone());
        view.put("status", b.status().wireName());
        return view;
    }

    static Map<String, Object> success(String message) {
        return map("status", true, "message", message);
    }

    /** 1500.00 becomes 1500 and 990.50 becomes 990.5, as a person writes a price. */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
