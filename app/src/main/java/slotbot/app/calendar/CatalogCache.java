package slotbot.app.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog as last read, kept while the database's catalog version stays the same. Each read
 * costs one small query for the version instead of six for the catalog; a change made by any app
 * instance raises the version, so no instance serves a catalog older than its last read of it.
 */
final class CatalogCache {

    private final JdbcClient jdbc;
    private final CatalogRows rows;
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

    private Snapshot current() {
        // The version is read before the data, so data newer than its label only causes one more reload.
        long version = jdbc.sql("SELECT version FROM catalog_version WHERE id = 1").query(Long.class).single();
        Snapshot known = snapshot;
        if (known == null || known.version() != version) {
            known = new Snapshot(version, rows.companies(), new ConcurrentHashMap<>());
            snapshot = known;
        }
        return known;
    }

    private record Snapshot(long version, List<Company> companies, Map<Long, Optional<CompanyCatalog>> catalogs) {
    }
}
