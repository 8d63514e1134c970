package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The service table. */
final class Services implements Table<ServiceEntry> {

    private final JdbcClient jdbc;

    Services(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "service";
    }

    @Override
    public Optional<ServiceEntry> find(long id) {
        return jdbc.sql("SELECT * FROM service WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    @Override
    public List<ServiceEntry> list(Long companyId, boolean all) {
        return jdbc.sql("SELECT * FROM service WHERE company_id = ?" + Rows.activeOnly(all, "active") + " ORDER BY id")
                .param(companyId).query((rs, n) -> row(rs)).list();
    }

    @Override
    public void save(long id, ServiceEntry s) {
        Rows.save(jdbc, "UPDATE service SET company_id = ?, title = ?, description = ?, price = ?, duration_minutes = ?,"
                        + " buffer_before_minutes = ?, buffer_after_minutes = ?, category_id = ?, active = ? WHERE id = ?",
                "INSERT INTO service (company_id, title, description, price, duration_minutes, buffer_before_minutes,"
                        + " buffer_after_minutes, category_id, active, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, s.companyId(), s.title(), s.description(), s.price(), s.duration(), s.bufferBefore(), s.bufferAfter(),
                s.categoryId(), s.active());
    }

    @Override
    public Optional<Long> match(ServiceEntry s) {
        return Rows.first(jdbc, "SELECT id FROM service WHERE company_id = ? AND title = ? ORDER BY active DESC, id",
                s.companyId(), s.title());
    }

    private static ServiceEntry row(ResultSet rs) throws SQLException {
        return new ServiceEntry(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title"), rs.getString("description"),
                rs.getBigDecimal("price"), rs.getInt("duration_minutes"), rs.getInt("buffer_before_minutes"),
                rs.getInt("buffer_after_minutes"), Rows.nullableLong(rs, "category_id"),
                rs.getBoolean("active"));
    }
}
