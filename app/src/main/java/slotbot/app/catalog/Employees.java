package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The employee table, with the services each provides (employee_service, in order) and their working hours. */
final class Employees implements Table<EmployeeEntry> {

    private final JdbcClient jdbc;
    private final WorkingHours hours;

    Employees(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.hours = new WorkingHours(jdbc);
    }

    @Override
    public String kind() {
        return "employee";
    }

    @Override
    public Optional<EmployeeEntry> find(long id) {
        return select("e.id = ?", id).stream().findFirst();
    }

    @Override
    public List<EmployeeEntry> list(Long companyId, boolean all) {
        return select("e.company_id = ?" + Rows.activeOnly(all, "e.active"), companyId);
    }

    @Override
    public void save(long id, EmployeeEntry e) {
        Rows.save(jdbc, "UPDATE employee SET company_id = ?, name = ?, information = ?, job_title_id = ?, active = ? WHERE id = ?",
                "INSERT INTO employee (company_id, name, information, job_title_id, active, id) VALUES (?, ?, ?, ?, ?, ?)",
                id, e.companyId(), e.name(), e.information(), e.jobTitleId(), e.active());
        jdbc.sql("DELETE FROM employee_service WHERE employee_id = ?").param(id).update();
        for (int i = 0; i < e.serviceIds().size(); i++) {
            jdbc.sql("INSERT INTO employee_service (employee_id, service_id, seq) VALUES (?, ?, ?)")
                    .params(id, e.serviceIds().get(i), i).update();
        }
        hours.write(id, e.schedule());
    }

    @Override
    public Optional<Long> match(EmployeeEntry e) {
        return Rows.first(jdbc, "SELECT id FROM employee WHERE company_id = ? AND name = ? ORDER BY active DESC, id",
                e.companyId(), e.name());
    }

    /** The employees {@code e} the condition selects, each with its services and hours, read in three queries whatever their number. */
    private List<EmployeeEntry> select(String employees, Object param) {
        Map<Long, List<Long>> services = new HashMap<>();
        jdbc.sql("SELECT es.employee_id, es.service_id FROM employee_service es JOIN employee e ON e.id = es.employee_id"
                        + " WHERE " + employees + " ORDER BY es.employee_id, es.seq")
                .param(param)
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, Schedule> schedules = hours.of(employees, param);
        return jdbc.sql("SELECT * FROM employee e WHERE " + employees + " ORDER BY e.id").param(param)
                .query((rs, n) -> row(rs, services, schedules)).list();
    }

    private static EmployeeEntry row(ResultSet rs, Map<Long, List<Long>> services, Map<Long, Schedule> schedules) throws SQLException {
        long id = rs.getLong("id");
        return new EmployeeEntry(id, rs.getLong("company_id"), rs.getString("name"), rs.getString("information"),
                Rows.nullableLong(rs, "job_title_id"), rs.getBoolean("active"), services.getOrDefault(id, List.of()),
                schedules.getOrDefault(id, Schedule.NONE));
    }
}
