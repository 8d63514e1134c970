package slotbot.app;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;

/**
 * Bookings written by plain SQL, past the app and its locks, for tests of what the database itself
 * refuses: a visit of Павел (463665) at the test catalog's branch 14275391, for the client "sql".
 */
public final class RawBookings {

    private static final String INSERT = "INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status,"
            + " created_at, booked_by, version, busy_from, busy_to) VALUES (14275391, 463665, 'sql', ?, ?, ?, now(), 'sql', 0, ?, ?)";

    private final JdbcClient jdbc;

    public RawBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("INSERT INTO client (id, created_at) VALUES ('sql', now()) ON CONFLICT DO NOTHING").update();
    }

    /** A visit whose busy span is the visit itself. */
    public void insert(OffsetDateTime start, OffsetDateTime end, String status) {
        insert(start, end, status, start, end);
    }

    /** A visit whose employee is busy from busyFrom to busyTo (its buffers around it). */
    public void insert(OffsetDateTime start, OffsetDateTime end, String status, OffsetDateTime busyFrom, OffsetDateTime busyTo) {
        jdbc.sql(INSERT).params(start, end, status, busyFrom, busyTo).update();
    }
}
