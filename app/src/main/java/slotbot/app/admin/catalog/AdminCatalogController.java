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
import slotbot.app.admin.catalog.Crud.Done;
import slotbot.app.catalog.Edits;
import slotbot.app.catalog.EmployeeEntry;
import slotbot.app.catalog.ServiceEntry;
import slotbot.app.web.JsonBodies;

import java.util.List;

import static slotbot.app.admin.catalog.Crud.ADMIN;

/**
 * The services and employees of a branch through the admin API, one at a time, in the catalog
 * file's forms. PUT changes the fields it is given and keeps the others; DELETE deactivates.
 */
@RestController
class AdminCatalogController {

    private static final String SERVICE_EXAMPLE = "{\"title\": \"Мужская стрижка\", \"price\": 1500, \"duration\": 60, \"category_id\": 1018}";
    private static final String EMPLOYEE_EXAMPLE = "{\"name\": \"Павел Тихонов\", \"service_ids\": [844],"
            + " \"schedule\": {\"weekly\": {\"mon\": [\"09:00-18:00\"]}}}";
    private static final String SCHEDULE_EXAMPLE = "{\"weekly\": {\"mon\": [\"09:00-18:00\"]}, \"dates\": {\"2030-03-08\": []}}";

    record Services(List<ServiceEntry> services) {
    }

    record Employees(List<EmployeeEntry> employees) {
    }

    private final Crud<ServiceEntry> services;
    private final Crud<EmployeeEntry> employees;
    private final Edits<EmployeeEntry> employeeEdits;
    private final JsonBodies bodies;

    AdminCatalogController(Edits<ServiceEntry> services, Edits<EmployeeEntry> employees, JsonBodies bodies) {
        this.services = new Crud<>(services, ServiceEntry.FORM, bodies, "/services", SERVICE_EXAMPLE);
        this.employees = new Crud<>(employees, EmployeeEntry.FORM, bodies, "/employees", EMPLOYEE_EXAMPLE);
        this.employeeEdits = employees;
        this.bodies = bodies;
    }

    // ---- services

    @GetMapping(path = ADMIN + "/companies/{companyId}/services", produces = MediaType.APPLICATION_JSON_VALUE)
    Services services(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return new Services(services.list(companyId, all));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/services", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceEntry> createService(@PathVariable String companyId, @RequestBody(required = false) String body) {
        return created(services.create(companyId, body));
    }

    @GetMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceEntry service(@PathVariable String id) {
        return services.get(id);
    }

    @PutMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceEntry updateService(@PathVariable String id, @RequestBody(required = false) String body) {
        return services.update(id, body);
    }

    @DeleteMapping(path = ADMIN + "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Done deactivateService(@PathVariable String id) {
        return services.deactivate(id, null);
    }

    // ---- employees

    @GetMapping(path = ADMIN + "/companies/{companyId}/employees", produces = MediaType.APPLICATION_JSON_VALUE)
    Employees employees(@PathVariable String companyId, @RequestParam(required = false) String all) {
        return new Employees(employees.list(companyId, all));
    }

    @PostMapping(path = ADMIN + "/companies/{companyId}/employees", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EmployeeEntry> createEmployee(@PathVariable String companyId, @RequestBody(required = false) String body) {
        return created(employees.create(companyId, body));
    }

    @GetMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EmployeeEntry employee(@PathVariable String id) {
        return employees.get(id);
    }

    @PutMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EmployeeEntry updateEmployee(@PathVariable String id, @RequestBody(required = false) String body) {
        return employees.update(id, body);
    }

    /** The employee's working hours replaced whole. */
    @PutMapping(path = ADMIN + "/employees/{id}/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    EmployeeEntry replaceSchedule(@PathVariable String id, @RequestBody(required = false) String body) {
        long employeeId = Crud.id("id", id);
        var schedule = EmployeeEntry.SCHEDULE.replace(bodies.object(body, SCHEDULE_EXAMPLE));
        return employeeEdits.update(employeeId, employeeEdits.get(employeeId).withSchedule(schedule));
    }

    @DeleteMapping(path = ADMIN + "/employees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Done deactivateEmployee(@PathVariable String id, @RequestParam(required = false) String force) {
        return employees.deactivate(id, force);
    }

    private static <E> ResponseEntity<E> created(Crud.Created<E> created) {
        return ResponseEntity.created(created.location()).body(created.entry());
    }
}
