package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog as the booking core reads it, kept while the database's catalog version stays the
 * same. The version is asked at most once per {@link #RECHECK}: a change made through this instance
 * is seen at once ({@link CatalogWrites} calls {@link #forget()}), one made through another instance
 * within a second. Booking correctness does not rest on it: the employee's lock and the database's
 * constraint decide.
 */
public final class CatalogCache {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final CatalogTables tables;
    private volatile Snapshot snapshot;

    CatalogCache(JdbcClient jdbc, CatalogTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** Every branch, inactive ones included. */
    public List<Company> companies() {
        return current().companies();
    }

    /** A branch with all its entries, inactive ones included. */
    public Optional<CompanyCatalog> catalog(long companyId) {
        return current().catalogs().computeIfAbsent(companyId, this::read);
    }

    void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        // System.nanoTime, not the app clock: a test's clock may stand still, and this is about cost, not business time.
        if (known != null && System.nanoTime() - known.checkedAt() < RECHECK.toNanos()) {
            return known;
        }
        // The version is read before the data, so data newer than its label only causes one more reload.
        long version = jdbc.sql("SELECT version FROM catalog_version WHERE id = 1").query(Long.class).single();
        known = known == null || known.version() != version
                ? new Snapshot(version, System.nanoTime(), companiesRead(), new ConcurrentHashMap<>())
                : new Snapshot(version, System.nanoTime(), known.companies(), known.catalogs());
        snapshot = known;
        return known;
    }

    private List<Company> companiesRead() {
        return tables.companies().list(null, true).stream().map(CompanyEntry::toCore).toList();
    }

    private Optional<CompanyCatalog> read(long companyId) {
        return tables.companies().find(companyId).map(company -> new CompanyCatalog(company.toCore(),
                tables.categories().list(companyId, true).stream().map(CategoryEntry::toCore).toList(),
                tables.services().list(companyId, true).stream().map(ServiceEntry::toCore).toList(),
                tables.employees().list(companyId, true).stream().map(EmployeeEntry::toCore).toList()));
    }

    private record Snapshot(long version, long checkedAt, List<Company> companies, Map<Long, Optional<CompanyCatalog>> catalogs) {
    }
}
