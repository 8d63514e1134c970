package slotbot.app.admin;

import slotbot.app.text.HostileText;
import slotbot.app.errors.BadInput;
import slotbot.booking.calendar.BookingStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of the admin booking list, every one optional: a branch, an employee, a client, a range
 * of dates (both ends included, in each branch's own time zone) and a status as the list shows it
 * (a booking whose end has passed is completed, see {@link AdminBookingRows}).
 */
record BookingFilter(Long companyId, Long employeeId, String clientId, LocalDate from, LocalDate to,
                     BookingStatus status) {

    static final int MAX_CLIENT_ID = 128;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Reads the query parameters; a malformed one is a {@link BadInput} naming it, what was expected and what came. */
    static BookingFilter of(Map<String, String> query) {
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInput("to: expected a date on or after from (" + from + "), got " + quoted(query.get("to")));
        }
        return new BookingFilter(id(query, "company_id"), id(query, "employee_id"), client(query), from, to, status(query));
    }

    private static String value(Map<String, String> query, String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Long id(Map<String, String> query, String name) {
        String value = value(query, name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() <= 18) {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return id;
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInput(name + ": expected a positive integer id such as 14275391, got " + quoted(value));
    }

    private static String client(Map<String, String> query) {
        String value = value(query, "client_id");
        if (value != null && value.length() > MAX_CLIENT_ID) {
            throw new BadInput("client_id: expected the id of a client (a text of 1 to " + MAX_CLIENT_ID
                    + " characters such as \"tg-1001\"), got " + quoted(value));
        }
        HostileText.require("client_id", value, HostileText.Form.NAME);
        return value;
    }

    static LocalDate date(Map<String, String> query, String name) {
        String value = value(query, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new BadInput(name + ": expected a date as yyyy-MM-dd such as \"2030-03-05\", got " + quoted(value));
        }
    }

    private static BookingStatus status(Map<String, String> query) {
        String value = value(query, "status");
        if (value == null) {
            return null;
        }
        return BookingStatus.ofWireName(value).orElseThrow(() -> new BadInput("status: expected one of "
                + Arrays.stream(BookingStatus.values()).map(s -> "\"" + s.wireName() + "\"").collect(Collectors.joining(", "))
                + ", got " + quoted(value)));
    }

    static String quoted(String value) {
        String text = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
