package slotbot.app.admin.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import slotbot.app.web.JsonBodies.BadBody;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes single services and employees of a branch. Every write runs in one transaction
 * under the catalog lock, raises the catalog version (so other instances reload) and, once committed,
 * tells this instance's booking data to read the catalog afresh. Rows are never deleted: deactivated.
 */
@Component
class CatalogEdits {

    /** A service as a request gives it, already in its forms; the references are checked here. */
    record ServiceEntry(Long id, String title, String description, BigDecimal price, int duration, Long categoryId, boolean active) {
    }

    record EmployeeEntry(Long id, String name, String information, Long jobTitleId, List<Long> serviceIds, Schedule schedule,
                         boolean active) {
    }

    /** What a deactivation did, or (as {@link Upcoming}) why it did not. */
    record Deactivated(long id, List<Long> upcomingBookings) {
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A refusal because of the state of the data: an id already taken, bookings still to come. */
    static final class Conflict extends RuntimeException {
        private final List<Long> bookings;

        Conflict(String message, List<Long> bookings) {
            super(message);
            this.bookings = bookings;
        }

        List<Long> bookings() {
            return bookings;
        }
    }

    private static final String[] DAY_NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private final JdbcClient jdbc;
    private final CatalogWrites writes;

    CatalogEdits(JdbcClient jdbc, CatalogWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    // ---- reads

    void requireCompany(long companyId) {
        if (jdbc.sql("SELECT COUNT(*) FROM company WHERE id = ?").param(companyId).query(Long.class).single() == 0) {
            throw new NotFound("no company " + companyId);
        }
    }

    List<Map<String, Object>> services(long companyId, boolean all) {
        requireCompany(companyId);
        return jdbc.sql("SELECT * FROM service WHERE company_id = ?" + (all ? "" : " AND active = TRUE") + " ORDER BY id")
                .param(companyId).query((rs, n) -> serviceView(rs)).list();
    }

    Map<String, Object> service(long id) {
        return jdbc.sql("SELECT * FROM service WHERE id = ?").param(id).query((rs, n) -> serviceView(rs)).optional()
                .orElseThrow(() -> new NotFound("no service " + id));
    }

    List<Map<String, Object>> employees(long companyId, boolean all) {
        requireCompany(companyId);
        List<Map<String, Object>> employees = jdbc.sql("SELECT * FROM employee WHERE company_id = ?"
                        + (all ? "" : " AND active = TRUE") + " ORDER BY id")
                .param(companyId).query((rs, n) -> employeeView(rs)).list();
        employees.forEach(this::addServicesAndSchedule);
        return employees;
    }

    Map<String, Object> employee(long id) {
        Map<String, Object> employee = jdbc.sql("SELECT * FROM employee WHERE id = ?").param(id)
                .query((rs, n) -> employeeView(rs)).optional()
                .orElseThrow(() -> new NotFound("no employee " + id));
        addServicesAndSchedule(employee);
        return employee;
    }

    // ---- services

    Map<String, Object> createService(long companyId, ServiceEntry s) {
        long id = writes.write(() -> {
            requireCompany(companyId);
            long newId = writes.newId("service", s.id());
            checkCategory(companyId, "category_id", s.categoryId(), "service_category", null);
            jdbc.sql("INSERT INTO service (id, company_id, title, description, price, duration_minutes, category_id, active)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)")
                    .params(newId, companyId, s.title(), s.description(), s.price(), s.duration(), s.categoryId()).update();
            return newId;
        });
        return service(id);
    }

    Map<String, Object> updateService(long id, ServiceEntry s) {
        writes.write(() -> {
            Map<String, Object> current = service(id);
            long companyId = (Long) current.get("company_id");
            checkCategory(companyId, "category_id", s.categoryId(), "service_category", (Long) current.get("category_id"));
            jdbc.sql("UPDATE service SET title = ?, description = ?, price = ?, duration_minutes = ?, category_id = ?, active = ?"
                            + " WHERE id = ?")
                    .params(s.title(), s.description(), s.price(), s.duration(), s.categoryId(), s.active(), id).update();
            return id;
        });
        return service(id);
    }

    Deactivated deactivateService(long id) {
        return writes.write(() -> {
            service(id);
            jdbc.sql("UPDATE service SET active = FALSE WHERE id = ?").param(id).update();
            return new Deactivated(id, List.of());
        });
    }

    // ---- employees

    Map<String, Object> createEmployee(long companyId, EmployeeEntry e) {
        long id = writes.write(() -> {
            requireCompany(companyId);
            long newId = writes.newId("employee", e.id());
            checkCategory(companyId, "job_title_id", e.jobTitleId(), "job_title", null);
            checkServices(companyId, e.serviceIds(), List.of());
            jdbc.sql("INSERT INTO employee (id, company_id, name, information, job_title_id, active) VALUES (?, ?, ?, ?, ?, TRUE)")
                    .params(newId, companyId, e.name(), e.information(), e.jobTitleId()).update();
            writeServices(newId, e.serviceIds());
            writeSchedule(newId, e.schedule());
            return newId;
        });
        return employee(id);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> updateEmployee(long id, EmployeeEntry e) {
        writes.write(() -> {
            Map<String, Object> current = employee(id);
            long companyId = (Long) current.get("company_id");
            checkCategory(companyId, "job_title_id", e.jobTitleId(), "job_title", (Long) current.get("job_title_id"));
            checkServices(companyId, e.serviceIds(), (List<Long>) current.get("service_ids"));
            jdbc.sql("UPDATE employee SET name = ?, information = ?, job_title_id = ?, active = ? WHERE id = ?")
                    .params(e.name(), e.information(), e.jobTitleId(), e.active(), id).update();
            writeServices(id, e.serviceIds());
            writeSchedule(id, e.schedule());
            return id;
        });
        return employee(id);
    }

    Map<String, Object> replaceSchedule(long id, Schedule schedule) {
        writes.write(() -> {
            employee(id);
            writeSchedule(id, schedule);
            return id;
        });
        return employee(id);
    }

    /** Deactivates an employee; with bookings still to come, only when forced (they are kept, not cancelled). */
    Deactivated deactivateEmployee(long id, boolean force) {
        return writes.deactivate("employee", id, force);
    }

    // ---- the write discipline



    /** A category reference must be an active one of the branch and of the kind; the current value may stay as it is. */
    private void checkCategory(long companyId, String field, Long categoryId, String kind, Long current) {
        if (categoryId == null || categoryId.equals(current)) {
            return;
        }
        long found = jdbc.sql("SELECT COUNT(*) FROM category WHERE id = ? AND company_id = ? AND kind = ? AND active = TRUE")
                .params(categoryId, companyId, kind).query(Long.class).single();
        if (found == 0) {
            throw new BadBody(field + ": expected the id of an active " + kind + " of company " + companyId + ", got " + categoryId);
        }
    }

    /** Each service must be an active one of the branch, except those the employee already has, which may stay. */
    private void checkServices(long companyId, List<Long> serviceIds, List<Long> current) {
        for (int i = 0; i < serviceIds.size(); i++) {
            Long id = serviceIds.get(i);
            if (current.contains(id)) {
                continue;
            }
            long found = jdbc.sql("SELECT COUNT(*) FROM service WHERE id = ? AND company_id = ? AND active = TRUE")
                    .params(id, companyId).query(Long.class).single();
            if (found == 0) {
                throw new BadBody("service_ids[" + i + "]: expected the id of an active service of company " + companyId
                        + ", got " + id);
            }
        }
    }

    private void writeServices(long employeeId, List<Long> serviceIds) {
        jdbc.sql("DELETE FROM employee_service WHERE employee_id = ?").param(employeeId).update();
        for (int i = 0; i < serviceIds.size(); i++) {
            jdbc.sql("INSERT INTO employee_service (employee_id, service_id, seq) VALUES (?, ?, ?)")
                    .params(employeeId, serviceIds.get(i), i).update();
        }
    }

    private void writeSchedule(long employeeId, Schedule schedule) {
        jdbc.sql("DELETE FROM working_hours WHERE employee_id = ?").param(employeeId).update();
        for (Map.Entry<DayOfWeek, List<WorkingInterval>> day : schedule.weekly().entrySet()) {
            for (WorkingInterval interval : day.getValue()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, day_of_week, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                        .params(employeeId, day.getKey().getValue(), interval.startMinute(), interval.endMinute()).update();
            }
        }
        for (Map.Entry<LocalDate, List<WorkingInterval>> date : schedule.dates().entrySet()) {
            if (date.getValue().isEmpty()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, on_date) VALUES (?, ?)").params(employeeId, date.getKey()).update();
            }
            for (WorkingInterval interval : date.getValue()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, on_date, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                        .params(employeeId, date.getKey(), interval.startMinute(), interval.endMinute()).update();
            }
        }
    }

    // ---- views, in the catalog file's form

    private static Map<String, Object> serviceView(ResultSet rs) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rs.getLong("id"));
        view.put("company_id", rs.getLong("company_id"));
        view.put("title", rs.getString("title"));
        view.put("description", rs.getString("description"));
        view.put("price", rs.getBigDecimal("price"));
        view.put("duration", rs.getInt("duration_minutes"));
        view.put("category_id", nullableLong(rs, "category_id"));
        view.put("active", rs.getBoolean("active"));
        return view;
    }

    private static Map<String, Object> employeeView(ResultSet rs) throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rs.getLong("id"));
        view.put("company_id", rs.getLong("company_id"));
        view.put("name", rs.getString("name"));
        view.put("information", rs.getString("information"));
        view.put("job_title_id", nullableLong(rs, "job_title_id"));
        view.put("active", rs.getBoolean("active"));
        return view;
    }

    private void addServicesAndSchedule(Map<String, Object> employee) {
        long id = (Long) employee.get("id");
        employee.put("service_ids", jdbc.sql("SELECT service_id FROM employee_service WHERE employee_id = ? ORDER BY seq")
                .param(id).query(Long.class).list());
        Map<String, List<String>> weekly = new TreeMap<>((a, b) -> dayIndex(a) - dayIndex(b));
        Map<String, List<String>> dates = new TreeMap<>();
        jdbc.sql("SELECT day_of_week, on_date, start_minute, end_minute FROM working_hours WHERE employee_id = ?"
                        + " ORDER BY start_minute")
                .param(id).query(rs -> {
                    int day = rs.getInt("day_of_week");
                    boolean weeklyRow = !rs.wasNull();
                    int start = rs.getInt("start_minute");
                    boolean dayOff = rs.wasNull();
                    List<String> intervals = weeklyRow
                            ? weekly.computeIfAbsent(DAY_NAMES[day - 1], k -> new ArrayList<>())
                            : dates.computeIfAbsent(rs.getObject("on_date", LocalDate.class).toString(), k -> new ArrayList<>());
                    if (!dayOff) {
                        intervals.add(new WorkingInterval(start, rs.getInt("end_minute")).toString());
                    }
                });
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("weekly", weekly);
        schedule.put("dates", dates);
        employee.put("schedule", schedule);
    }

    private static int dayIndex(String day) {
        for (int i = 0; i < DAY_NAMES.length; i++) {
            if (DAY_NAMES[i].equals(day)) {
                return i;
            }
        }
        return DAY_NAMES.length;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
