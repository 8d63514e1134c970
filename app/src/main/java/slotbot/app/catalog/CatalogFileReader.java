package slotbot.app.catalog;

import slotbot.app.text.JsonValues;
import slotbot.app.catalog.CatalogPlan.CompanyPlan;
import slotbot.app.catalog.CatalogRefused.Problem;
import slotbot.app.web.JsonBodies;
import slotbot.booking.catalog.CategoryType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a catalog file (YAML, or JSON, which YAML reads too) into a {@link CatalogPlan}, or refuses
 * it whole with every bad value named by its path ({@code companies[0].employees[2].schedule.weekly.mon[0]}).
 * Each entry is read by the same form as the admin API's; what is checked here is what only a file
 * has: references within the file and ids unique across it.
 */
public final class CatalogFileReader {

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final ZoneId defaultZone;

    public CatalogFileReader(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public CatalogPlan read(String text, String source) {
        Node file = Node.root(parse(text, source), "");
        Ids ids = new Ids();
        List<CompanyPlan> companies = file.objects("companies", true).stream().map(node -> company(node, ids)).toList();
        List<Problem> problems = file.problems();
        if (!problems.isEmpty()) {
            throw new CatalogRefused(source, problems);
        }
        return new CatalogPlan(companies);
    }

    private JsonNode parse(String text, String source) {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            throw refused(source, "not valid YAML or JSON" + JsonValues.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw refused(source, "expected an object with a list \"companies\", got " + Node.show(root));
        }
        return root;
    }

    private static CatalogRefused refused(String source, String message) {
        return new CatalogRefused(source, List.of(new Problem("(file)", message)));
    }

    private CompanyPlan company(Node node, Ids ids) {
        CompanyEntry company = ids.unique("company", node, CompanyEntry.read(node, Use.FILE, defaultZone));
        List<CategoryEntry> categories = node.objects("categories", false).stream()
                .map(n -> ids.unique("category", n, CategoryEntry.read(n, Use.FILE))).toList();
        Map<Long, String> kinds = categories.stream().filter(c -> c.id() != null && c.type() != null)
                .collect(Collectors.toMap(CategoryEntry::id, CategoryEntry::type, (a, b) -> a));
        List<ServiceEntry> services = node.objects("services", false).stream()
                .map(n -> service(n, ids, kinds)).toList();
        Set<Long> serviceIds = services.stream().map(ServiceEntry::id).filter(id -> id != null).collect(Collectors.toSet());
        List<EmployeeEntry> employees = node.objects("employees", false).stream()
                .map(n -> employee(n, ids, kinds, serviceIds)).toList();
        return new CompanyPlan(company, categories, services, employees);
    }

    private static ServiceEntry service(Node node, Ids ids, Map<Long, String> kinds) {
        ServiceEntry service = ids.unique("service", node, ServiceEntry.read(node, Use.FILE));
        category(node, "category_id", service.categoryId(), CategoryType.SERVICE_CATEGORY, kinds);
        return service;
    }

    private static EmployeeEntry employee(Node node, Ids ids, Map<Long, String> kinds, Set<Long> services) {
        EmployeeEntry employee = ids.unique("employee", node, EmployeeEntry.read(node, Use.FILE));
        category(node, "job_title_id", employee.jobTitleId(), CategoryType.JOB_TITLE, kinds);
        for (int i = 0; i < employee.serviceIds().size(); i++) {
            if (!services.contains(employee.serviceIds().get(i))) {
                node.problem(node.at("service_ids") + "[" + i + "]", "expected the id of a service of this branch, got "
                        + employee.serviceIds().get(i));
            }
        }
        return employee;
    }

    private static void category(Node node, String field, Long id, CategoryType kind, Map<Long, String> kinds) {
        if (id != null && !kind.wireName().equals(kinds.get(id))) {
            node.problem(node.at(field), "expected the id of a " + kind.wireName() + " of this branch, got " + id);
        }
    }

    /** Ids given in the file must be unique per kind across the whole file. */
    private static final class Ids {
        private final Map<String, Map<Long, String>> seen = new HashMap<>();

        <E extends Entry<E>> E unique(String kind, Node node, E entry) {
            String first = entry.id() == null ? null
                    : seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(entry.id(), node.path());
            if (first != null) {
                node.problem(node.at("id"), kind + " id " + entry.id() + " is used already at " + first);
            }
            return entry;
        }
    }
}
