package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The category table: job titles and service categories, one id space. */
final class Categories implements Table<CategoryEntry> {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "category";
    }

    @Override
    public Optional<CategoryEntry> find(long id) {
        return jdbc.sql("SELECT * FROM category WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    @Override
    public List<CategoryEntry> list(Long companyId, boolean all) {
        return jdbc.sql("SELECT * FROM category WHERE company_id = ?" + Rows.activeOnly(all, "active") + " ORDER BY id")
                .param(companyId).query((rs, n) -> row(rs)).list();
    }

    @Override
    public void save(long id, CategoryEntry c) {
        Rows.save(jdbc, "UPDATE category SET company_id = ?, kind = ?, name = ?, description = ?, active = ? WHERE id = ?",
                "INSERT INTO category (company_id, kind, name, description, active, id) VALUES (?, ?, ?, ?, ?, ?)",
                id, c.companyId(), c.type(), c.name(), c.description(), c.active());
    }

    @Override
    public Optional<Long> match(CategoryEntry c) {
        return Rows.first(jdbc, "SELECT id FROM category WHERE company_id = ? AND kind = ? AND name = ? ORDER BY active DESC, id",
                c.companyId(), c.type(), c.name());
    }

    private static CategoryEntry row(ResultSet rs) throws SQLException {
        return new CategoryEntry(rs.getLong("id"), rs.getLong("company_id"), rs.getString("kind"), rs.getString("name"),
                rs.getString("description"), rs.getBoolean("active"));
    }
}
