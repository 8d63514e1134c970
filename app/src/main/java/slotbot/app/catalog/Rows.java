package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the catalog tables share in SQL. */
final class Rows {

    private Rows() {
    }

    static String activeOnly(boolean all, String column) {
        return all ? "" : " AND " + column + " = TRUE";
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * An update of the row by id, or an insert when there is none. Both statements take the values
     * in the same order and the id last: {@code UPDATE t SET a = ?, b = ? WHERE id = ?}, {@code INSERT INTO t (a, b, id) ...}.
     */
    static void save(JdbcClient jdbc, String update, String insert, long id, Object... values) {
        List<Object> params = new ArrayList<>(Arrays.asList(values));
        params.add(id);
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }

    static Optional<Long> first(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().stream().findFirst();
    }
}
