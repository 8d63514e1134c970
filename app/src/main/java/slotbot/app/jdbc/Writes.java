package slotbot.app.jdbc;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one transaction that do not read each other's effects: on PostgreSQL they go as one statement
 * (data-modifying statements in a WITH, which all see the same snapshot), saving a round trip each;
 * elsewhere one by one, in order. A chat turn stores its dialog, its funnel entries and its messages so.
 * <p>
 * A transaction's last writes may also end it ({@link #runLast}): on PostgreSQL the COMMIT then goes in the same round
 * trip, as a second statement of the same string. The transaction manager's own commit that follows finds no
 * transaction open and sends nothing (pgjdbc sends COMMIT only while one is), its after-commit work runs as ever.
 * Each round trip wakes the database and the app once more, which on a small virtual machine costs more than the
 * statements themselves (issue 14: a third of a chat turn's round trips).
 */
public final class Writes {

    /** One INSERT, UPDATE or DELETE with its parameters, without RETURNING. */
    public record Write(String sql, List<Object> params) {
    }

    private final JdbcClient jdbc;
    private final JdbcOperations statements;
    private final boolean combined;

    public Writes(JdbcClient jdbc, JdbcOperations statements, boolean postgres) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.combined = postgres;
    }

    /**
     * Runs {@code before}, then {@code last}, an INSERT whose generated {@code id}s are answered in the order
     * of its rows.
     */
    public List<Long> run(List<Write> before, Write last) {
        if (!combined) {
            before.forEach(this::update);
            return ids(last);
        }
        return ids(combine(before, last));
    }

    /** Runs the writes, one statement on PostgreSQL. */
    public void run(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        if (!combined) {
            writes.forEach(this::update);
            return;
        }
        update(combine(writes.subList(0, writes.size() - 1), writes.get(writes.size() - 1)));
    }

    /**
     * As {@link #run(List, Write)}, as the last thing the transaction of {@code status} sends: on PostgreSQL it commits
     * in the same round trip. Whatever the transaction sent after it would run in a transaction of its own, so nothing may.
     */
    public List<Long> runLast(TransactionStatus status, List<Write> before, Write last) {
        if (!mayEnd(status)) {
            return run(before, last);
        }
        Write write = combine(before, last);
        return statements.execute(write.sql() + " RETURNING id; COMMIT", (java.sql.PreparedStatement statement) -> {
            new ArgumentPreparedStatementSetter(write.params().toArray()).setValues(statement);
            statement.execute();
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().sorted().toList();
        });
    }

    /** As {@link #run(List)}, as the last thing the transaction of {@code status} sends: on PostgreSQL it commits with them. */
    public void runLast(TransactionStatus status, List<Write> writes) {
        if (writes.isEmpty() || !mayEnd(status)) {
            run(writes);
            return;
        }
        Write write = combine(writes.subList(0, writes.size() - 1), writes.get(writes.size() - 1));
        statements.update(write.sql() + "; COMMIT", write.params().toArray());
    }

    /**
     * Only the transaction's owner may end it, not a part that joined it (nor a savepoint's), and only while it is
     * bound to commit: one marked to roll back is left to the transaction manager, which rolls it back.
     */
    private boolean mayEnd(TransactionStatus status) {
        return combined && status.isNewTransaction() && !status.isRollbackOnly() && !status.hasSavepoint()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** {@code WITH w0 AS (…), w1 AS (…) last}: each of {@code before} in a WITH, all seeing one snapshot. */
    private static Write combine(List<Write> before, Write last) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            sql.append(i == 0 ? "WITH " : ", ").append('w').append(i).append(" AS (").append(before.get(i).sql()).append(") ");
            params.addAll(before.get(i).params());
        }
        params.addAll(last.params());
        return new Write(sql.append(last.sql()).toString(), params);
    }

    private void update(Write write) {
        jdbc.sql(write.sql()).params(write.params()).update();
    }

    private List<Long> ids(Write write) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(write.sql()).params(write.params()).update(keys, "id");
        // Identities are drawn in the order of the rows; sorted all the same, so that the ids pair with the rows
        // whatever order the keys come back in.
        return keys.getKeyList().stream().map(row -> ((Number) row.values().iterator().next()).longValue()).sorted().toList();
    }
}
