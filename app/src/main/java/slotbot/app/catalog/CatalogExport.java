package slotbot.app.catalog;

import slotbot.app.calendar.CatalogRows;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The active catalog in the catalog file's own format, so that an export imported again gives the
 * same catalog. References to deactivated entries are left out, as an import would refuse them.
 */
final class CatalogExport {

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private final CatalogRows rows;

    CatalogExport(CatalogRows rows) {
        this.rows = rows;
    }

    Map<String, Object> export() {
        List<Object> companies = new ArrayList<>();
        for (Company company : rows.companies()) {
            if (company.active()) {
                companies.add(company(rows.catalog(company.id()).orElseThrow()));
            }
        }
        return Map.of("companies", companies);
    }

    private Map<String, Object> company(CompanyCatalog catalog) {
        Company c = catalog.company();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("name", c.name());
        json.put("address", c.address());
        json.put("online_booking", c.onlineBooking());
        json.put("timezone", c.zone().getId());
        Set<Long> categories = catalog.activeCategories().stream().map(Category::id).collect(Collectors.toSet());
        Set<Long> services = catalog.activeServices().stream().map(Service::id).collect(Collectors.toSet());
        json.put("categories", catalog.activeCategories().stream().map(CatalogExport::category).toList());
        json.put("services", catalog.activeServices().stream().map(s -> service(s, categories)).toList());
        json.put("employees", catalog.activeEmployees().stream().map(e -> employee(e, categories, services)).toList());
        return json;
    }

    private static Map<String, Object> category(Category c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("type", c.type().wireName());
        json.put("name", c.name());
        json.put("description", c.description());
        return json;
    }

    private static Map<String, Object> service(Service s, Set<Long> categories) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("title", s.title());
        json.put("description", s.description());
        json.put("price", plain(s.price()));
        json.put("duration", s.durationMinutes());
        if (s.categoryId() != null && categories.contains(s.categoryId())) {
            json.put("category_id", s.categoryId());
        }
        return json;
    }

    private static Map<String, Object> employee(Employee e, Set<Long> categories, Set<Long> services) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("name", e.name());
        json.put("information", e.information());
        if (e.jobTitleId() != null && categories.contains(e.jobTitleId())) {
            json.put("job_title_id", e.jobTitleId());
        }
        json.put("service_ids", e.serviceIds().stream().filter(services::contains).toList());
        json.put("schedule", schedule(e.schedule()));
        return json;
    }

    private static Map<String, Object> schedule(Schedule schedule) {
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = schedule.weekly().get(day);
            if (intervals != null) {
                weekly.put(DAYS[day.getValue() - 1], texts(intervals));
            }
        }
        Map<String, Object> dates = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, List<WorkingInterval>> date : schedule.dates().entrySet()) {
            dates.put(date.getKey().toString(), texts(date.getValue()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weekly", weekly);
        json.put("dates", dates);
        return json;
    }

    private static List<String> texts(List<WorkingInterval> intervals) {
        return intervals.stream().map(WorkingInterval::toString).toList();
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
