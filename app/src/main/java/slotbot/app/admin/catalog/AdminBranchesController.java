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
import slotbot.app.SlotbotProperties;
import slotbot.app.admin.catalog.BranchEdits.CategoryEntry;
import slotbot.app.admin.catalog.BranchEdits.CompanyEntry;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.web.JsonBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The branches (companies) and their categories through the admin API, one at a time, in the
 * catalog file's forms, so that a branch can be set up without a file. PUT changes the fields it is
 * given and keeps the others; DELETE deactivates.
 */
@RestController
class AdminBranchesController extends AdminEndpoints {

    private static final String COMPANY_EXAMPLE = "{\"name\": \"Барбершоп «Борода»\", \"address\": \"ул. Ленина, 1\","
            + " \"timezone\": \"Europe/Moscow\", \"online_booking\": true}";
    private static final String CATEGORY_EXAMPLE = "{\"type\": \"service_category\", \"name\": \"Стрижки\", \"description\": \"Мужские и детские\"}";
    private static final Set<String> COMPANY_FIELDS = Set.of("id", "name", "address", "online_booking", "timezone");
    private static final Set<String> CATEGORY_FIELDS = Set.of("id", "type", "name", "description");
    private static final Set<String> TYPES = Set.of("job_title", "service_category");

    private final BranchEdits edits;
    private final JsonBodies bodies;
    private final ZoneId defaultZone;

    AdminBranchesController(BranchEdits edits, JsonBodies bodies, SlotbotProperties properties) {
        this.edits = edits;
        this.bodies = bodies;
        this.defaultZone = properties.timezone();
    }

    // ---- companies

    @GetMapping(path = ADMIN + "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> companies(@RequestParam(required = false) String all) {
        return ResponseEntity.ok(Map.of("companies", edits.companies(yes("all", all))));
    }

    @PostMapping(path = ADMIN + "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> createCompany(@RequestBody(required = false) String body) {
        CompanyEntry entry = company(bodies.object(body, COMPANY_EXAMPLE), COMPANY_FIELDS, true);
        Map<String, Object> created = edits.createCompany(entry);
        return ResponseEntity.created(URI.create(ADMIN + "/companies/" + created.get("id"))).body(created);
    }

    @GetMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> company(@PathVariable String id) {
        return ResponseEntity.ok(edits.company(id("id", id)));
    }

    @PutMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> updateCompany(@PathVariable String id, @RequestBody(required = false) String body) {
        long companyId = id("id", id);
        JsonNode request = bodies.object(body, COMPANY_EXAMPLE);
        sameId(request, companyId);
        ObjectNode merged = merge(edits.company(companyId), request);
        return ResponseEntity.ok(edits.updateCompany(companyId, company(merged, union(COMPANY_FIELDS, READ_ONLY), false)));
    }

    @DeleteMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deactivateCompany(@PathVariable String id, @RequestParam(required = false) String force) {
        Deactivated done = edits.deactivateCompany(id("id", id), yes("force", force));
        String kept = done.upcomingBookings().isEmpty() ? ""
                : "; its " + done.upcomingBookings().size() + " upcoming booking" + (done.upcomingBookings().size() == 1 ? " is" : "s are")
                + " kept";
        return ResponseEntity.ok(done("company " + done.id() + " deactivated" + kept, done));
    }

    // ---- categories

    @GetMapping(path = ADMIN + "/companies/{companyId}/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> categories(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return ResponseEntity.ok(Map.of("categories", edits.categories(id("companyId", companyId), yes("all", all))));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> createCategory(@PathVariable String companyId, @RequestBody(required = false) String body) {
        long company = id("companyId", companyId);
        CategoryEntry entry = category(bodies.object(body, CATEGORY_EXAMPLE), CATEGORY_FIELDS, true);
        Map<String, Object> created = edits.createCategory(company, entry);
        return ResponseEntity.created(URI.create(ADMIN + "/categories/" + created.get("id"))).body(created);
    }

    @GetMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> category(@PathVariable String id) {
        return ResponseEntity.ok(edits.category(id("id", id)));
    }

    @PutMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> updateCategory(@PathVariable String id, @RequestBody(required = false) String body) {
        long categoryId = id("id", id);
        JsonNode request = bodies.object(body, CATEGORY_EXAMPLE);
        sameId(request, categoryId);
        ObjectNode merged = merge(edits.category(categoryId), request);
        return ResponseEntity.ok(edits.updateCategory(categoryId, category(merged, union(CATEGORY_FIELDS, READ_ONLY), false)));
    }

    @DeleteMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deactivateCategory(@PathVariable String id) {
        Deactivated done = edits.deactivateCategory(id("id", id));
        return ResponseEntity.ok(done("category " + done.id() + " deactivated", done));
    }

    // ---- answers

    // ---- reading requests

    private CompanyEntry company(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        return new CompanyEntry(creating ? f.optionalId("id") : null, f.name("name", true, 200), f.text("address", false, 500),
                f.flag("online_booking", true), timezone(f), f.flag("active", true));
    }

    private String timezone(BodyFields f) {
        JsonNode value = f.raw("timezone");
        if (value == null) {
            return defaultZone.getId();
        }
        String text = value.isString() ? value.stringValue().strip() : null;
        if (text != null && !text.isEmpty() && text.length() <= 64) {
            try {
                return ZoneId.of(text).getId();
            } catch (DateTimeException e) {
                // refused below
            }
        }
        throw BodyFields.refused(f.at("timezone"), "expected a time zone such as Europe/Moscow, got " + JsonBodies.show(value));
    }

    private static CategoryEntry category(JsonNode body, Set<String> allowed, boolean creating) {
        BodyFields f = new BodyFields(body, "");
        f.allowOnly(allowed);
        JsonNode type = f.raw("type");
        if (type == null || !type.isString() || !TYPES.contains(type.stringValue())) {
            throw BodyFields.refused(f.at("type"), (type == null ? "required, expected" : "expected")
                    + " job_title or service_category, got " + JsonBodies.show(type));
        }
        return new CategoryEntry(creating ? f.optionalId("id") : null, type.stringValue(), f.name("name", true, 200),
                f.text("description", false, 2000), f.flag("active", true));
    }

}
