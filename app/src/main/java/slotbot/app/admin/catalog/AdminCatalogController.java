package slotbot.app.admin.catalog;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.admin.catalog.CatalogEdits.EmployeeEntry;
import slotbot.app.admin.catalog.CatalogEdits.ServiceEntry;
import slotbot.app.web.JsonBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The services and employees of a branch through the admin API, one at a time, in the catalog
 * file's forms. PUT changes the fields it is given and keeps the others; DELETE deactivates.
 */
@RestController
class AdminCatalogController extends AdminEndpoints {

    private static final String SERVICE_EXAMPLE = "{\"title\": \"Мужская стрижка\", \"price\": 1500, \"duration\": 60, \"category_id\": 1018}";
    private static final String EMPLOYEE_EXAMPLE = "{\"name\": \"Павел Тихонов\", \"service_ids\": [844],"
            + " \"schedule\": {\"weekly\": {\"mon\": [\"09:00-18:00\"]}}}";
    private static final String SCHEDULE_EXAMPLE = "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}, \"dates\": {\"2030-03-08\": []}}";
    private static final Set<String> SERVICE_FIELDS = Set.of("id", "title", "description", "price", "duration", "category_id");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of("id", "name", "information", "job_title_id", "service_ids", "schedule");

    private final CatalogEdits edits;
    private final JsonBodies bodies;

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

    // ---- reading requests

    private static ServiceEntry service(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        return new ServiceEntry(creating ? f.optionalId("id") : null, f.name("title", true, 200), f.text("description", false, 2000),
                f.money("price"), f.integer("duration", 1, BodyFields.MAX_DURATION), f.optionalId("category_id"),
                f.flag("active", true));
    }

    private static EmployeeEntry employee(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        BodyFields schedule = f.object("schedule");
        return new EmployeeEntry(creating ? f.optionalId("id") : null, f.name("name", true, 200), f.text("information", false, 2000),
                f.optionalId("job_title_id"), f.ids("service_ids", "[844, 845]"),
                schedule == null ? slotbot.booking.catalog.Schedule.NONE : schedule.schedule(), f.flag("active", true));
    }

}
