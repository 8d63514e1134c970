package slotbot.booking.functions;

import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.Visit;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.CategoryType;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Functions 1 to 4: what a branch offers. */
final class CatalogFunctions {

    private final BookingData data;
    private final Bookings bookings;

    CatalogFunctions(BookingData data, Bookings bookings) {
        this.data = data;
        this.bookings = bookings;
    }

    List<Map<String, Object>> companies(Call call) {
        return data.companies().stream().filter(Company::takesOnlineBookings).map(Views::company).toList();
    }

    List<Map<String, Object>> categories(Call call) {
        CompanyCatalog catalog = catalog(call.args());
        boolean jobTitlesOnly = call.args().flag(1, "job_titles");
        return catalog.activeCategories().stream()
                .filter(c -> !jobTitlesOnly || c.type() == CategoryType.JOB_TITLE)
                .map(Views::category)
                .toList();
    }

    List<Map<String, Object>> employees(Call call) {
        Args args = call.args();
        CompanyCatalog catalog = catalog(args);
        Optional<List<Long>> serviceIds = args.optionalServiceIds(1, "service_ids");
        serviceIds.ifPresent(ids -> Visit.services(catalog, ids));
        Optional<Long> jobTitle = args.optionalId(2, "job_title_id");
        jobTitle.ifPresent(id -> category(catalog, id, CategoryType.JOB_TITLE, "job_title_id"));
        Optional<Long> serviceCategory = args.optionalId(3, "service_category_id");
        serviceCategory.ifPresent(id -> category(catalog, id, CategoryType.SERVICE_CATEGORY, "service_category_id"));
        return catalog.activeEmployees().stream()
                .filter(e -> serviceIds.map(e::provides).orElse(true))
                .filter(e -> jobTitle.map(id -> id.equals(e.jobTitleId())).orElse(true))
                .filter(e -> serviceCategory.map(id -> providesOneOf(catalog, e, id)).orElse(true))
                .map(e -> Views.employee(e, catalog))
                .toList();
    }

    List<Map<String, Object>> services(Call call) {
        Args args = call.args();
        CompanyCatalog catalog = catalog(args);
        Optional<Long> categoryId = args.optionalId(1, "service_category_id");
        categoryId.ifPresent(id -> category(catalog, id, CategoryType.SERVICE_CATEGORY, "service_category_id"));
        Optional<Employee> employee = args.optionalId(2, "employee_id").map(id -> Visit.employee(catalog, id));
        return catalog.activeServices().stream()
                .filter(s -> categoryId.map(id -> id.equals(s.categoryId())).orElse(true))
                .filter(s -> employee.map(e -> e.serviceIds().contains(s.id())).orElse(true))
                .map(Views::service)
                .toList();
    }

    /** The active branch that company_id names; an unknown or deactivated one is a caller's mistake. */
    CompanyCatalog catalog(Args args) {
        return bookings.branch(args.id(0, "company_id"));
    }

    private static Category category(CompanyCatalog catalog, long id, CategoryType type, String name) {
        return catalog.category(id).filter(c -> c.active() && c.type() == type)
                .orElseThrow(() -> new InvalidArgument(name + ": no " + type.wireName().replace('_', ' ')
                        + " with id " + id + " in branch " + catalog.company().id()));
    }

    private static boolean providesOneOf(CompanyCatalog catalog, Employee employee, long categoryId) {
        return employee.serviceIds().stream()
                .map(catalog::service)
                .flatMap(Optional::stream)
                .anyMatch(s -> s.active() && Long.valueOf(categoryId).equals(s.categoryId()));
    }
}
