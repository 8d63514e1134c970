package slotbot.app.clients;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * The table {@code client}: one row per client_id, with the name and the phone (E.164) when known. A row is made
 * by the client's first booking or the first time their contact is set, whichever comes first.
 */
public final class ClientRows implements ClientDirectory {

    private static final String COLUMNS = "id, name, phone";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String insertIfAbsent;

    public ClientRows(JdbcClient jdbc, Clock clock, boolean postgres) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insertIfAbsent = postgres
                ? "INSERT INTO client (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"
                : "MERGE INTO client t USING (VALUES (CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP WITH TIME ZONE))) s (id, created_at)"
                + " ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id, created_at) VALUES (s.id, s.created_at)";
    }

    @Override
    public Contact contact(String clientId) {
        return client(clientId).map(c -> new Contact(c.name(), c.phone())).orElse(Contact.UNKNOWN);
    }

    public Optional<Client> client(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE id = ?").param(clientId)
                .query((rs, n) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Writes what the change sets; the phone in it was read already. */
    public void apply(String clientId, ContactChange change) {
        if (change.changesNothing()) {
            return;
        }
        ensure(clientId);
        if (change.setsName()) {
            jdbc.sql("UPDATE client SET name = ? WHERE id = ?").params(change.name(), clientId).update();
        }
        if (change.setsPhone()) {
            jdbc.sql("UPDATE client SET phone = ? WHERE id = ?").params(change.phone(), clientId).update();
        }
    }

    public void setName(String clientId, String name) {
        apply(clientId, new ContactChange(true, name, false, null));
    }

    /** @param phone in E.164, as {@link Phones} reads it */
    public void setPhone(String clientId, String phone) {
        apply(clientId, new ContactChange(false, null, true, phone));
    }

    /** Gives the client this name unless they have one (a messenger's profile name never overwrites one they gave). */
    public void fillName(String clientId, String name) {
        if (name == null || name.isBlank() || client(clientId).map(c -> c.name() != null).orElse(false)) {
            return;
        }
        ensure(clientId);
        jdbc.sql("UPDATE client SET name = ? WHERE id = ? AND name IS NULL")
                .params(name.length() > ContactChange.MAX_NAME ? name.substring(0, ContactChange.MAX_NAME) : name, clientId)
                .update();
    }

    /**
     * Clients with this phone (E.164) and whose name holds this text (any case), each when given, by name; at most
     * {@code limit}.
     */
    public List<Client> find(String phone, String name, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM client WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (phone != null) {
            sql.append(" AND phone = :phone");
            params.put("phone", phone);
        }
        if (name != null) {
            sql.append(" AND LOWER(name) LIKE :name ESCAPE '\\'");
            params.put("name", "%" + name.toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        sql.append(" ORDER BY name NULLS LAST, id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** How many of the client's bookings the owner marked as no-shows. */
    public long noShows(String clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE client_id = ? AND status = 'no_show'").param(clientId)
                .query(Long.class).single();
    }

    private void ensure(String clientId) {
        jdbc.sql(insertIfAbsent).params(clientId, utc(clock.instant())).update();
    }
}
