package slotbot.app.catalog;

import slotbot.booking.catalog.Reminders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active catalog in the catalog file's own format, so that an export imported again gives the
 * same catalog. Each entry is written as the admin API shows it, less its branch and its active
 * flag; references to deactivated entries are left out, as an import would refuse them.
 */
public final class CatalogExport {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CatalogTables tables;

    CatalogExport(CatalogTables tables) {
        this.tables = tables;
    }

    public ObjectNode export() {
        ObjectNode file = json.createObjectNode();
        file.set("companies", array(tables.companies().list(null, false), this::company));
        return file;
    }

    private ObjectNode company(CompanyEntry company) {
        List<CategoryEntry> categories = tables.categories().list(company.id(), false);
        List<ServiceEntry> services = tables.services().list(company.id(), false);
        Set<Long> categoryIds = ids(categories);
        Set<Long> serviceIds = ids(services);
        ObjectNode node = withoutUnset(entry(company), Reminders.REMINDERS, Reminders.FOLLOW_UP, Reminders.QUIET_HOURS);
        node.set("categories", array(categories, this::entry));
        node.set("services", array(services, s -> reference(entry(s), "category_id", categoryIds)));
        node.set("employees", array(tables.employees().list(company.id(), false), e -> employee(e, categoryIds, serviceIds)));
        return node;
    }

    private ObjectNode employee(EmployeeEntry employee, Set<Long> categoryIds, Set<Long> serviceIds) {
        ObjectNode node = reference(entry(employee), "job_title_id", categoryIds);
        ArrayNode services = json.createArrayNode();
        employee.serviceIds().stream().filter(serviceIds::contains).forEach(services::add);
        node.set("service_ids", services);
        return node;
    }

    /** An entry as the file writes it: without its branch and its active flag, amounts without trailing zeros. */
    private ObjectNode entry(Entry<?> entry) {
        ObjectNode node = json.valueToTree(entry);
        node.remove(List.of("company_id", "active"));
        for (String field : List.copyOf(node.propertyNames())) {
            if (node.get(field).isBigDecimal()) {
                node.put(field, plain(node.get(field).decimalValue()));
            }
        }
        return node;
    }

    /** Settings a branch leaves unset (no reminders, no follow-up) are left out, as a file would leave them. */
    private static ObjectNode withoutUnset(ObjectNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && (value.isNull() || value.isEmpty() && value.isArray())) {
                node.remove(field);
            }
        }
        return node;
    }

    private static ObjectNode reference(ObjectNode node, String field, Set<Long> active) {
        JsonNode id = node.get(field);
        if (id == null || id.isNull() || !active.contains(id.longValue())) {
            node.remove(field);
        }
        return node;
    }

    private <E> ArrayNode array(List<E> entries, Function<E, JsonNode> write) {
        ArrayNode array = json.createArrayNode();
        entries.forEach(e -> array.add(write.apply(e)));
        return array;
    }

    private static Set<Long> ids(List<? extends Entry<?>> entries) {
        return entries.stream().map(Entry::id).collect(Collectors.toSet());
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
