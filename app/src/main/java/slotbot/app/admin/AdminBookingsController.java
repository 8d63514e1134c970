package slotbot.app.admin;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.web.HostileText;
import slotbot.app.web.JsonBodies;
import slotbot.app.web.JsonBodies.BadBody;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingNotFound;
import slotbot.booking.calendar.BookingRefused;
import slotbot.booking.calendar.BookingRequest;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.CancelRequest;
import slotbot.booking.calendar.InvalidRequest;
import slotbot.booking.calendar.MoveRequest;
import slotbot.booking.calendar.NotYourBooking;
import slotbot.booking.calendar.Requester;
import slotbot.booking.functions.ArgumentForms;
import slotbot.booking.functions.InvalidArgument;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bookings through the admin API: list and filter; book, move and cancel on behalf of a client (a
 * phone booking). The actions go through the booking core as the functions do, so they keep its
 * availability rules, its no-double-booking guarantee and its booking events; the fields take the
 * functions' forms ({@link ArgumentForms}).
 */
@RestController
class AdminBookingsController {

    static final int MAX_LIST = 1000;
    private static final String PATH = "/api/v1/admin/bookings";
    private static final String CREATE_EXAMPLE = "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.02.2024\","
            + " \"time\": \"10:00\", \"employee_id\": 463665, \"client_id\": \"tg-1001\"}";
    private static final String MOVE_EXAMPLE = "{\"date\": \"05.02.2024\", \"time\": \"10:00\"}";

    private final Bookings bookings;
    private final AdminBookingRows rows;
    private final JsonBodies bodies;

    AdminBookingsController(Bookings bookings, AdminBookingRows rows, JsonBodies bodies) {
        this.bookings = bookings;
        this.rows = rows;
        this.bodies = bodies;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> list(@RequestParam Map<String, String> query) {
        return answer(() -> {
            AdminBookingRows.Page page = rows.list(BookingFilter.of(query), MAX_LIST);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("bookings", page.bookings());
            body.put("truncated", page.truncated());
            return ResponseEntity.ok(body);
        });
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> one(@PathVariable String id) {
        return answer(() -> {
            long bookingId = bookingId(id);
            return rows.booking(bookingId).<ResponseEntity<Object>>map(ResponseEntity::ok)
                    .orElseGet(() -> notFound(bookingId));
        });
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> create(@RequestBody(required = false) String body,
                                  @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return answer(() -> {
            requireJson(contentType);
            Booking booking = bookings.book(bookingRequest(bodies.object(body, CREATE_EXAMPLE)));
            return ResponseEntity.created(URI.create(PATH + "/" + booking.id())).body(done("booked", booking.id()));
        });
    }

    @PostMapping(path = PATH + "/{id}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> move(@PathVariable String id, @RequestBody(required = false) String body,
                                @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return answer(() -> {
            requireJson(contentType);
            long bookingId = bookingId(id);
            JsonNode request = bodies.object(body, MOVE_EXAMPLE);
            bookings.move(new MoveRequest(bookingId, date(request), time(request), Requester.OWNER));
            return ResponseEntity.ok(done("moved", bookingId));
        });
    }

    @PostMapping(path = PATH + "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> cancel(@PathVariable String id) {
        return answer(() -> {
            long bookingId = bookingId(id);
            bookings.cancel(new CancelRequest(bookingId, Optional.empty(), Requester.OWNER));
            return ResponseEntity.ok(done("cancelled", bookingId));
        });
    }

    private Map<String, Object> done(String verb, long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", "booking " + id + " " + verb);
        body.put("booking", rows.booking(id).orElse(null));
        return body;
    }

    /** The client first, then the fields in the order of create_booking's parameters. */
    private static BookingRequest bookingRequest(JsonNode request) {
        String client = clientId(request.get("client_id"));
        return new BookingRequest(ArgumentForms.id(field(request, "company_id"), "company_id"),
                ArgumentForms.serviceIds(field(request, "service_ids"), "service_ids"),
                date(request), time(request), ArgumentForms.optionalId(field(request, "employee_id"), "employee_id"), client);
    }

    /**
     * A request naming what does not exist is malformed (400), a booking that is not there is not found
     * (404); every other refusal (the time is taken or past, the booking already cancelled) conflicts with
     * the calendar as it is (409).
     */
    private static HttpStatus statusOf(BookingRefused refusal) {
        if (refusal instanceof InvalidRequest) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal instanceof BookingNotFound || refusal instanceof NotYourBooking) {
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatus.CONFLICT;
    }

    private static LocalDate date(JsonNode request) {
        return ArgumentForms.date(field(request, "date"), "date");
    }

    private static LocalTime time(JsonNode request) {
        return ArgumentForms.time(field(request, "time"), "time");
    }

    private static Object field(JsonNode request, String name) {
        return JsonBodies.toJava(request.get(name));
    }

    private static String clientId(JsonNode client) {
        if (client == null || client.isNull() || !(client.isString() || client.isIntegralNumber())
                || client.asString().isBlank() || client.asString().length() > BookingFilter.MAX_CLIENT_ID) {
            throw new BadBody("client_id: expected the id of the client booked for (a text of 1 to "
                    + BookingFilter.MAX_CLIENT_ID + " characters such as \"tg-1001\" or \"phone-79001234567\"), got "
                    + JsonBodies.show(client));
        }
        HostileText.require("client_id", client.asString(), HostileText.Form.NAME);
        return client.asString().strip();
    }

    private static long bookingId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadBody("id: expected a positive integer booking id such as 17, got " + BookingFilter.quoted(id));
    }

    private static void requireJson(String contentType) {
        if (contentType != null && (contentType.contains("form-urlencoded") || contentType.contains("multipart"))) {
            throw new UnsupportedBody("Content-Type: expected application/json, got " + contentType);
        }
    }

    private static ResponseEntity<Object> answer(Supplier<ResponseEntity<Object>> action) {
        try {
            return action.get();
        } catch (UnsupportedBody e) {
            return failure(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        } catch (BadBody | InvalidArgument e) {
            return failure(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (BookingRefused e) {
            return failure(statusOf(e), e.getMessage());
        }
    }

    private static ResponseEntity<Object> notFound(long id) {
        return failure(HttpStatus.NOT_FOUND, "no booking " + id);
    }

    private static ResponseEntity<Object> failure(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", false);
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }

    private static final class UnsupportedBody extends BadBody {
        UnsupportedBody(String message) {
            super(message);
        }
    }
}
