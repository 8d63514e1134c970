package slotbot.app.jdbc;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

/**
 * Keeps PostgreSQL's planner statistics of the app's tables where the server's autovacuum is off (as on the CI and
 * bench machines: {@code autovacuum = off}), by autovacuum's own rules: a table is analyzed once more than 50 rows and
 * 10 % of it changed since it last was, and vacuumed as well once more than 50 rows and 20 % of it are dead or more
 * than 1,000 rows and 20 % of it were added since its last vacuum, if it is small (under {@link #VACUUMED_UP_TO} rows:
 * the queues, a branch's calendar), so that a vacuum stays short on the timers' threads that run it. The vacuum after
 * additions is what marks pages all-visible, so that reading the busy spans is answered from the index alone.
 * <p>
 * Without statistics PostgreSQL plans on guesses, and guesses badly for a table that grew from nothing: a booking's
 * overlap check read every booking of the employee through the exclusion constraint's index (470 buffers a call
 * instead of 3), which halved the bookings a second (issue 14). Where autovacuum runs, this does nothing; on H2 the
 * task does not call it.
 */
final class TableStatistics {

    /** How often the tables are looked at: a table that grows from nothing gets its statistics within this. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private static final Log log = LogFactory.getLog(TableStatistics.class);

    /** The largest table vacuumed here (rows, as last counted): a vacuum of it takes well under a second. */
    static final long VACUUMED_UP_TO = 100_000;

    /** The tables of the app's schema past autovacuum's default thresholds, none while autovacuum runs; those to vacuum first. */
    private static final String DUE = """
            SELECT relname, vacuum FROM (
                SELECT s.relname, s.n_mod_since_analyze > 50 + 0.1 * GREATEST(c.reltuples, 0) AS stale,
                       (s.n_dead_tup > 50 + 0.2 * GREATEST(c.reltuples, 0) OR s.n_ins_since_vacuum > 1000 + 0.2 * GREATEST(c.reltuples, 0))
                           AND GREATEST(c.reltuples, s.n_live_tup) < ? AS vacuum
                FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                WHERE s.schemaname = current_schema()) t
            WHERE (stale OR vacuum) AND current_setting('autovacuum') = 'off'
            ORDER BY 2 DESC, 1""";

    private final JdbcClient jdbc;
    private boolean refusedLogged;

    TableStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Analyzes (and, with many dead rows, vacuums) the tables that need it, unless autovacuum does; the tables it did. */
    List<String> keep() {
        List<Due> due = jdbc.sql(DUE).param(VACUUMED_UP_TO).query((rs, n) -> new Due(rs.getString(1), rs.getBoolean(2))).list();
        return due.stream().filter(this::refresh).map(Due::table).toList();
    }

    private boolean refresh(Due table) {
        // Each statement on its own, outside any transaction: VACUUM cannot run inside one.
        String name = quoted(table.table());
        try {
            jdbc.sql(table.vacuum() ? "VACUUM (ANALYZE) " + name : "ANALYZE " + name).update();
            return true;
        } catch (DataAccessException e) {
            // A table the app's role does not own (someone else's, in the same schema) is not the app's to keep.
            if (!refusedLogged) {
                log.warn("could not refresh the planner statistics of table " + table.table() + " (" + e.getMostSpecificCause().getMessage()
                        + "); turning autovacuum on in the server's configuration keeps them for every table");
                refusedLogged = true;
            }
            return false;
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record Due(String table, boolean vacuum) {
    }
}
