package slotbot.app.admin.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.admin.catalog.CatalogEdits.Conflict;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.admin.catalog.CatalogEdits.NotFound;
import slotbot.app.calendar.JdbcBookingData;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The write discipline of every catalog edit: one transaction under the catalog lock, the catalog
 * version raised (so other instances reload), and once committed this instance's booking data told
 * to read the catalog afresh. Rows are never deleted, only deactivated.
 */
@Component
class CatalogWrites {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcBookingData bookingData;
    private final Clock clock;

    CatalogWrites(JdbcClient jdbc, TransactionTemplate transactions, JdbcBookingData bookingData, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.bookingData = bookingData;
        this.clock = clock;
    }

    <T> T write(Supplier<T> change) {
        T result = transactions.execute(status -> {
            jdbc.sql("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE").query(Long.class).single();
            T value = change.get();
            jdbc.sql("UPDATE catalog_version SET version = version + 1 WHERE id = 1").update();
            return value;
        });
        bookingData.catalogChanged();
        return result;
    }

    /** The given id if it is free, or the next one of the table; call inside {@link #write}. */
    long newId(String table, Long given) {
        if (given == null) {
            return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).query(Long.class).single();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?").param(given).query(Long.class).single() > 0) {
            throw new Conflict(table + " " + given + " already exists; change it with PUT or leave id out", List.of());
        }
        return given;
    }

    /**
     * Deactivates a company or an employee; with bookings still to come, only when forced (they are
     * kept, not cancelled). The row is locked first, so no booking slips in between check and change.
     */
    Deactivated deactivate(String table, long id, boolean force) {
        return write(() -> {
            jdbc.sql("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                    .orElseThrow(() -> new NotFound("no " + table + " " + id));
            List<Long> upcoming = jdbc.sql("SELECT id FROM booking WHERE " + table + "_id = ? AND status = 'active' AND ends_at > ?"
                            + " ORDER BY starts_at, id")
                    .params(id, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).query(Long.class).list();
            if (!upcoming.isEmpty() && !force) {
                throw new Conflict(table + " " + id + " has " + upcoming.size() + " upcoming booking"
                        + (upcoming.size() == 1 ? "" : "s") + "; move or cancel them first", upcoming);
            }
            jdbc.sql("UPDATE " + table + " SET active = FALSE WHERE id = ?").param(id).update();
            return new Deactivated(id, upcoming);
        });
    }
}
