package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working_hours table, the one place schedules are read and written. A weekly row has a day
 * of the week, a date row a date; a date row without times is a day off.
 */
final class WorkingHours {

    private final JdbcClient jdbc;

    WorkingHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedules of the employees {@code e} that the condition selects, by employee id; one without rows is absent. */
    Map<Long, Schedule> of(String employees, Object param) {
        Map<Long, Hours> hours = new HashMap<>();
        jdbc.sql("SELECT w.employee_id, w.day_of_week, w.on_date, w.start_minute, w.end_minute FROM working_hours w"
                        + " JOIN employee e ON e.id = w.employee_id WHERE " + employees)
                .param(param)
                .query(rs -> {
                    Hours of = hours.computeIfAbsent(rs.getLong(1), id -> new Hours());
                    int day = rs.getInt(2);
                    boolean weekly = !rs.wasNull();
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    int start = rs.getInt(4);
                    WorkingInterval interval = rs.wasNull() ? null : new WorkingInterval(start, rs.getInt(5));
                    of.add(weekly ? DayOfWeek.of(day) : null, date, interval);
                });
        Map<Long, Schedule> schedules = new HashMap<>();
        hours.forEach((id, of) -> schedules.put(id, new Schedule(of.weekly, of.dates)));
        return schedules;
    }

    void write(long employeeId, Schedule schedule) {
        jdbc.sql("DELETE FROM working_hours WHERE employee_id = ?").param(employeeId).update();
        schedule.weekly().forEach((day, intervals) -> intervals.forEach(interval ->
                jdbc.sql("INSERT INTO working_hours (employee_id, day_of_week, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                        .params(employeeId, day.getValue(), interval.startMinute(), interval.endMinute()).update()));
        schedule.dates().forEach((date, intervals) -> {
            if (intervals.isEmpty()) {
                jdbc.sql("INSERT INTO working_hours (employee_id, on_date) VALUES (?, ?)").params(employeeId, date).update();
            }
            intervals.forEach(interval ->
                    jdbc.sql("INSERT INTO working_hours (employee_id, on_date, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                            .params(employeeId, date, interval.startMinute(), interval.endMinute()).update());
        });
    }

    /** One employee's rows as they are read. */
    private static final class Hours {
        private final Map<DayOfWeek, List<WorkingInterval>> weekly = new HashMap<>();
        private final Map<LocalDate, List<WorkingInterval>> dates = new HashMap<>();

        void add(DayOfWeek day, LocalDate date, WorkingInterval interval) {
            List<WorkingInterval> intervals = day != null
                    ? weekly.computeIfAbsent(day, d -> new ArrayList<>())
                    : dates.computeIfAbsent(date, d -> new ArrayList<>());
            if (interval != null) {
                intervals.add(interval);
            }
        }
    }
}
