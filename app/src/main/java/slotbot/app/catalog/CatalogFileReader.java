package slotbot.app.catalog;

import slotbot.app.catalog.CatalogPlan.CategoryPlan;
import slotbot.app.catalog.CatalogPlan.CompanyPlan;
import slotbot.app.catalog.CatalogPlan.EmployeePlan;
import slotbot.app.catalog.CatalogPlan.ServicePlan;
import slotbot.booking.catalog.CategoryType;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;
import slotbot.app.web.JsonBodies;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalog file (YAML, or JSON, which YAML reads too) into a {@link CatalogPlan}, or refuses
 * it whole with every bad value named by its path ({@code companies[0].employees[2].schedule.weekly.mon[0]}).
 */
public final class CatalogFileReader {

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final ZoneId defaultZone;

    public CatalogFileReader(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public CatalogPlan read(String text, String source) {
        List<CatalogRefused.Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            throw new CatalogRefused(source, List.of(new CatalogRefused.Problem("(file)",
                    "not valid YAML or JSON" + JsonBodies.describe(e))));
        }
        if (root == null || !root.isObject()) {
            throw new CatalogRefused(source, List.of(new CatalogRefused.Problem("(file)",
                    "expected an object with a list \"companies\", got " + Node.show(root))));
        }
        Node file = new Node(root, "", problems);
        file.allowOnly(Set.of("companies"));
        Ids ids = new Ids(problems);
        List<CompanyPlan> companies = new ArrayList<>();
        for (Node company : file.objects("companies", true)) {
            companies.add(company(company, ids));
        }
        if (!problems.isEmpty()) {
            throw new CatalogRefused(source, problems);
        }
        return new CatalogPlan(companies);
    }

    private CompanyPlan company(Node node, Ids ids) {
        node.allowOnly(Set.of("id", "name", "address", "online_booking", "timezone", "categories", "services", "employees"));
        Long id = ids.unique("company", node, node.optionalId("id"));
        String name = node.name("name", true, 200);
        String address = node.text("address", false, 500);
        boolean online = node.flag("online_booking", true);
        ZoneId zone = zone(node);
        Map<Long, CategoryType> categoryTypes = new HashMap<>();
        List<CategoryPlan> categories = new ArrayList<>();
        for (Node category : node.objects("categories", false)) {
            CategoryPlan plan = category(category, ids);
            categories.add(plan);
            if (plan.id() != null) {
                categoryTypes.put(plan.id(), plan.type());
            }
        }
        Set<Long> serviceIds = new HashSet<>();
        List<ServicePlan> services = new ArrayList<>();
        for (Node service : node.objects("services", false)) {
            ServicePlan plan = service(service, ids, categoryTypes);
            services.add(plan);
            if (plan.id() != null) {
                serviceIds.add(plan.id());
            }
        }
        List<EmployeePlan> employees = new ArrayList<>();
        for (Node employee : node.objects("employees", false)) {
            employees.add(employee(employee, ids, categoryTypes, serviceIds));
        }
        return new CompanyPlan(id, name, address, online, zone, categories, services, employees);
    }

    private ZoneId zone(Node node) {
        String text = node.name("timezone", false, 64);
        if (text == null || text.isEmpty()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            node.problem(node.at("timezone"), "expected a time zone such as Europe/Moscow, got \"" + text + "\"");
            return defaultZone;
        }
    }

    private CategoryPlan category(Node node, Ids ids) {
        node.allowOnly(Set.of("id", "type", "name", "description"));
        Long id = ids.unique("category", node, node.optionalId("id"));
        String typeName = node.name("type", true, 40);
        CategoryType type = null;
        if (typeName != null) {
            type = CategoryType.fromWireName(typeName).orElse(null);
            if (type == null) {
                node.problem(node.at("type"), "expected job_title or service_category, got \"" + typeName + "\"");
            }
        }
        return new CategoryPlan(id, type, node.name("name", true, 200), node.text("description", false, 2000));
    }

    private ServicePlan service(Node node, Ids ids, Map<Long, CategoryType> categories) {
        node.allowOnly(Set.of("id", "title", "description", "price", "duration", "category_id"));
        Long id = ids.unique("service", node, node.optionalId("id"));
        Long categoryId = node.optionalId("category_id");
        if (categoryId != null && categories.get(categoryId) != CategoryType.SERVICE_CATEGORY) {
            node.problem(node.at("category_id"), "expected the id of a service_category of this branch, got " + categoryId);
        }
        Integer duration = node.integer("duration", 1, 24 * 60);
        return new ServicePlan(id, node.name("title", true, 200), node.text("description", false, 2000),
                node.money("price"), duration == null ? 0 : duration, categoryId);
    }

    private EmployeePlan employee(Node node, Ids ids, Map<Long, CategoryType> categories, Set<Long> services) {
        node.allowOnly(Set.of("id", "name", "information", "job_title_id", "service_ids", "schedule"));
        Long id = ids.unique("employee", node, node.optionalId("id"));
        Long jobTitle = node.optionalId("job_title_id");
        if (jobTitle != null && categories.get(jobTitle) != CategoryType.JOB_TITLE) {
            node.problem(node.at("job_title_id"), "expected the id of a job_title of this branch, got " + jobTitle);
        }
        return new EmployeePlan(id, node.name("name", true, 200), node.text("information", false, 2000), jobTitle,
                serviceIds(node, services), schedule(node.object("schedule")));
    }

    private List<Long> serviceIds(Node node, Set<Long> services) {
        List<Long> ids = new ArrayList<>();
        JsonNode list = node.raw("service_ids");
        if (list == null) {
            return ids;
        }
        if (!list.isArray()) {
            node.problem(node.at("service_ids"), "expected a list of service ids such as [844, 845], got " + Node.show(list));
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = node.at("service_ids") + "[" + i + "]";
            if (!item.isIntegralNumber() || !services.contains(item.longValue())) {
                node.problem(where, "expected the id of a service of this branch, got " + Node.show(item));
            } else if (ids.contains(item.longValue())) {
                node.problem(where, "service " + item.longValue() + " is listed twice");
            } else {
                ids.add(item.longValue());
            }
        }
        return ids;
    }

    private Schedule schedule(Node node) {
        if (node == null) {
            return Schedule.NONE;
        }
        node.allowOnly(Set.of("weekly", "dates"));
        Map<DayOfWeek, List<WorkingInterval>> weekly = new LinkedHashMap<>();
        Node week = node.object("weekly");
        if (week != null) {
            for (String day : week.propertyNames()) {
                if (!DAYS.containsKey(day)) {
                    week.problem(week.at(day), "expected a day as mon, tue, wed, thu, fri, sat or sun");
                    continue;
                }
                weekly.put(DAYS.get(day), intervals(week, day));
            }
        }
        Map<LocalDate, List<WorkingInterval>> dates = new LinkedHashMap<>();
        Node overrides = node.object("dates");
        if (overrides != null) {
            for (String date : overrides.propertyNames()) {
                try {
                    dates.put(LocalDate.parse(date), intervals(overrides, date));
                } catch (DateTimeParseException e) {
                    overrides.problem(overrides.at(date), "expected a date as yyyy-MM-dd such as 2024-02-08");
                }
            }
        }
        try {
            return new Schedule(weekly, dates);
        } catch (IllegalArgumentException e) {
            node.problem(node.path(), e.getMessage());
            return Schedule.NONE;
        }
    }

    private List<WorkingInterval> intervals(Node parent, String field) {
        List<WorkingInterval> intervals = new ArrayList<>();
        JsonNode list = parent.raw(field);
        String where = parent.at(field);
        if (list == null) {
            return intervals;
        }
        if (!list.isArray()) {
            parent.problem(where, "expected a list of intervals such as [\"09:00-13:00\", \"14:00-18:00\"], got " + Node.show(list));
            return intervals;
        }
        for (int i = 0; i < list.size(); i++) {
            try {
                intervals.add(WorkingInterval.parse(list.get(i).isString() ? list.get(i).stringValue() : list.get(i).toString()));
            } catch (IllegalArgumentException e) {
                parent.problem(where + "[" + i + "]", e.getMessage());
            }
        }
        return intervals;
    }

    /** Ids given in the file must be unique per kind across the whole file. */
    private static final class Ids {
        private final Map<String, Map<Long, String>> seen = new HashMap<>();
        private final List<CatalogRefused.Problem> problems;

        Ids(List<CatalogRefused.Problem> problems) {
            this.problems = problems;
        }

        Long unique(String kind, Node node, Long id) {
            if (id == null) {
                return null;
            }
            String first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, node.path());
            if (first != null) {
                problems.add(new CatalogRefused.Problem(node.at("id"), kind + " id " + id + " is used already at " + first));
            }
            return id;
        }
    }
}
