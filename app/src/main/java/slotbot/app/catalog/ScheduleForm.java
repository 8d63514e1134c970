package slotbot.app.catalog;

import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;
import tools.jackson.databind.util.StdConverter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An employee's working hours in the catalog's form, read and written:
 * {@code {weekly: {mon: ["09:00-18:00"]}, dates: {"2030-03-08": []}}}; a day not listed is a day off.
 */
final class ScheduleForm {

    private static final String INTERVALS_EXAMPLE = "[\"09:00-13:00\", \"14:00-18:00\"]";

    private ScheduleForm() {
    }

    /** The schedule of a node, or {@link Schedule#NONE} when absent; every bad day, date and interval is a problem. */
    static Schedule read(Node node) {
        if (node == null) {
            return Schedule.NONE;
        }
        Map<DayOfWeek, List<WorkingInterval>> weekly = new LinkedHashMap<>();
        Node week = node.object("weekly");
        for (String day : week == null ? List.<String>of() : week.fieldNames()) {
            week.allow(day);
            WeekDays.of(day).ifPresentOrElse(d -> weekly.put(d, intervals(week, day)),
                    () -> week.problem(week.at(day), WeekDays.expected()));
        }
        Map<LocalDate, List<WorkingInterval>> dates = new LinkedHashMap<>();
        Node overrides = node.object("dates");
        for (String date : overrides == null ? List.<String>of() : overrides.fieldNames()) {
            overrides.allow(date);
            LocalDate day = date(overrides, date);
            if (day != null) {
                dates.put(day, intervals(overrides, date));
            }
        }
        return schedule(node, weekly, dates);
    }

    private static LocalDate date(Node overrides, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            overrides.problem(overrides.at(date), "expected a date as yyyy-MM-dd such as 2024-02-08, got \"" + date + "\"");
            return null;
        }
    }

    private static List<WorkingInterval> intervals(Node parent, String field) {
        List<WorkingInterval> intervals = new ArrayList<>();
        for (Node.Item item : parent.texts(field, "of intervals such as " + INTERVALS_EXAMPLE)) {
            try {
                intervals.add(WorkingInterval.parse(item.text()));
            } catch (IllegalArgumentException e) {
                parent.problem(item.path(), e.getMessage());
            }
        }
        return intervals;
    }

    private static Schedule schedule(Node node, Map<DayOfWeek, List<WorkingInterval>> weekly, Map<LocalDate, List<WorkingInterval>> dates) {
        try {
            return new Schedule(weekly, dates);
        } catch (IllegalArgumentException overlap) {
            node.problem(node.path().isEmpty() ? "schedule" : node.path(), overlap.getMessage());
            return Schedule.NONE;
        }
    }

    /** The schedule as JSON and YAML show it: days in week order, dates in calendar order. */
    record View(Map<String, List<String>> weekly, Map<String, List<String>> dates) {

        static View of(Schedule schedule) {
            Map<String, List<String>> weekly = new LinkedHashMap<>();
            schedule.weekly().forEach((day, intervals) -> weekly.put(WeekDays.name(day), texts(intervals)));
            Map<String, List<String>> dates = new LinkedHashMap<>();
            schedule.dates().forEach((date, intervals) -> dates.put(date.toString(), texts(intervals)));
            return new View(weekly, dates);
        }

        private static List<String> texts(List<WorkingInterval> intervals) {
            return intervals.stream().map(WorkingInterval::toString).toList();
        }
    }

    /** Lets Jackson write a {@link Schedule} field in the catalog's form. */
    static final class Json extends StdConverter<Schedule, View> {
        @Override
        public View convert(Schedule schedule) {
            return View.of(schedule);
        }
    }
}
