package slotbot.app.admin.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import slotbot.app.admin.catalog.CatalogEdits.Conflict;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.admin.catalog.CatalogEdits.NotFound;
import slotbot.app.web.JsonBodies;
import slotbot.app.web.JsonBodies.BadBody;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalog's admin endpoints share: reading ids and flags from the path and query, PUT as
 * "the current entry with the request's fields over it", and the answers for refusals (400, 404,
 * 409 with the bookings in the way) and for deactivations.
 */
abstract class AdminEndpoints {

    static final String ADMIN = "/api/v1/admin";
    /** What a PUT may also carry: the fields of a GET answer, so that an edited GET answer can be sent back. */
    static final Set<String> READ_ONLY = Set.of("company_id", "active");

    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @ExceptionHandler(BadBody.class)
    ResponseEntity<Object> badRequest(BadBody e) {
        return failure(HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return failure(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e) {
        return failure(HttpStatus.CONFLICT, e.getMessage(), e.bookings().isEmpty() ? null : e.bookings());
    }

    static Map<String, Object> done(String message, Deactivated done) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", message);
        body.put("bookings", done.upcomingBookings());
        return body;
    }

    /** The current entry as the GET answer shows it, with the request's fields over it. */
    ObjectNode merge(Map<String, Object> current, JsonNode request) {
        ObjectNode merged = json.valueToTree(current);
        merged.remove("id");
        merged.remove("company_id");
        request.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        merged.remove("company_id");
        return merged;
    }

    static void sameId(JsonNode request, long id) {
        JsonNode given = request.get("id");
        if (given != null && !given.isNull() && !Long.valueOf(id).equals(BodyFields.idOf(given))) {
            throw new BadBody("id: expected " + id + " as in the path (an id cannot be changed), got " + JsonBodies.show(given));
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static long id(String name, String text) {
        if (text != null && text.strip().matches("\\d{1,18}") && Long.parseLong(text.strip()) > 0) {
            return Long.parseLong(text.strip());
        }
        throw new BadBody(name + ": expected a positive integer id such as 844, got \"" + text + "\"");
    }

    static boolean yes(String name, String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadBody(name + ": expected true or false, got \"" + text + "\"");
    }

    private static ResponseEntity<Object> failure(HttpStatus status, String message, List<Long> bookings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", false);
        body.put("message", message);
        if (bookings != null) {
            body.put("bookings", bookings);
        }
        return ResponseEntity.status(status).body(body);
    }
}
