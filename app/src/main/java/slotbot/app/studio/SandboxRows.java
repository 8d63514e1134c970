package slotbot.app.studio;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The studio_sandbox table: one row a test chat, its state as JSON, its version for one exchange at a time. */
final class SandboxRows {

    /** Room for the state: the table's column. */
    static final int MAX_STATE = 1_000_000;

    private final JdbcClient jdbc;

    SandboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String id, String bot, boolean realBookings, String state, long version) {
    }

    int dropIdleAndCount(Instant idleBefore) {
        jdbc.sql("DELETE FROM studio_sandbox WHERE last_used < ?").param(utc(idleBefore)).update();
        return jdbc.sql("SELECT COUNT(*) FROM studio_sandbox").query(Integer.class).single();
    }

    void insert(String id, String bot, boolean realBookings, String state, Instant now) {
        jdbc.sql("INSERT INTO studio_sandbox (id, bot, real_bookings, state, version, last_used) VALUES (?, ?, ?, ?, 0, ?)")
                .params(id, bot, realBookings, state, utc(now)).update();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT id, bot, real_bookings, state, version FROM studio_sandbox WHERE id = ?").param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getLong(5)))
                .optional();
    }

    /** Writes the state after an exchange; false when another exchange of the chat wrote first (or it was closed). */
    boolean update(String id, long version, String state, Instant now) {
        return jdbc.sql("UPDATE studio_sandbox SET state = ?, version = version + 1, last_used = ? WHERE id = ? AND version = ?")
                .params(state, utc(now), id, version).update() == 1;
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM studio_sandbox WHERE id = ?").param(id).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
