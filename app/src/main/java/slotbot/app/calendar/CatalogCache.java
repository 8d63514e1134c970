package slotbot.app.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog as last read, kept while the database's catalog version stays the same. The version
 * is asked at most once per {@link #RECHECK}: a change made through this instance is seen at once
 * (it calls {@link #forget()}), one made through another instance within a second. Booking
 * correctness does not rest on it: the employee's lock and the database's constraint decide.
 */
final class CatalogCache {

    private final JdbcClient jdbc;
    private final CatalogRows rows;
    static final Duration RECHECK = Duration.ofSeconds(1);

    private volatile Snapshot snapshot;

    CatalogCache(JdbcClient jdbc, CatalogRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    List<Company> companies() {
        return current().companies();
    }

    Optional<CompanyCatalog> catalog(long companyId) {
        return current().catalogs().computeIfAbsent(companyId, rows::catalog);
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
        if (known == null || known.version() != version) {
            known = new Snapshot(version, System.nanoTime(), rows.companies(), new ConcurrentHashMap<>());
        } else {
            known = new Snapshot(version, System.nanoTime(), known.companies(), known.catalogs());
        }
        snapshot = known;
        return known;
    }

    private record Snapshot(long version, long checkedAt, List<Company> companies, Map<Long, Optional<CompanyCatalog>> catalogs) {
    }
}
