package slotbot.app.admin.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.admin.catalog.CatalogEdits.Conflict;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.admin.catalog.CatalogEdits.EmployeeEntry;
import slotbot.app.admin.catalog.CatalogEdits.NotFound;
import slotbot.app.admin.catalog.CatalogEdits.ServiceEntry;
import slotbot.app.web.JsonBodies;
import slotbot.app.web.JsonBodies.BadBody;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services and employees of a branch through the admin API, one at a time, in the catalog
 * file's forms. PUT changes the fields it is given and keeps the others; DELETE deactivates.
 */
@RestController
class AdminCatalogController {

    private static final String ADMIN = "/api/v1/admin";
    private static final String SERVICE_EXAMPLE = "{\"title\": \"Мужская стрижка\", \"price\": 1500, \"duration\": 60, \"category_id\": 1018}";
    private static final String EMPLOYEE_EXAMPLE = "{\"name\": \"Павел Тихонов\", \"service_ids\": [844],"
            + " \"schedule\": {\"weekly\": {\"mon\": [\"09:00-18:00\"]}}}";
    private static final String SCHEDULE_EXAMPLE = "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}, \"dates\": {\"2030-03-08\": []}}";
    private static final Set<String> SERVICE_FIELDS = Set.of("id", "title", "description", "price", "duration", "category_id");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of("id", "name", "information", "job_title_id", "service_ids", "schedule");
    /** What a PUT may also carry: the fields of a GET answer, so that an edited GET answer can be sent back. */
    private static final Set<String> READ_ONLY = Set.of("company_id", "active");

    private final CatalogEdits edits;
    private final JsonBodies bodies;
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    AdminCatalogController(CatalogEdits edits, JsonBodies bodies) {
        this.edits = edits;
        this.bodies = bodies;
    }

    // ---- services

    @GetMapping(path = ADMIN + "/companies/{companyId}/services", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> services(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return ResponseEntity.ok(Map.of("services", edits.services(id("companyId", companyId), yes("all", all))));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/services", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> createService(@PathVariable String companyId, @RequestBody(required = false) String body) {
        long company = id("companyId", companyId);
        ServiceEntry entry = service(bodies.object(body, SERVICE_EXAMPLE), SERVICE_FIELDS, true);
        Map<String, Object> created = edits.createService(company, entry);
        return ResponseEntity.created(URI.create(ADMIN + "/services/" + created.get("id"))).body(created);
    }

    @GetMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> service(@PathVariable String id) {
        return ResponseEntity.ok(edits.service(id("id", id)));
    }

    @PutMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> updateService(@PathVariable String id, @RequestBody(required = false) String body) {
        long serviceId = id("id", id);
        JsonNode request = bodies.object(body, SERVICE_EXAMPLE);
        sameId(request, serviceId);
        ObjectNode merged = merge(edits.service(serviceId), request);
        return ResponseEntity.ok(edits.updateService(serviceId, service(merged, union(SERVICE_FIELDS, READ_ONLY), false)));
    }

    @DeleteMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deactivateService(@PathVariable String id) {
        Deactivated done = edits.deactivateService(id("id", id));
        return ResponseEntity.ok(done("service " + done.id() + " deactivated", done));
    }

    // ---- employees

    @GetMapping(path = ADMIN + "/companies/{companyId}/employees", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> employees(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return ResponseEntity.ok(Map.of("employees", edits.employees(id("companyId", companyId), yes("all", all))));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/employees", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> createEmployee(@PathVariable String companyId, @RequestBody(required = false) String body) {
        long company = id("companyId", companyId);
        EmployeeEntry entry = employee(bodies.object(body, EMPLOYEE_EXAMPLE), EMPLOYEE_FIELDS, true);
        Map<String, Object> created = edits.createEmployee(company, entry);
        return ResponseEntity.created(URI.create(ADMIN + "/employees/" + created.get("id"))).body(created);
    }

    @GetMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> employee(@PathVariable String id) {
        return ResponseEntity.ok(edits.employee(id("id", id)));
    }

    @PutMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> updateEmployee(@PathVariable String id, @RequestBody(required = false) String body) {
        long employeeId = id("id", id);
        JsonNode request = bodies.object(body, EMPLOYEE_EXAMPLE);
        sameId(request, employeeId);
        ObjectNode merged = merge(edits.employee(employeeId), request);
        return ResponseEntity.ok(edits.updateEmployee(employeeId, employee(merged, union(EMPLOYEE_FIELDS, READ_ONLY), false)));
    }

    @PutMapping(path = ADMIN + "/employees/{id}/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> replaceSchedule(@PathVariable String id, @RequestBody(required = false) String body) {
        long employeeId = id("id", id);
        JsonNode request = bodies.object(body, SCHEDULE_EXAMPLE);
        return ResponseEntity.ok(edits.replaceSchedule(employeeId, new BodyFields(request, "").schedule()));
    }

    @DeleteMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deactivateEmployee(@PathVariable String id, @RequestParam(required = false) String force) {
        Deactivated done = edits.deactivateEmployee(id("id", id), yes("force", force));
        String kept = done.upcomingBookings().isEmpty() ? ""
                : "; its " + done.upcomingBookings().size() + " upcoming booking" + (done.upcomingBookings().size() == 1 ? " is" : "s are")
                + " kept";
        return ResponseEntity.ok(done("employee " + done.id() + " deactivated" + kept, done));
    }

    // ---- answers

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

    private static ResponseEntity<Object> failure(HttpStatus status, String message, List<Long> bookings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", false);
        body.put("message", message);
        if (bookings != null) {
            body.put("bookings", bookings);
        }
        return ResponseEntity.status(status).body(body);
    }

    private static Map<String, Object> done(String message, Deactivated done) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", true);
        body.put("message", message);
        body.put("bookings", done.upcomingBookings());
        return body;
    }

    // ---- reading requests

    private static ServiceEntry service(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        return new ServiceEntry(creating ? f.optionalId("id") : null, f.text("title", true, 200), f.text("description", false, 2000),
                f.money("price"), f.integer("duration", 1, BodyFields.MAX_DURATION), f.optionalId("category_id"),
                f.flag("active", true));
    }

    private static EmployeeEntry employee(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        BodyFields schedule = f.object("schedule");
        return new EmployeeEntry(creating ? f.optionalId("id") : null, f.text("name", true, 200), f.text("information", false, 2000),
                f.optionalId("job_title_id"), f.ids("service_ids", "[844, 845]"),
                schedule == null ? slotbot.booking.catalog.Schedule.NONE : schedule.schedule(), f.flag("active", true));
    }

    /** The current entry as the GET answer shows it, with the request's fields over it. */
    private ObjectNode merge(Map<String, Object> current, JsonNode request) {
        ObjectNode merged = json.valueToTree(current);
        merged.remove("id");
        merged.remove("company_id");
        request.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        merged.remove("company_id");
        return merged;
    }

    private static void sameId(JsonNode request, long id) {
        JsonNode given = request.get("id");
        if (given != null && !given.isNull() && !Long.valueOf(id).equals(BodyFields.idOf(given))) {
            throw new BadBody("id: expected " + id + " as in the path (an id cannot be changed), got " + JsonBodies.show(given));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static long id(String name, String text) {
        if (text != null && text.strip().matches("\\d{1,18}") && Long.parseLong(text.strip()) > 0) {
            return Long.parseLong(text.strip());
        }
        throw new BadBody(name + ": expected a positive integer id such as 844, got \"" + text + "\"");
    }

    private static boolean yes(String name, String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadBody(name + ": expected true or false, got \"" + text + "\"");
    }
}
