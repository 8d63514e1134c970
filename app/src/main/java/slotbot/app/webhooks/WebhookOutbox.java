package slotbot.app.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * Writes each booking event into {@code webhook_outbox} inside the booking's own transaction: no
 * booking commits without its webhook on the way. The body is fixed here, once, so every retry
 * sends (and signs) the same bytes.
 */
final class WebhookOutbox implements BookingEventListener {

    static final String CREATED = "booking.created";
    static final String MOVED = "booking.moved";
    static final String CANCELLED = "booking.cancelled";
    static final String CONFIRMED = "booking.confirmed";
    static final String NO_SHOW = "booking.no_show";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** How a payload begins: its own id is its first field ({@link #payload}), which the insert on PostgreSQL fills in. */
    private static final String ID_FIRST = "{\"id\":";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebhookSettings settings;
    private final ClientDirectory clients;
    private final boolean postgres;

    WebhookOutbox(JdbcClient jdbc, Clock clock, WebhookSettings settings, ClientDirectory clients, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.clock = clock;
        this.settings = settings;
        this.clients = clients;
    }

    @Override
    public void on(BookingEvent event) {
        if (!settings.enabled()) {
            return;
        }
        String type = type(event);
        OffsetDateTime now = utc(clock.instant());
        if (postgres) {
            insertWithItsId(type, event, now);
            return;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_outbox (booking_id, event, payload, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, 0, ?, ?)")
                .params(event.booking().id(), type, "{}", now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE webhook_outbox SET payload = ? WHERE id = ?")
                .params(payload(id, type, event, clients.contact(event.booking().clientId())), id)
                .update();
    }

    /**
     * One statement on PostgreSQL: the row takes its id from the column's sequence first, and the payload is written
     * around it, the same bytes as {@link #payload} gives for that id (H2 inserts, then writes the payload).
     */
    private void insertWithItsId(String type, BookingEvent event, OffsetDateTime now) {
        String unnumbered = payload(0, type, event, clients.contact(event.booking().clientId()));
        if (!unnumbered.startsWith(ID_FIRST + "0,")) {
            throw new IllegalStateException("a webhook payload must begin with its id: " + unnumbered);
        }
        jdbc.sql("""
                        WITH n AS (SELECT nextval(pg_get_serial_sequence('webhook_outbox', 'id')) AS id)
                        INSERT INTO webhook_outbox (id, booking_id, event, payload, attempts, next_attempt_at, created_at)
                        SELECT n.id, ?, ?, ?::varchar || n.id || ?::varchar, 0, ?, ? FROM n""")
                .params(event.booking().id(), type, ID_FIRST, unnumbered.substring(ID_FIRST.length() + 1), now, now)
                .update();
    }

    /** How many events wait to be delivered (or delivered again), for the backlog gauge. */
    long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_outbox").query(Long.class).single();
    }

    static String type(BookingEvent event) {
        if (event instanceof BookingEvent.BookingCreated) {
            return CREATED;
        }
        if (event instanceof BookingEvent.BookingMoved) {
            return MOVED;
        }
        if (event instanceof BookingEvent.BookingCancelled) {
            return CANCELLED;
        }
        if (event instanceof BookingEvent.BookingConfirmed) {
            return CONFIRMED;
        }
        if (event instanceof BookingEvent.BookingMarkedNoShow) {
            return NO_SHOW;
        }
        throw new IllegalArgumentException("unknown booking event " + event.getClass().getName());
    }

    /** The booking with its client and status; a cancel adds who cancelled ("client" or "owner") and why (null when not said). */
    static String payload(long id, String type, BookingEvent event, Contact client) {
        Booking booking = event.booking();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("event", type);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", booking.id());
        b.put("company_id", booking.companyId());
        b.put("employee_id", booking.employeeId());
        b.put("client_id", booking.clientId());
        b.put("client_name", client.name());
        b.put("client_phone", client.phone());
        b.put("start", iso(booking.start()));
        b.put("end", iso(booking.end()));
        b.put("status", booking.status().wireName());
        if (event instanceof BookingEvent.BookingCancelled cancelled) {
            b.put("cancelled_by", cancelled.cancellation().by().wireName());
            b.put("cancel_reason", cancelled.cancellation().reason());
        }
        List<Map<String, Object>> services = booking.services().stream().map(WebhookOutbox::service).toList();
        b.put("services", services);
        body.put("booking", b);
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> service(BookedService service) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", service.serviceId());
        s.put("title", service.title());
        s.put("price", service.price());
        s.put("duration", service.durationMinutes());
        return s;
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc(instant));
    }

}
