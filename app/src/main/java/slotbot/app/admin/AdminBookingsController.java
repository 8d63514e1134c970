package slotbot.app.admin;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.ContactChange;
import slotbot.app.clients.Phones;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.metrics.BookingMeter;
import slotbot.app.metrics.BookingMeter.Action;
import slotbot.app.text.HostileText;
import slotbot.app.web.JsonBodies;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingRequest;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.CancelRequest;
import slotbot.booking.calendar.MoveRequest;
import slotbot.booking.calendar.Requester;
import slotbot.booking.functions.ArgumentForms;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bookings through the admin API: list and filter; book, move and cancel on behalf of a client (a
 * phone booking, with the caller's name and phone); confirm one for the client, or mark a no-show. The actions go through the booking core as the functions do, so they keep its
 * availability rules, its no-double-booking guarantee and its booking events; the fields take the
 * functions' forms ({@link ArgumentForms}). Refusals, the core's among them, are answered in one
 * place ({@code slotbot.app.web.ErrorAnswers}). The owner acts at the desk ({@link Requester#DESK}): the branch's
 * min_notice and max_advance, which bind clients and the function API, do not bind a walk-in or a move made here.
 */
@RestController
class AdminBookingsController {

    static final int MAX_LIST = 1000;
    private static final String PATH = "/api/v1/admin/bookings";
    private static final String CREATE_EXAMPLE = "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.02.2024\","
            + " \"time\": \"10:00\", \"employee_id\": 463665, \"client_id\": \"tg-1001\"}";
    private static final String MOVE_EXAMPLE = "{\"date\": \"05.02.2024\", \"time\": \"10:00\"}";
    private static final String CANCEL_EXAMPLE = "{\"reason\": \"the client called: ill\"}";
    static final int MAX_REASON = 500;

    /** The client a caller is booked as when no client_id is given: their phone, as "phone-79001234567". */
    static final String PHONE_CLIENT = "phone-";

    private final Bookings bookings;
    private final AdminBookingRows rows;
    private final JsonBodies bodies;
    private final ClientRows clients;
    private final Phones phones;
    private final BookingMeter meter;

    AdminBookingsController(Bookings bookings, AdminBookingRows rows, JsonBodies bodies, ClientRows clients, Phones phones,
                            BookingMeter meter) {
        this.bookings = bookings;
        this.rows = rows;
        this.bodies = bodies;
        this.clients = clients;
        this.phones = phones;
        this.meter = meter;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> list(@RequestParam Map<String, String> query) {
        AdminBookingRows.Page page = rows.list(BookingFilter.of(query), MAX_LIST);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookings", page.bookings());
        body.put("truncated", page.truncated());
        return ResponseEntity.ok(body);
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> one(@PathVariable String id) {
        long bookingId = bookingId(id);
        return ResponseEntity.ok(rows.booking(bookingId).orElseThrow(() -> new NotFound("no booking " + bookingId)));
    }

    /**
     * Books for a client; {@code "client": {"name", "phone"}} sets their contact first, as the function API's does, and
     * without a client_id the caller is the client of that phone ("phone-79001234567").
     */
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> create(@RequestBody(required = false) String body) {
        JsonNode request = bodies.object(body, CREATE_EXAMPLE);
        ContactChange contact = request.has("client") ? ContactChange.read(request.get("client"), "client", phones) : null;
        String client = clientOf(request.get("client_id"), contact);
        BookingRequest wish = bookingRequest(request, client);
        if (contact != null && !contact.changesNothing()) {
            clients.apply(client, contact);
        }
        Booking booking = meter.write(BookingMeter.Source.ADMIN, Action.CREATE, () -> bookings.book(wish, Requester.DESK));
        return ResponseEntity.created(URI.create(PATH + "/" + booking.id())).body(done("booked", booking.id()));
    }

    @PostMapping(path = PATH + "/{id}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> move(@PathVariable String id, @RequestBody(required = false) String body) {
        long bookingId = bookingId(id);
        JsonNode request = bodies.object(body, MOVE_EXAMPLE);
        MoveRequest move = new MoveRequest(bookingId, date(request), time(request), Requester.DESK);
        meter.write(BookingMeter.Source.ADMIN, Action.MOVE, () -> bookings.move(move));
        return ResponseEntity.ok(done("moved", bookingId));
    }

    /** The body is optional: {"reason": "..."} keeps why, for the owner's list and the webhook. */
    @PostMapping(path = PATH + "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> cancel(@PathVariable String id, @RequestBody(required = false) String body) {
        long bookingId = bookingId(id);
        String reason = body == null || body.isBlank() ? null : reason(bodies.object(body, CANCEL_EXAMPLE).get("reason"));
        CancelRequest cancel = new CancelRequest(bookingId, Optional.empty(), Requester.DESK, reason);
        meter.write(BookingMeter.Source.ADMIN, Action.CANCEL, () -> bookings.cancel(cancel));
        return ResponseEntity.ok(done("cancelled", bookingId));
    }

    @PostMapping(path = PATH + "/{id}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> confirm(@PathVariable String id) {
        long bookingId = bookingId(id);
        bookings.confirm(bookingId, Requester.OWNER);
        return ResponseEntity.ok(done("confirmed", bookingId));
    }

    @PostMapping(path = PATH + "/{id}/no-show", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> noShow(@PathVariable String id) {
        long bookingId = bookingId(id);
        bookings.markNoShow(bookingId);
        return ResponseEntity.ok(done("marked a no-show", bookingId));
    }

    private Map<String, Object> done(String verb, long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", "booking " + id + " " + verb);
        body.put("booking", rows.booking(id).orElse(null));
        return body;
    }

    /** The fields in the order of create_booking's parameters, for the client already read. */
    private static BookingRequest bookingRequest(JsonNode request, String client) {
        return new BookingRequest(ArgumentForms.id(field(request, "company_id"), "company_id"),
                ArgumentForms.serviceIds(field(request, "service_ids"), "service_ids"),
                date(request), time(request), ArgumentForms.optionalId(field(request, "employee_id"), "employee_id"), client);
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

    /** The client_id given, or the caller's phone as a client id when only their phone is. */
    private static String clientOf(JsonNode clientId, ContactChange contact) {
        boolean given = clientId != null && !clientId.isNull() && !(clientId.isString() && clientId.asString().isBlank());
        if (!given && contact != null && contact.setsPhone() && contact.phone() != null) {
            return PHONE_CLIENT + contact.phone().substring(1);
        }
        return clientId(clientId);
    }

    private static String clientId(JsonNode client) {
        if (client == null || client.isNull() || !(client.isString() || client.isIntegralNumber())
                || client.asString().isBlank() || client.asString().length() > BookingFilter.MAX_CLIENT_ID) {
            throw new BadInput("client_id: expected the id of the client booked for (a text of 1 to "
                    + BookingFilter.MAX_CLIENT_ID + " characters such as \"tg-1001\" or \"phone-79001234567\"; or client.phone"
                    + " to book the caller of that phone), got "
                    + JsonBodies.show(client));
        }
        HostileText.require("client_id", client.asString(), HostileText.Form.NAME);
        return client.asString().strip();
    }

    /** Free text of up to MAX_REASON characters, or nothing (absent, null or blank). */
    private static String reason(JsonNode reason) {
        if (reason == null || reason.isNull()) {
            return null;
        }
        if (!reason.isString() || reason.asString().length() > MAX_REASON) {
            throw new BadInput("reason: expected why the booking is cancelled, a text of at most " + MAX_REASON
                    + " characters such as \"the client called: ill\", got " + JsonBodies.show(reason));
        }
        HostileText.require("reason", reason.asString(), HostileText.Form.TEXT);
        return reason.asString();
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
        throw new BadInput("id: expected a positive integer booking id such as 17, got " + BookingFilter.quoted(id));
    }
}
