package slotbot.app.admin;

import static slotbot.app.jdbc.DbTime.instant;
import static slotbot.app.jdbc.DbTime.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.reminders.ReminderLog;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.catalog.BookingRules;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads bookings for the admin API, as they are shown there: times in the branch's zone, with the services as booked. */
@Component
class AdminBookingRows {

    /** A page of the list: at most the limit, and whether more matched. */
    record Page(List<Map<String, Object>> bookings, boolean truncated) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SELECT = """
            SELECT b.id, b.company_id, b.employee_id, e.name AS employee_name, b.client_id, b.starts_at, b.ends_at,
                   b.status, b.booked_by, b.created_at, b.confirmed_at, b.cancelled_by, b.cancel_reason, c.timezone,
                   cl.name AS client_name, cl.phone AS client_phone
            FROM booking b JOIN employee e ON e.id = b.employee_id JOIN company c ON c.id = b.company_id
            LEFT JOIN client cl ON cl.id = b.client_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReminderLog reminders;

    AdminBookingRows(JdbcClient jdbc, Clock clock, ReminderLog reminders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reminders = reminders;
    }

    Optional<Map<String, Object>> booking(long id) {
        List<Row> rows = jdbc.sql(SELECT + "WHERE b.id = :id").param("id", id).query((rs, n) -> row(rs)).list();
        return views(rows, clock.instant()).stream().findFirst();
    }

    /** The bookings that pass the filter, soonest start first, at most {@code limit} of them. */
    Page list(BookingFilter filter, int limit) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.companyId() != null) {
            where.append(" AND b.company_id = :company");
            params.put("company", filter.companyId());
        }
        if (filter.employeeId() != null) {
            where.append(" AND b.employee_id = :employee");
            params.put("employee", filter.employeeId());
        }
        if (filter.clientId() != null) {
            where.append(" AND b.client_id = :client");
            params.put("client", filter.clientId());
        }
        if (filter.status() != null) {
            where.append(" AND ").append(statusClause(filter.status()));
            params.put("status", filter.status().wireName());
            params.put("now", utc(now));
        }
        if (filter.from() != null || filter.to() != null) {
            where.append(" AND (").append(dateRange(filter, params)).append(")");
        }
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY b.starts_at, b.id FETCH FIRST " + (limit + 1) + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        boolean truncated = rows.size() > limit;
        return new Page(views(truncated ? rows.subList(0, limit) : rows, now), truncated);
    }

    /**
     * A status as the list shows it: a booking that holds its time reads as completed once its end has
     * passed (BookingStatus), so "active" and "confirmed" are those not ended yet, and "completed" the rest.
     */
    private static String statusClause(BookingStatus status) {
        return switch (status) {
            case ACTIVE, CONFIRMED -> "b.status = :status AND b.ends_at > :now";
            case COMPLETED -> "(b.status = :status OR (b.status IN ('active', 'confirmed') AND b.ends_at <= :now))";
            case NO_SHOW, CANCELLED -> "b.status = :status";
        };
    }

    /** The date range holds in each branch's own zone: one clause per zone, over the branches in it. */
    private String dateRange(BookingFilter filter, Map<String, Object> params) {
        Map<String, List<Long>> branchesByZone = new TreeMap<>();
        jdbc.sql("SELECT id, timezone FROM company").query(rs -> {
            branchesByZone.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
        });
        List<String> clauses = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Long>> zone : branchesByZone.entrySet()) {
            ZoneId id = ZoneId.of(zone.getKey());
            StringBuilder clause = new StringBuilder("b.company_id IN (:branches" + i + ")");
            params.put("branches" + i, zone.getValue());
            if (filter.from() != null) {
                clause.append(" AND b.starts_at >= :from").append(i);
                params.put("from" + i, utc(filter.from().atStartOfDay(id).toInstant()));
            }
            if (filter.to() != null) {
                clause.append(" AND b.starts_at < :to").append(i);
                params.put("to" + i, utc(filter.to().plusDays(1).atStartOfDay(id).toInstant()));
            }
            clauses.add("(" + clause + ")");
            i++;
        }
        return clauses.isEmpty() ? "1 = 0" : String.join(" OR ", clauses);
    }

    private record Row(long id, long companyId, long employeeId, String employeeName, String clientId, Instant start,
                       Instant end, String status, String bookedBy, Instant createdAt, Instant confirmedAt, String cancelledBy,
                       String cancelReason, ZoneId zone, String clientName, String clientPhone) {
    }

    private record Service(long id, String title, BigDecimal price, int duration) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("employee_id"), rs.getString("employee_name"),
                rs.getString("client_id"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("status"),
                rs.getString("booked_by"), instant(rs, "created_at"), nullableInstant(rs, "confirmed_at"), rs.getString("cancelled_by"),
                rs.getString("cancel_reason"), ZoneId.of(rs.getString("timezone")), rs.getString("client_name"),
                rs.getString("client_phone"));
    }

    private List<Map<String, Object>> views(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Service>> services = new HashMap<>();
        jdbc.sql("SELECT booking_id, service_id, title, price, duration_minutes FROM booking_service"
                        + " WHERE booking_id IN (:ids) ORDER BY booking_id, seq")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Service(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)));
                });
        Map<Long, List<ReminderLog.Entry>> sent = reminders.of(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> view(r, services.getOrDefault(r.id(), List.of()), sent.getOrDefault(r.id(), List.of()), now))
                .toList();
    }

    private static Map<String, Object> view(Row r, List<Service> services, List<ReminderLog.Entry> reminders, Instant now) {
        ZonedDateTime start = r.start().atZone(r.zone());
        ZonedDateTime end = r.end().atZone(r.zone());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("company_id", r.companyId());
        view.put("employee_id", r.employeeId());
        view.put("employee_name", r.employeeName());
        view.put("client_id", r.clientId());
        view.put("client_name", r.clientName());
        view.put("client_phone", r.clientPhone());
        view.put("date", DATE.format(start));
        view.put("time", TIME.format(start));
        view.put("end_time", TIME.format(end));
        view.put("services", services.stream().map(s -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", s.id());
            service.put("title", s.title());
            service.put("price", money(s.price()));
            service.put("duration", s.duration());
            return service;
        }).toList());
        view.put("total_cost", money(services.stream().map(Service::price).reduce(BigDecimal.ZERO, BigDecimal::add)));
        view.put("duration", Duration.between(r.start(), r.end()).toMinutes());
        view.put("status", status(r, now).wireName());
        view.put("cancelled_by", r.cancelledBy());
        view.put("cancel_reason", r.cancelReason());
        view.put("booked_by", r.bookedBy());
        view.put("created_at", stamp(r.createdAt(), r.zone()));
        view.put("confirmed_at", r.confirmedAt() == null ? null : stamp(r.confirmedAt(), r.zone()));
        view.put("reminders", reminders.stream().map(e -> reminder(e, r.zone())).toList());
        return view;
    }

    /** A reminder or follow-up of the booking: when it is or was due, and whether it went out. */
    private static Map<String, Object> reminder(ReminderLog.Entry entry, ZoneId zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", entry.reminder().kind().wireName());
        view.put("offset", BookingRules.text(entry.reminder().offset()));
        view.put("due_at", stamp(entry.reminder().due(), zone));
        view.put("state", entry.state());
        view.put("done_at", entry.doneAt() == null ? null : stamp(entry.doneAt(), zone));
        return view;
    }

    /** An instant as the admin API writes it: in the branch's zone, to the second, with its offset. */
    private static String stamp(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static BookingStatus status(Row r, Instant now) {
        BookingStatus stored = BookingStatus.ofWireName(r.status()).orElseThrow();
        return stored.holdsTime() && !r.end().isAfter(now) ? BookingStatus.COMPLETED : stored;
    }

    /** 1500.00 becomes 1500 and 990.50 becomes 990.5, as the functions show prices. */
    private static BigDecimal money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : instant(rs, column);
    }

}
