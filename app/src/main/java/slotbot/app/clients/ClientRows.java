package slotbot.app.clients;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.clients.ClientDirectory;
import slotbot.booking.clients.Contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private final boolean postgres;

    public ClientRows(JdbcClient jdbc, Clock clock, boolean postgres) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = postgres;
        this.insertIfAbsent = postgres
                ? "INSERT INTO client (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"
                : "MERGE INTO client t USING (VALUES (CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP WITH TIME ZONE))) s (id, created_at)"
                + " ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id, created_at) VALUES (s.id, s.created_at)";
    }

    @Override
    public Contact contact(String clientId) {
        return TransactionContacts.of(this, clientId,
                id -> client(id).map(c -> new Contact(c.name(), c.phone())).orElse(Contact.UNKNOWN));
    }

    /** A statement of the current transaction read the client's contact beside its own work (a booking's insert). */
    public void seen(String clientId, Contact contact) {
        TransactionContacts.seen(this, clientId, contact);
    }

    /**
     * Until closed, contacts that this thread's committed transactions read or saw stay known: a function
     * call's answer, written after its booking committed, names the client without reading it again.
     */
    public CallContacts openCall() {
        return CallContacts.open();
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
        TransactionContacts.forget(this, clientId);
        List<String> columns = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(clientId, utc(clock.instant())));
        if (change.setsName()) {
            columns.add("name");
            params.add(change.name());
        }
        if (change.setsPhone()) {
            columns.add("phone");
            params.add(change.phone());
        }
        if (postgres) {
            // The contact as it now is comes back from the upsert: the turn that set it does not read it again.
            Contact now = jdbc.sql(upsert(columns) + " RETURNING name, phone").params(params)
                    .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2))).single();
            seen(clientId, now);
        } else {
            jdbc.sql(upsert(columns)).params(params).update();
        }
    }

    /** Creates the client with these columns set, or sets them on the client there is: one statement. */
    private String upsert(List<String> columns) {
        String names = columns.stream().map(c -> ", " + c).collect(Collectors.joining());
        if (postgres) {
            return "INSERT INTO client (id, created_at" + names + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")"
                    + " ON CONFLICT (id) DO UPDATE SET " + columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        }
        String casts = columns.stream().map(c -> c.equals("name") ? ", CAST(? AS VARCHAR(200))" : ", CAST(? AS VARCHAR(16))")
                .collect(Collectors.joining());
        return "MERGE INTO client t USING (VALUES (CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP WITH TIME ZONE)" + casts + "))"
                + " s (id, created_at" + names + ") ON t.id = s.id"
                + " WHEN MATCHED THEN UPDATE SET " + columns.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (id, created_at" + names + ") VALUES (s.id, s.created_at"
                + columns.stream().map(c -> ", s." + c).collect(Collectors.joining()) + ")";
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
        TransactionContacts.forget(this, clientId);
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
        insertIfAbsent(clientId, clock.instant());
    }

    /** Makes the client's row unless it exists: a booking's client, or one who gives a name or a phone. */
    public void insertIfAbsent(String clientId, Instant createdAt) {
        jdbc.sql(insertIfAbsent).params(clientId, utc(createdAt)).update();
    }
}
