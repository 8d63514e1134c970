package slotbot.app.reminders;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.jdbc.DbTime;
import slotbot.booking.reminders.Reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The booking_reminder table: each booking's reminders and follow-up, due, sent or dropped. */
final class ReminderRows {

    /** A due row as the firing task takes it. */
    record Due(long id, long bookingId, Reminder.Kind kind, Instant dueAt) {
    }

    /** A row as the owner sees it. */
    record Logged(long bookingId, Reminder reminder, String state, Instant doneAt) {
    }

    private final JdbcClient jdbc;

    ReminderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long bookingId, Reminder reminder) {
        jdbc.sql("INSERT INTO booking_reminder (booking_id, kind, offset_minutes, due_at, state) VALUES (?, ?, ?, ?, 'due')")
                .params(bookingId, reminder.kind().wireName(), (int) reminder.offset().toMinutes(), DbTime.utc(reminder.due()))
                .update();
    }

    /** Voids what the booking still had to send: after a move its new moments replace them; after a cancel nothing does. */
    void voidDue(long bookingId) {
        jdbc.sql("DELETE FROM booking_reminder WHERE booking_id = ? AND state = 'due'").param(bookingId).update();
    }

    void voidDue(long bookingId, Reminder.Kind kind) {
        jdbc.sql("DELETE FROM booking_reminder WHERE booking_id = ? AND kind = ? AND state = 'due'")
                .params(bookingId, kind.wireName()).update();
    }

    /**
     * Takes up to {@code limit} rows due by {@code now}, soonest first, locked for the caller's transaction. Rows
     * another instance has taken are skipped, not waited for: each row is fired by one instance, and instances
     * share the work instead of queueing behind one another.
     */
    List<Due> takeDue(Instant now, int limit) {
        return jdbc.sql("SELECT id, booking_id, kind, due_at FROM booking_reminder WHERE state = 'due' AND due_at <= ?"
                        + " ORDER BY due_at, id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param(DbTime.utc(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), Reminder.Kind.ofWireName(rs.getString(3)),
                        DbTime.instant(rs, 4)))
                .list();
    }

    /** Rows of a kind still due whose moment has passed: over the index on (state, due_at), few while firing keeps up. */
    long overdue(Reminder.Kind kind, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_reminder WHERE state = 'due' AND due_at <= ? AND kind = ?")
                .params(DbTime.utc(now), kind.wireName())
                .query(Long.class).single();
    }

    void done(long id, boolean sent, Instant at) {
        jdbc.sql("UPDATE booking_reminder SET state = ?, done_at = ? WHERE id = ?")
                .params(sent ? "sent" : "dropped", DbTime.utc(at), id).update();
    }

    List<Logged> of(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT booking_id, kind, offset_minutes, due_at, state, done_at FROM booking_reminder"
                        + " WHERE booking_id IN (:ids) ORDER BY booking_id, due_at, id")
                .param("ids", bookingIds)
                .query((rs, n) -> new Logged(rs.getLong(1), new Reminder(Reminder.Kind.ofWireName(rs.getString(2)),
                        Duration.ofMinutes(rs.getInt(3)), DbTime.instant(rs, 4)), rs.getString(5),
                        rs.getObject(6) == null ? null : DbTime.instant(rs, 6)))
                .list();
    }
}
