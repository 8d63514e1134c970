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
import slotbot.app.text.HostileText;
import slotbot.app.web.JsonBodies;
import slotbot.app.errors.BadInput;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.functions.FunctionResult;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bookings through the admin API: list and filter; book, move and cancel on behalf of a client (a
 * phone booking). The actions go through the booking functions in the client's name, so they keep
 * the functions' availability rules, their no-double-booking guarantee and their booking events.
 */
@RestController
class AdminBookingsController {

    static final int MAX_LIST = 1000;
    private static final String PATH = "/api/v1/admin/bookings";
    private static final String CREATE_EXAMPLE = "{\"company_id\": 14275391, \"service_ids\": [844], \"date\": \"05.02.2024\","
            + " \"time\": \"10:00\", \"employee_id\": 463665, \"client_id\": \"tg-1001\"}";
    private static final String MOVE_EXAMPLE = "{\"date\": \"05.02.2024\", \"time\": \"10:00\"}";

    private final BookingFunctions functions;
    private final AdminBookingRows rows;
    private final JsonBodies bodies;

    AdminBookingsController(BookingFunctions functions, AdminBookingRows rows, JsonBodies bodies) {
        this.functions = functions;
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
            JsonNode request = bodies.object(body, CREATE_EXAMPLE);
            String client = clientId(request.get("client_id"));
            List<Object> args = Arrays.asList(field(request, "company_id"), field(request, "service_ids"),
                    field(request, "date"), field(request, "time"), field(request, "employee_id"));
            FunctionResult result = functions.call("create_booking", args, client);
            if (!succeeded(result)) {
                return refusal(result, "booking_date", "date", "booking_time", "time");
            }
            long id = ((Number) ((Map<?, ?>) ((Map<?, ?>) result.value()).get("booking")).get("id")).longValue();
            return ResponseEntity.created(URI.create(PATH + "/" + id)).body(done("booked", id));
        });
    }

    @PostMapping(path = PATH + "/{id}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> move(@PathVariable String id, @RequestBody(required = false) String body,
                                @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        return answer(() -> {
            requireJson(contentType);
            long bookingId = bookingId(id);
            JsonNode request = bodies.object(body, MOVE_EXAMPLE);
            return rows.owner(bookingId).map(owner -> {
                FunctionResult result = functions.call("modify_booking_time",
                        Arrays.asList(bookingId, field(request, "date"), field(request, "time")), owner.clientId());
                return succeeded(result) ? ResponseEntity.<Object>ok(done("moved", bookingId))
                        : refusal(result, "new_date", "date", "new_time", "time", "order_id", "id");
            }).orElseGet(() -> notFound(bookingId));
        });
    }

    @PostMapping(path = PATH + "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> cancel(@PathVariable String id) {
        return answer(() -> {
            long bookingId = bookingId(id);
            return rows.owner(bookingId).map(owner -> {
                FunctionResult result = functions.call("cancel_booking", List.of(owner.companyId(), bookingId), owner.clientId());
                return succeeded(result) ? ResponseEntity.<Object>ok(done("cancelled", bookingId))
                        : refusal(result, "order_id", "id");
            }).orElseGet(() -> notFound(bookingId));
        });
    }

    private Map<String, Object> done(String verb, long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", "booking " + id + " " + verb);
        body.put("booking", rows.booking(id).orElse(null));
        return body;
    }

    private static boolean succeeded(FunctionResult result) {
        return !result.malformed() && result.value() instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("status"));
    }

    /**
     * A malformed argument is 400, naming the field of this API rather than the function's parameter;
     * a refusal (the time is taken or past, the booking already cancelled) is 409 with the reason.
     */
    private static ResponseEntity<Object> refusal(FunctionResult result, String... renames) {
        String message = String.valueOf(((Map<?, ?>) result.value()).get("message"));
        for (int i = 0; i < renames.length; i += 2) {
            if (message.startsWith(renames[i] + ":")) {
                message = renames[i + 1] + message.substring(renames[i].length());
            }
        }
        return failure(result.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, message);
    }

    private static Object field(JsonNode request, String name) {
        return JsonBodies.toJava(request.get(name));
    }

    private static String clientId(JsonNode client) {
        if (client == null || client.isNull() || !(client.isString() || client.isIntegralNumber())
                || client.asString().isBlank() || client.asString().length() > BookingFilter.MAX_CLIENT_ID) {
            throw new BadInput("client_id: expected the id of the client booked for (a text of 1 to "
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
        throw new BadInput("id: expected a positive integer booking id such as 17, got " + BookingFilter.quoted(id));
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
        } catch (BadInput e) {
            return failure(HttpStatus.BAD_REQUEST, e.getMessage());
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

    private static final class UnsupportedBody extends BadInput {
        UnsupportedBody(String message) {
            super(message);
        }
    }
}
