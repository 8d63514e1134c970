package slotbot.app.dialog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import slotbot.app.clients.ClientRows;
import slotbot.app.jdbc.Writes;
import slotbot.booking.clients.Contact;
import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.Reply;
import slotbot.funnel.dialog.StoredVariables;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static slotbot.app.jdbc.DbTime.utc;

/** Dialogs and their messages in the database. */
final class DialogRows {

    /**
     * The most a dialog's variables may take as JSON. The dialog engine keeps a turn within it (see
     * BotLimits), so this is the last guard only: the column holds 1,000,000 characters.
     */
    static final int MAX_VARIABLES = BotLimits.MAX_VARIABLES_JSON;

    private final JdbcClient jdbc;
    private final String insertIfAbsent;
    private final boolean postgres;
    private final ClientRows clients;
    private final Writes writes;
    private final JdbcTemplate statements;
    private final JsonMapper json = VariablesJson.JSON;

    DialogRows(JdbcClient jdbc, JdbcTemplate statements, boolean postgres, ClientRows clients) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.clients = clients;
        this.writes = new Writes(jdbc, statements, postgres);
        this.statements = statements;
        this.insertIfAbsent = postgres
                ? "INSERT INTO dialog (bot, client_id, visit, timer_epoch, variables, created_at, updated_at)"
                + " VALUES (?, ?, 0, 0, '{}', ?, ?) ON CONFLICT (bot, client_id) DO NOTHING"
                : "MERGE INTO dialog t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(128)),"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE))) s (bot, client_id, created_at, updated_at)"
                + " ON t.bot = s.bot AND t.client_id = s.client_id WHEN NOT MATCHED THEN"
                + " INSERT (bot, client_id, visit, timer_epoch, variables, created_at, updated_at)"
                + " VALUES (s.bot, s.client_id, 0, 0, '{}', s.created_at, s.updated_at)";
    }

    public record Message(long id, String direction, String text, List<Reply.ReplyButton> buttons, Instant at) {
    }

    boolean exists(String bot, String client) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(Integer.class).single() > 0;
    }

    /** Locks the dialog, creating it first if it is new: the caller is now the only one playing it. */
    Dialog lock(String bot, String client, Instant now) {
        return lock(bot, client, now, () -> true);
    }

    /**
     * Locks the dialog; a new one is created only when {@code mayStart} says so (asked only then, in the
     * turn's transaction: a web chat's session check costs a dialog that exists nothing), else
     * {@link DialogTurns.NoConversation}.
     */
    Dialog lock(String bot, String client, Instant now, java.util.function.BooleanSupplier mayStart) {
        Optional<Dialog> existing = selectForUpdate(bot, client);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!mayStart.getAsBoolean()) {
            throw new DialogTurns.NoConversation();
        }
        try {
            jdbc.sql(insertIfAbsent).params(bot, client, utc(now), utc(now)).update();
        } catch (DuplicateKeyException e) {
            // H2's MERGE is not atomic: another turn created the dialog first. Its row lock is what we wait for next.
        }
        return selectForUpdate(bot, client).orElseThrow();
    }

    /** A row a turn takes as it locks its dialog (a callback's in the outbox, a timer's): gone if another run took it. */
    record Claim(String table, Object id) {
        String sql() {
            return "DELETE FROM " + table + " WHERE id = ?";
        }

        /** Takes the row on its own; false when another run took it first. */
        boolean take(JdbcClient jdbc) {
            return jdbc.sql(sql()).param(id).update() == 1;
        }
    }

    /**
     * Locks the dialog as {@link #lock} does and takes the claim's row: empty when another run of the same callback or
     * timer took it first, so that the turn has nothing to do. On PostgreSQL the row is taken in the lock's round trip,
     * just before it: the row's own lock decides between two runs, whichever dialog lock they wait for.
     */
    Optional<Dialog> lockClaiming(String bot, String client, Instant now, BooleanSupplier mayStart, Claim claim) {
        if (!postgres) {
            Dialog dialog = lock(bot, client, now, mayStart);
            return claim.take(jdbc) ? Optional.of(dialog) : Optional.empty();
        }
        boolean[] taken = {false};
        Optional<Dialog> locked = Optional.ofNullable(statements.execute(claim.sql() + "; " + LOCK_WITH_CONTACT, (PreparedStatement ps) -> {
            ps.setObject(1, claim.id());
            ps.setString(2, bot);
            ps.setString(3, client);
            ps.execute();
            taken[0] = ps.getUpdateCount() == 1;
            if (!ps.getMoreResults()) {
                throw new SQLException("the dialog's lock answered no rows");
            }
            try (ResultSet rs = ps.getResultSet()) {
                return rs.next() ? lockedWithContact(bot, client, rs) : null;
            }
        }));
        if (!taken[0]) {
            return Optional.empty();
        }
        return locked.isPresent() ? locked : Optional.of(lock(bot, client, now, mayStart));
    }

    /** The dialog locked, with its client's contact: the turn's calculator names the client, and that read is saved. */
    private static final String LOCK_WITH_CONTACT = "SELECT d.block, d.visit, d.timer_epoch, d.variables, d.visited_states, k.name, k.phone"
            + " FROM dialog d LEFT JOIN client k ON k.id = d.client_id WHERE d.bot = ? AND d.client_id = ? FOR UPDATE OF d";

    private Dialog lockedWithContact(String bot, String client, ResultSet rs) throws SQLException {
        clients.seen(client, new Contact(rs.getString(6), rs.getString(7)));
        return dialog(bot, client, rs);
    }

    private Optional<Dialog> selectForUpdate(String bot, String client) {
        if (postgres) {
            return jdbc.sql(LOCK_WITH_CONTACT)
                    .params(bot, client)
                    .query((rs, n) -> lockedWithContact(bot, client, rs))
                    .optional();
        }
        return jdbc.sql("SELECT block, visit, timer_epoch, variables, visited_states FROM dialog WHERE bot = ? AND client_id = ? FOR UPDATE")
                .params(bot, client)
                .query((rs, n) -> dialog(bot, client, rs))
                .optional();
    }

    private Dialog dialog(String bot, String client, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Dialog(bot, client, rs.getString(1), rs.getLong(2), rs.getLong(3), VariablesJson.read(rs.getString(4)),
                visited(rs.getString(5)));
    }

    /** A variable of a dialog, read without locking it: get_client_var of another client. Null when there is none. */
    Object variable(String bot, String client, String name) {
        return jdbc.sql("SELECT variables FROM dialog WHERE bot = ? AND client_id = ?").params(bot, client)
                .query(String.class).optional().map(text -> VariablesJson.read(text).get(name)).orElse(null);
    }

    /** Whether the dialog's variables fit their column as JSON: a dialog changed by another's set_client_var may not. */
    static boolean fits(Dialog dialog) {
        return VariablesJson.write(dialog.variables()).length() <= MAX_VARIABLES;
    }

    void save(Dialog dialog, Instant now) {
        Writes.Write write = saving(dialog, now);
        jdbc.sql(write.sql()).params(write.params()).update();
    }

    /**
     * The statement that stores the dialog's state, for a turn that sends its writes together. Variables
     * no one changed are not written at all: PostgreSQL then keeps their (TOASTed) text as it is.
     */
    Writes.Write saving(Dialog dialog, Instant now) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(dialog.block(), dialog.visit(), dialog.timerEpoch()));
        boolean unchanged = dialog.variables() instanceof StoredVariables stored && !stored.changed();
        if (!unchanged) {
            String variables = VariablesJson.write(dialog.variables());
            if (variables.length() > MAX_VARIABLES) {
                throw new IllegalStateException("the variables of dialog " + dialog.bot() + "/" + dialog.clientId()
                        + " take " + variables.length() + " characters, more than " + MAX_VARIABLES);
            }
            params.add(variables);
        }
        params.addAll(java.util.Arrays.asList(visitedJson(dialog), utc(now), dialog.bot(), dialog.clientId()));
        return new Writes.Write("UPDATE dialog SET block = ?, visit = ?, timer_epoch = ?, " + (unchanged ? "" : "variables = ?, ")
                + "visited_states = ?, updated_at = ? WHERE bot = ? AND client_id = ?", params);
    }

    private String visitedJson(Dialog dialog) {
        String visited = json.writeValueAsString(dialog.visited());
        if (visited.length() > BotLimits.MAX_VISITED_JSON) {
            // A bot of thousands of states: the oldest are forgotten rather than the turn failing.
            visited = json.writeValueAsString(dialog.visited().stream().skip(dialog.visited().size() / 2).toList());
        }
        return visited;
    }

    /** A message to store: who it goes to or comes from ("in", "out", "callback"), its text and buttons. */
    record NewMessage(String direction, String text, List<Reply.ReplyButton> buttons) {
    }

    long addMessage(String bot, String client, String direction, String text, List<Reply.ReplyButton> buttons, Instant now) {
        return addMessages(bot, client, List.of(new NewMessage(direction, text, buttons)), now).get(0);
    }

    /** Stores a turn's messages in one statement, in their order; answers their ids, in the same order. */
    List<Long> addMessages(String bot, String client, List<NewMessage> messages, Instant now) {
        return messages.isEmpty() ? List.of() : writes.run(List.of(), adding(bot, client, messages, now));
    }

    /** The statement that stores messages (there is at least one), in their order, for a turn that sends its writes together. */
    Writes.Write adding(String bot, String client, List<NewMessage> messages, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO dialog_message (bot, client_id, direction, text, buttons, created_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (NewMessage m : messages) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(bot, client, m.direction(), m.text(),
                    m.buttons() == null || m.buttons().isEmpty() ? null : json.writeValueAsString(m.buttons()), utc(now)));
        }
        return new Writes.Write(sql.toString(), params);
    }

    /**
     * Writes a turn's state, entries, timers and messages together, as the last thing its transaction sends: on
     * PostgreSQL the commit goes with them ({@link Writes#runLast}). Answers the messages' ids, in their order.
     */
    List<Long> saveTurnLast(TransactionStatus status, Dialog dialog, Instant now, List<Writes.Write> alsoWrite, List<NewMessage> messages) {
        List<Writes.Write> before = new ArrayList<>();
        before.add(saving(dialog, now));
        before.addAll(alsoWrite);
        if (messages.isEmpty()) {
            writes.runLast(status, before);
            return List.of();
        }
        return writes.runLast(status, before, adding(dialog.bot(), dialog.clientId(), messages, now));
    }

    /** Messages of a dialog with an id above {@code after}, oldest first, of the given directions. */
    List<Message> messagesAfter(String bot, String client, long after, List<String> directions, int limit) {
        return jdbc.sql("SELECT id, direction, text, buttons, created_at FROM dialog_message"
                        + " WHERE bot = :bot AND client_id = :client AND id > :after AND direction IN (:directions) ORDER BY id"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .param("bot", bot).param("client", client).param("after", after).param("directions", directions)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), buttons(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    void addError(String client, slotbot.funnel.dialog.BotError error, Instant now) {
        String message = error.message().length() > 2000 ? error.message().substring(0, 1997) + "..." : error.message();
        jdbc.sql("INSERT INTO bot_error (bot, client_id, block, line, col, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(error.bot(), client, error.block(), error.line(), error.column(), message, utc(now))
                .update();
    }

    /** A dialog in a list of the owner's: which bot, which client, where the client is, when it last moved. */
    record Summary(String bot, String clientId, String block, Instant updatedAt) {
    }

    /** The dialogs most recently moved first, of one bot or client when given (null: any). */
    List<Summary> recent(String bot, String client, int limit) {
        String where = (bot == null ? "" : " AND bot = :bot") + (client == null ? "" : " AND client_id = :client");
        var query = jdbc.sql("SELECT bot, client_id, block, updated_at FROM dialog WHERE 1 = 1" + where
                + " ORDER BY updated_at DESC FETCH FIRST " + limit + " ROWS ONLY");
        if (bot != null) {
            query = query.param("bot", bot);
        }
        if (client != null) {
            query = query.param("client", client);
        }
        return query.query((rs, n) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant())).list();
    }

    List<String> botsOf(String client) {
        return jdbc.sql("SELECT bot FROM dialog WHERE client_id = ? ORDER BY bot").param(client).query(String.class).list();
    }

    private Set<String> visited(String text) {
        return text == null ? Set.of() : new LinkedHashSet<>(json.readValue(text, new TypeReference<List<String>>() { }));
    }

    private List<Reply.ReplyButton> buttons(String text) {
        if (text == null) {
            return List.of();
        }
        return new ArrayList<>(json.readValue(text, new TypeReference<List<Reply.ReplyButton>>() { }));
    }

}
