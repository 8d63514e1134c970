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
import slotbot.app.admin.catalog.Crud.Done;
import slotbot.app.catalog.CategoryEntry;
import slotbot.app.catalog.CompanyEntry;
import slotbot.app.catalog.Edits;
import slotbot.app.web.JsonBodies;

import java.util.List;

import static slotbot.app.admin.catalog.Crud.ADMIN;

/**
 * The branches (companies) and their categories through the admin API, one at a time, in the
 * catalog file's forms, so that a branch can be set up without a file. PUT changes the fields it is
 * given and keeps the others; DELETE deactivates.
 */
@RestController
class AdminBranchesController {

    private static final String COMPANY_EXAMPLE = "{\"name\": \"Барбершоп «Борода»\", \"address\": \"ул. Ленина, 1\","
            + " \"timezone\": \"Europe/Moscow\", \"online_booking\": true}";
    private static final String CATEGORY_EXAMPLE = "{\"type\": \"service_category\", \"name\": \"Стрижки\", \"description\": \"Мужские и детские\"}";

    record Companies(List<CompanyEntry> companies) {
    }

    record Categories(List<CategoryEntry> categories) {
    }

    private final Crud<CompanyEntry> companies;
    private final Crud<CategoryEntry> categories;

    AdminBranchesController(Edits<CompanyEntry> companies, Edits<CategoryEntry> categories, JsonBodies bodies,
                            SlotbotProperties properties) {
        this.companies = new Crud<>(companies, CompanyEntry.form(properties.timezone()), bodies, "/companies", COMPANY_EXAMPLE);
        this.categories = new Crud<>(categories, CategoryEntry.FORM, bodies, "/categories", CATEGORY_EXAMPLE);
    }

    // ---- companies

    @GetMapping(path = ADMIN + "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    Companies companies(@RequestParam(required = false) String all) {
        return new Companies(companies.list(null, all));
    }

    @PostMapping(path = ADMIN + "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CompanyEntry> createCompany(@RequestBody(required = false) String body) {
        return created(companies.create(null, body));
    }

    @GetMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CompanyEntry company(@PathVariable String id) {
        return companies.get(id);
    }

    @PutMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CompanyEntry updateCompany(@PathVariable String id, @RequestBody(required = false) String body) {
        return companies.update(id, body);
    }

    @DeleteMapping(path = ADMIN + "/companies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Done deactivateCompany(@PathVariable String id, @RequestParam(required = false) String force) {
        return companies.deactivate(id, force);
    }

    // ---- categories

    @GetMapping(path = ADMIN + "/companies/{companyId}/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    Categories categories(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return new Categories(categories.list(companyId, all));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CategoryEntry> createCategory(@PathVariable String companyId, @RequestBody(required = false) String body) {
        return created(categories.create(companyId, body));
    }

    @GetMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CategoryEntry category(@PathVariable String id) {
        return categories.get(id);
    }

    @PutMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CategoryEntry updateCategory(@PathVariable String id, @RequestBody(required = false) String body) {
        return categories.update(id, body);
    }

    @DeleteMapping(path = ADMIN + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Done deactivateCategory(@PathVariable String id) {
        return categories.deactivate(id, null);
    }

    private static <E> ResponseEntity<E> created(Crud.Created<E> created) {
        return ResponseEntity.created(created.location()).body(created.entry());
    }
}
