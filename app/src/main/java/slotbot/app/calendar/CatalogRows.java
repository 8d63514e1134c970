package slotbot.app.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.CategoryType;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.Service;
import slotbot.booking.catalog.WorkingInterval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog tables into the booking core's records. */
public final class CatalogRows {

    private final JdbcClient jdbc;

    public CatalogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Company> companies() {
        return jdbc.sql("SELECT * FROM company ORDER BY id").query((rs, n) -> company(rs)).list();
    }

    public Optional<CompanyCatalog> catalog(long companyId) {
        Optional<Company> company = jdbc.sql("SELECT * FROM company WHERE id = ?").param(companyId)
                .query((rs, n) -> company(rs)).optional();
        return company.map(c -> new CompanyCatalog(c, categories(companyId), services(companyId), employees(companyId)));
    }

    private List<Category> categories(long companyId) {
        return jdbc.sql("SELECT * FROM category WHERE company_id = ? ORDER BY id").param(companyId)
                .query((rs, n) -> new Category(rs.getLong("id"), companyId,
                        CategoryType.fromWireName(rs.getString("kind")).orElseThrow(),
                        rs.getString("name"), rs.getString("description"), rs.getBoolean("active")))
                .list();
    }

    private List<Service> services(long companyId) {
        return jdbc.sql("SELECT * FROM service WHERE company_id = ? ORDER BY id").param(companyId)
                .query((rs, n) -> new Service(rs.getLong("id"), companyId, rs.getString("title"),
                        rs.getString("description"), rs.getBigDecimal("price"), rs.getInt("duration_minutes"),
                        nullableLong(rs, "category_id"), rs.getBoolean("active")))
                .list();
    }

    private List<Employee> employees(long companyId) {
        Map<Long, List<Long>> services = new HashMap<>();
        jdbc.sql("""
                SELECT es.employee_id, es.service_id FROM employee_service es
                JOIN employee e ON e.id = es.employee_id WHERE e.company_id = ? ORDER BY es.employee_id, es.seq""")
                .param(companyId)
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, Schedule> schedules = schedules(companyId);
        return jdbc.sql("SELECT * FROM employee WHERE company_id = ? ORDER BY id").param(companyId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Employee(id, companyId, rs.getString("name"), rs.getString("information"),
                            nullableLong(rs, "job_title_id"), services.getOrDefault(id, List.of()),
                            schedules.getOrDefault(id, Schedule.NONE), rs.getBoolean("active"));
                })
                .list();
    }

    private Map<Long, Schedule> schedules(long companyId) {
        Map<Long, Map<DayOfWeek, List<WorkingInterval>>> weekly = new HashMap<>();
        Map<Long, Map<LocalDate, List<WorkingInterval>>> dates = new HashMap<>();
        jdbc.sql("""
                SELECT w.employee_id, w.day_of_week, w.on_date, w.start_minute, w.end_minute FROM working_hours w
                JOIN employee e ON e.id = w.employee_id WHERE e.company_id = ?""")
                .param(companyId)
                .query(rs -> {
                    long employee = rs.getLong(1);
                    int day = rs.getInt(2);
                    boolean weeklyRow = !rs.wasNull();
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    int start = rs.getInt(4);
                    boolean dayOff = rs.wasNull();
                    int end = rs.getInt(5);
                    if (weeklyRow) {
                        weekly.computeIfAbsent(employee, k -> new HashMap<>())
                                .computeIfAbsent(DayOfWeek.of(day), k -> new ArrayList<>())
                                .add(new WorkingInterval(start, end));
                    } else {
                        List<WorkingInterval> intervals = dates.computeIfAbsent(employee, k -> new HashMap<>())
                                .computeIfAbsent(date, k -> new ArrayList<>());
                        if (!dayOff) {
                            intervals.add(new WorkingInterval(start, end));
                        }
                    }
                });
        Map<Long, Schedule> schedules = new HashMap<>();
        weekly.keySet().forEach(id -> schedules.put(id, null));
        dates.keySet().forEach(id -> schedules.put(id, null));
        schedules.replaceAll((id, none) -> new Schedule(weekly.getOrDefault(id, Map.of()), dates.getOrDefault(id, Map.of())));
        return schedules;
    }

    private static Company company(ResultSet rs) throws SQLException {
        return new Company(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                rs.getBoolean("online_booking"), ZoneId.of(rs.getString("timezone")), rs.getBoolean("active"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
