package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * The write discipline of every change to the catalog, a file's import or an admin edit: one
 * transaction under the catalog lock, the catalog version raised (so other instances reload), and
 * once committed this instance's cache emptied. Rows are never deleted, only deactivated.
 */
final class CatalogWrites {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CatalogCache cache;
    private final Clock clock;

    CatalogWrites(JdbcClient jdbc, TransactionTemplate transactions, CatalogCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
    }

    <T> T write(Supplier<T> change) {
        T result = transactions.execute(status -> {
            jdbc.sql("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE").query(Long.class).single();
            T value = change.get();
            jdbc.sql("UPDATE catalog_version SET version = version + 1 WHERE id = 1").update();
            return value;
        });
        cache.forget();
        return result;
    }

    /** The given id if it is free, or the next one of the table; call inside {@link #write}. */
    long newId(String table, Long given) {
        if (given == null) {
            return nextId(table);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?").param(given).query(Long.class).single() > 0) {
            throw new EntryConflict(table + " " + given + " already exists; change it with PUT or leave id out", List.of());
        }
        return given;
    }

    long nextId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).query(Long.class).single();
    }

    /**
     * Deactivates a row; for a branch or an employee ({@code guardsBookings}), with bookings still to
     * come only when forced (they are kept, not cancelled). The row is locked first, so no booking
     * slips in between check and change.
     */
    Deactivated deactivate(String table, long id, boolean guardsBookings, boolean force) {
        return write(() -> {
            jdbc.sql("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                    .orElseThrow(() -> new EntryNotFound(table, id));
            List<Long> upcoming = guardsBookings ? upcomingBookings(table, id) : List.of();
            if (!upcoming.isEmpty() && !force) {
                throw new EntryConflict(table + " " + id + " has " + upcoming.size() + " upcoming booking"
                        + (upcoming.size() == 1 ? "" : "s") + "; move or cancel them first", upcoming);
            }
            jdbc.sql("UPDATE " + table + " SET active = FALSE WHERE id = ?").param(id).update();
            return new Deactivated(table, id, upcoming);
        });
    }

    private List<Long> upcomingBookings(String table, long id) {
        return jdbc.sql("SELECT id FROM booking WHERE " + table + "_id = ? AND status IN ('active', 'confirmed') AND ends_at > ? ORDER BY starts_at, id")
                .params(id, utc(clock.instant())).query(Long.class).list();
    }

    /** Deactivates the rows of a branch (of all branches when null) that an import no longer lists. */
    void deactivateOthers(String table, Long companyId, List<Long> keep) {
        String scope = companyId == null ? "1 = 1" : "company_id = " + companyId;
        String kept = keep.isEmpty() ? "" : " AND id NOT IN (:keep)";
        var statement = jdbc.sql("UPDATE " + table + " SET active = FALSE WHERE " + scope + " AND active = TRUE" + kept);
        (keep.isEmpty() ? statement : statement.param("keep", keep)).update();
    }
}
