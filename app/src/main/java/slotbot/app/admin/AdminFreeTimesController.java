package slotbot.app.admin;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.errors.BadInput;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.FreeTimes;
import slotbot.booking.calendar.Requester;
import slotbot.booking.calendar.Visit;
import slotbot.booking.functions.ArgumentForms;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The owner's picker of free times: the dates and the starts the admin API's booking and moving take. Unlike the
 * booking functions (which keep their callers' rules), it offers the desk's times ({@link Requester#DESK}): from now
 * on, inside min_notice and beyond max_advance, every 15 minutes; for a move ({@code booking_id}), the booking's own
 * old time counts as free, so it can be moved by a quarter of an hour. See docs/api.md.
 */
@RestController
class AdminFreeTimesController {

    static final int DEFAULT_DAYS = 60;
    static final int MAX_DAYS = 400;
    static final int DEFAULT_STEP = 15;
    private static final String PATH = "/api/v1/admin/free-times";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Bookings bookings;

    AdminFreeTimesController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** The dates with a free start: {"dates": ["02.12.2026", ...]}. */
    @GetMapping(path = PATH + "/dates", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> dates(@RequestParam Map<String, String> query) {
        FreeTimes desk = bookings.freeTimes(Requester.DESK);
        int days = number(query, "days", DEFAULT_DAYS, MAX_DAYS);
        return Map.of("dates", desk.dates(search(desk, query), days).stream().map(DATE::format).toList());
    }

    /** The free starts of one date: {"date": "02.12.2026", "times": ["10:00", "10:15", ...]}. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> times(@RequestParam Map<String, String> query) {
        FreeTimes desk = bookings.freeTimes(Requester.DESK);
        var date = ArgumentForms.date(query.get("date"), "date");
        int step = number(query, "step", DEFAULT_STEP, 24 * 60);
        return Map.of("date", DATE.format(date),
                "times", desk.slots(search(desk, query), date, step).stream().map(TIME::format).toList());
    }

    /** A move's search (booking_id), or a new visit's (company_id, service_ids as "844,845", employee_id, client_id). */
    private FreeTimes.Search search(FreeTimes desk, Map<String, String> query) {
        var moving = ArgumentForms.optionalId(query.get("booking_id"), "booking_id");
        if (moving.isPresent()) {
            return desk.forMove(moving.get());
        }
        long company = ArgumentForms.id(query.get("company_id"), "company_id");
        List<Long> services = ArgumentForms.serviceIds(query.get("service_ids"), "service_ids");
        var employee = ArgumentForms.optionalId(query.get("employee_id"), "employee_id");
        String client = query.get("client_id");
        return desk.forVisit(Visit.of(bookings.branch(company), services, employee),
                client == null || client.isBlank() ? null : client.strip());
    }

    private static int number(Map<String, String> query, String name, int fallback, int max) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInput(name + ": expected an integer from 1 to " + max + ", got " + BookingFilter.quoted(value));
    }
}
