package slotbot.app.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.errors.NotFound;
import slotbot.app.jdbc.DbTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a branch's waitlist of one date for the admin API, in line order (who joined first), each entry with the
 * start held for it, if any: times in the branch's zone, services and employees by name.
 */
@Component
class AdminWaitlistRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SELECT = """
            SELECT w.id, w.client_id, cl.name AS client_name, cl.phone AS client_phone, w.service_ids, w.employee_id,
                   e.name AS employee_name, w.joined_at, h.employee_id AS held_employee_id, he.name AS held_employee_name,
                   h.starts_at AS held_start, h.expires_at AS held_until
            FROM waitlist w
            LEFT JOIN client cl ON cl.id = w.client_id
            LEFT JOIN employee e ON e.id = w.employee_id
            LEFT JOIN waitlist_hold h ON h.waitlist_id = w.id
            LEFT JOIN employee he ON he.id = h.employee_id
            WHERE w.company_id = ? AND w.on_date = ?
            ORDER BY w.joined_at, w.id
            """;

    private final JdbcClient jdbc;

    AdminWaitlistRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The waitlist of the date at the branch; a branch that does not exist is not found. */
    Map<String, Object> day(long companyId, LocalDate date) {
        ZoneId zone = jdbc.sql("SELECT timezone FROM company WHERE id = ?").param(companyId).query(String.class).optional()
                .map(ZoneId::of).orElseThrow(() -> new NotFound("no company " + companyId));
        Map<Long, Service> services = new HashMap<>();
        jdbc.sql("SELECT id, title, duration_minutes FROM service WHERE company_id = ?").param(companyId)
                .query(rs -> {
                    services.put(rs.getLong(1), new Service(rs.getString(2), rs.getInt(3)));
                });
        List<Map<String, Object>> entries = jdbc.sql(SELECT).params(companyId, date)
                .query((rs, n) -> entry(rs, services, zone)).list();
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("company_id", companyId);
        day.put("date", DATE.format(date));
        day.put("waitlist", entries);
        return day;
    }

    private record Service(String title, int duration) {
    }

    private static Map<String, Object> entry(ResultSet rs, Map<Long, Service> services, ZoneId zone) throws SQLException {
        List<Long> ids = Arrays.stream(rs.getString("service_ids").split(",")).map(Long::parseLong).toList();
        long employee = rs.getLong("employee_id");
        boolean anyone = rs.wasNull();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", rs.getLong("id"));
        entry.put("client_id", rs.getString("client_id"));
        entry.put("client_name", rs.getString("client_name"));
        entry.put("client_phone", rs.getString("client_phone"));
        entry.put("service_ids", ids);
        entry.put("services", ids.stream().map(id -> services.containsKey(id) ? services.get(id).title() : String.valueOf(id)).toList());
        entry.put("employee_id", anyone ? null : employee);
        entry.put("employee_name", rs.getString("employee_name"));
        entry.put("joined_at", stamp(DbTime.instant(rs, "joined_at"), zone));
        entry.put("hold", rs.getObject("held_start") == null ? null : hold(rs, ids, services, zone));
        return entry;
    }

    /** The start held for the entry: with whom, from when to when (the visit, buffers aside), and until when it is held. */
    private static Map<String, Object> hold(ResultSet rs, List<Long> ids, Map<Long, Service> services, ZoneId zone)
            throws SQLException {
        Instant start = DbTime.instant(rs, "held_start");
        int minutes = ids.stream().mapToInt(id -> services.containsKey(id) ? services.get(id).duration() : 0).sum();
        Map<String, Object> hold = new LinkedHashMap<>();
        hold.put("employee_id", rs.getLong("held_employee_id"));
        hold.put("employee_name", rs.getString("held_employee_name"));
        hold.put("time", TIME.format(start.atZone(zone)));
        hold.put("end_time", TIME.format(start.plus(minutes, ChronoUnit.MINUTES).atZone(zone)));
        hold.put("expires_at", stamp(DbTime.instant(rs, "held_until"), zone));
        return hold;
    }

    private static String stamp(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
