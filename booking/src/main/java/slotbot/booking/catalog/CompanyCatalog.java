package slotbot.booking.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One branch's catalog as read at one moment: what the booking functions look things up in.
 * It holds deactivated entries too, so that old bookings still find their employee's name;
 * listing methods return the active ones only.
 */
public final class CompanyCatalog {

    private final Company company;
    private final Map<Long, Category> categories;
    private final Map<Long, Service> services;
    private final Map<Long, Employee> employees;

    public CompanyCatalog(Company company, Collection<Category> categories, Collection<Service> services,
                          Collection<Employee> employees) {
        this.company = company;
        this.categories = byId(categories, Category::id);
        this.services = byId(services, Service::id);
        this.employees = byId(employees, Employee::id);
    }

    public Company company() {
        return company;
    }

    public List<Category> activeCategories() {
        return categories.values().stream().filter(Category::active).toList();
    }

    public List<Service> activeServices() {
        return services.values().stream().filter(Service::active).toList();
    }

    public List<Employee> activeEmployees() {
        return employees.values().stream().filter(Employee::active).toList();
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Optional<Service> service(long id) {
        return Optional.ofNullable(services.get(id));
    }

    public Optional<Employee> employee(long id) {
        return Optional.ofNullable(employees.get(id));
    }

    /** The name of an employee's job title, or "" when they have none. */
    public String jobTitleOf(Employee employee) {
        if (employee.jobTitleId() == null) {
            return "";
        }
        return category(employee.jobTitleId()).map(Category::name).orElse("");
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
