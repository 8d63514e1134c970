package slotbot.app.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import slotbot.app.jdbc.DbTime;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.WaitlistEntry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The waitlist and its holds in the tables {@code waitlist} and {@code waitlist_hold} (V19). Its writes run inside
 * the booking core's transactions, under the employee's row lock where the core takes it; on PostgreSQL the
 * database refuses a hold over a booking, a booking over another client's hold and two overlapping holds (V20).
 */
final class JdbcWaitlist {

    private static final String ENTRY_COLUMNS = "id, company_id, client_id, on_date, service_ids, employee_id, joined_at";
    private static final String HOLD_COLUMNS = "waitlist_id, employee_id, client_id, starts_at, busy_from, busy_to, expires_at";
    private static final String IN_LINE = " ORDER BY joined_at, id";

    private final JdbcClient jdbc;

    JdbcWaitlist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, List<Hold>> holds = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            jdbc.sql("SELECT " + HOLD_COLUMNS + " FROM waitlist_hold WHERE employee_id IN (:employees)"
                            + " AND busy_from < :to AND busy_to > :from")
                    .param("employees", employeeIds).param("from", DbTime.utc(from)).param("to", DbTime.utc(to))
                    .query((rs, n) -> hold(rs))
                    .list()
                    .forEach(h -> holds.computeIfAbsent(h.employeeId(), k -> new ArrayList<>()).add(h));
        }
        return holds;
    }

    List<Hold> holds(long employeeId, Instant from, Instant to) {
        return holds(List.of(employeeId), from, to).getOrDefault(employeeId, List.of());
    }

    Optional<Hold> holdOf(long waitlistId) {
        return jdbc.sql("SELECT " + HOLD_COLUMNS + " FROM waitlist_hold WHERE waitlist_id = ?").param(waitlistId)
                .query((rs, n) -> hold(rs)).optional();
    }

    void hold(Hold h) {
        jdbc.sql("INSERT INTO waitlist_hold (" + HOLD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(h.waitlistId(), h.employeeId(), h.clientId(), DbTime.utc(h.start()), DbTime.utc(h.busy().start()),
                        DbTime.utc(h.busy().end()), DbTime.utc(h.expiresAt()))
                .update();
    }

    /** The hold as it was, if this call is the one that deleted it. */
    Optional<Hold> releaseHold(long waitlistId) {
        Optional<Hold> hold = holdOf(waitlistId);
        boolean deleted = jdbc.sql("DELETE FROM waitlist_hold WHERE waitlist_id = ?").param(waitlistId).update() == 1;
        return deleted ? hold : Optional.empty();
    }

    boolean holdsAStart(String clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM waitlist_hold WHERE client_id = ?").param(clientId)
                .query(Integer.class).single() > 0;
    }

    WaitlistEntry join(WaitlistEntry e) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO waitlist (company_id, client_id, on_date, service_ids, employee_id, joined_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(e.companyId(), e.clientId(), e.date(), serviceIds(e.serviceIds()), e.employeeId().orElse(null),
                        DbTime.utc(e.joinedAt()))
                .update(keys, "id");
        return e.withId(keys.getKeyAs(Number.class).longValue());
    }

    void leave(long waitlistId) {
        jdbc.sql("DELETE FROM waitlist_hold WHERE waitlist_id = ?").param(waitlistId).update();
        jdbc.sql("DELETE FROM waitlist WHERE id = ?").param(waitlistId).update();
    }

    Optional<WaitlistEntry> entry(long id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM waitlist WHERE id = ?").param(id)
                .query((rs, n) -> entry(rs)).optional();
    }

    List<WaitlistEntry> entriesOf(String clientId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM waitlist WHERE client_id = ?" + IN_LINE).param(clientId)
                .query((rs, n) -> entry(rs)).list();
    }

    List<WaitlistEntry> waiting(long companyId, LocalDate date) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM waitlist w WHERE company_id = ? AND on_date = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM waitlist_hold h WHERE h.waitlist_id = w.id)" + IN_LINE)
                .params(companyId, date)
                .query((rs, n) -> entry(rs)).list();
    }

    void dropBefore(long companyId, LocalDate today) {
        jdbc.sql("DELETE FROM waitlist_hold WHERE waitlist_id IN (SELECT id FROM waitlist WHERE company_id = ? AND on_date < ?)")
                .params(companyId, today).update();
        jdbc.sql("DELETE FROM waitlist WHERE company_id = ? AND on_date < ?").params(companyId, today).update();
    }

    /** A hold from a row with the columns of {@code waitlist_hold}, by name. */
    static Hold hold(ResultSet rs) throws SQLException {
        return new Hold(rs.getLong("waitlist_id"), rs.getLong("employee_id"), rs.getString("client_id"),
                DbTime.instant(rs, "starts_at"), new TimeSpan(DbTime.instant(rs, "busy_from"), DbTime.instant(rs, "busy_to")),
                DbTime.instant(rs, "expires_at"));
    }

    private static WaitlistEntry entry(ResultSet rs) throws SQLException {
        long employee = rs.getLong("employee_id");
        Optional<Long> named = rs.wasNull() ? Optional.empty() : Optional.of(employee);
        return new WaitlistEntry(rs.getLong("id"), rs.getLong("company_id"), rs.getString("client_id"),
                rs.getObject("on_date", LocalDate.class), serviceIds(rs.getString("service_ids")), named,
                DbTime.instant(rs, "joined_at"));
    }

    static String serviceIds(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> serviceIds(String text) {
        return Arrays.stream(text.split(",")).map(Long::parseLong).toList();
    }
}
