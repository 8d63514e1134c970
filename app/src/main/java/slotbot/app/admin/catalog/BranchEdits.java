package slotbot.app.admin.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.admin.catalog.CatalogEdits.Deactivated;
import slotbot.app.admin.catalog.CatalogEdits.NotFound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes single branches (companies) and their categories. Every write runs in one
 * transaction under the catalog lock, raises the catalog version (so other instances reload) and,
 * once committed, tells this instance's booking data to read the catalog afresh. Rows are never
 * deleted: deactivated.
 */
@Component
class BranchEdits {

    /** A branch as a request gives it, already in its forms. */
    record CompanyEntry(Long id, String name, String address, boolean onlineBooking, String timezone, boolean active) {
    }

    /** A category (a job title or a service category) as a request gives it. */
    record CategoryEntry(Long id, String type, String name, String description, boolean active) {
    }

    private final JdbcClient jdbc;
    private final CatalogWrites writes;

    BranchEdits(JdbcClient jdbc, CatalogWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    // ---- companies

    List<Map<String, Object>> companies(boolean all) {
        return jdbc.sql("SELECT * FROM company" + (all ? "" : " WHERE active = TRUE") + " ORDER BY id")
                .query((rs, n) -> companyView(rs)).list();
    }

    Map<String, Object> company(long id) {
        return jdbc.sql("SELECT * FROM company WHERE id = ?").param(id).query((rs, n) -> companyView(rs)).optional()
                .orElseThrow(() -> new NotFound("no company " + id));
    }

    Map<String, Object> createCompany(CompanyEntry c) {
        long id = writes.write(() -> {
            long newId = writes.newId("company", c.id());
            jdbc.sql("INSERT INTO company (id, name, address, online_booking, timezone, active) VALUES (?, ?, ?, ?, ?, TRUE)")
                    .params(newId, c.name(), c.address(), c.onlineBooking(), c.timezone()).update();
            return newId;
        });
        return company(id);
    }

    Map<String, Object> updateCompany(long id, CompanyEntry c) {
        writes.write(() -> {
            company(id);
            jdbc.sql("UPDATE company SET name = ?, address = ?, online_booking = ?, timezone = ?, active = ? WHERE id = ?")
                    .params(c.name(), c.address(), c.onlineBooking(), c.timezone(), c.active(), id).update();
            return id;
        });
        return company(id);
    }

    /** Deactivates a branch; with bookings still to come, only when forced (they are kept, not cancelled). */
    Deactivated deactivateCompany(long id, boolean force) {
        return writes.deactivate("company", id, force);
    }

    // ---- categories

    List<Map<String, Object>> categories(long companyId, boolean all) {
        company(companyId);
        return jdbc.sql("SELECT * FROM category WHERE company_id = ?" + (all ? "" : " AND active = TRUE") + " ORDER BY id")
                .param(companyId).query((rs, n) -> categoryView(rs)).list();
    }

    Map<String, Object> category(long id) {
        return jdbc.sql("SELECT * FROM category WHERE id = ?").param(id).query((rs, n) -> categoryView(rs)).optional()
                .orElseThrow(() -> new NotFound("no category " + id));
    }

    Map<String, Object> createCategory(long companyId, CategoryEntry c) {
        long id = writes.write(() -> {
            company(companyId);
            long newId = writes.newId("category", c.id());
            jdbc.sql("INSERT INTO category (id, company_id, kind, name, description, active) VALUES (?, ?, ?, ?, ?, TRUE)")
                    .params(newId, companyId, c.type(), c.name(), c.description()).update();
            return newId;
        });
        return category(id);
    }

    Map<String, Object> updateCategory(long id, CategoryEntry c) {
        writes.write(() -> {
            category(id);
            jdbc.sql("UPDATE category SET kind = ?, name = ?, description = ?, active = ? WHERE id = ?")
                    .params(c.type(), c.name(), c.description(), c.active(), id).update();
            return id;
        });
        return category(id);
    }

    Deactivated deactivateCategory(long id) {
        return writes.write(() -> {
            category(id);
            jdbc.sql("UPDATE category SET active = FALSE WHERE id = ?").param(id).update();
            return new Deactivated(id, List.of());
        });
    }

    // ---- the write discipline, as in CatalogEdits



    // ---- views, in the catalog file's form

    private static Map<String, Object> companyView(ResultSet rs) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rs.getLong("id"));
        view.put("name", rs.getString("name"));
        view.put("address", rs.getString("address"));
        view.put("online_booking", rs.getBoolean("online_booking"));
        view.put("timezone", rs.getString("timezone"));
        view.put("active", rs.getBoolean("active"));
        return view;
    }

    private static Map<String, Object> categoryView(ResultSet rs) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rs.getLong("id"));
        view.put("company_id", rs.getLong("company_id"));
        view.put("type", rs.getString("kind"));
        view.put("name", rs.getString("name"));
        view.put("description", rs.getString("description"));
        view.put("active", rs.getBoolean("active"));
        return view;
    }
}
