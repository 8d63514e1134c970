package slotbot.app.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one transaction that do not read each other's effects: on PostgreSQL they go as one statement
 * (data-modifying statements in a WITH, which all see the same snapshot), saving a round trip each;
 * elsewhere one by one, in order. A chat turn stores its dialog, its funnel entries and its messages so.
 */
public final class Writes {

    /** One INSERT, UPDATE or DELETE with its parameters, without RETURNING. */
    public record Write(String sql, List<Object> params) {
    }

    private final JdbcClient jdbc;
    private final boolean combined;

    public Writes(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
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
