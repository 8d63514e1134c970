package slotbot.app.catalog;

import slotbot.app.catalog.CatalogPlan.CompanyPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a validated catalog: an upsert by id in one catalog write. An entry without an id matches
 * an existing one of its branch by name (so re-importing the same file changes nothing) or gets a
 * new id. What the file no longer lists is deactivated, never deleted.
 */
public final class CatalogImport {

    private final CatalogTables tables;
    private final CatalogWrites writes;

    CatalogImport(CatalogTables tables, CatalogWrites writes) {
        this.tables = tables;
        this.writes = writes;
    }

    public record Summary(int companies, int categories, int services, int employees) {
    }

    public Summary apply(CatalogPlan plan) {
        return writes.write(() -> {
            List<Long> companies = new ArrayList<>();
            for (CompanyPlan company : plan.companies()) {
                long id = store(tables.companies(), company.company());
                storeAll(tables.categories(), id, company.categories());
                storeAll(tables.services(), id, company.services());
                storeAll(tables.employees(), id, company.employees());
                companies.add(id);
            }
            writes.deactivateOthers(tables.companies().kind(), null, companies);
            return summary(plan);
        });
    }

    private <E extends Entry<E>> void storeAll(Table<E> table, long companyId, List<E> entries) {
        List<Long> kept = entries.stream().map(entry -> store(table, entry.in(companyId))).toList();
        writes.deactivateOthers(table.kind(), companyId, kept);
    }

    /** The given id, or the id of the entry that matches by name, or the next free id of the table. */
    private <E extends Entry<E>> long store(Table<E> table, E entry) {
        long id = entry.id() != null ? entry.id() : table.match(entry).orElseGet(() -> writes.nextId(table.kind()));
        table.save(id, entry);
        return id;
    }

    private static Summary summary(CatalogPlan plan) {
        List<CompanyPlan> companies = plan.companies();
        return new Summary(companies.size(), companies.stream().mapToInt(c -> c.categories().size()).sum(),
                companies.stream().mapToInt(c -> c.services().size()).sum(),
                companies.stream().mapToInt(c -> c.employees().size()).sum());
    }
}
