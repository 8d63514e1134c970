package slotbot.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An employee's working hours: the same every week, except on dates that say otherwise.
 * A day of the week that is absent is a day off; a date mapped to an empty list is a day off too.
 */
public record Schedule(Map<DayOfWeek, List<WorkingInterval>> weekly, Map<LocalDate, List<WorkingInterval>> dates) {

    public static final Schedule NONE = new Schedule(Map.of(), Map.of());

    public Schedule {
        EnumMap<DayOfWeek, List<WorkingInterval>> w = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, intervals) -> w.put(day, ordered(day.toString(), intervals)));
        TreeMap<LocalDate, List<WorkingInterval>> d = new TreeMap<>();
        dates.forEach((date, intervals) -> d.put(date, ordered(date.toString(), intervals)));
        weekly = java.util.Collections.unmodifiableMap(w);
        dates = java.util.Collections.unmodifiableMap(d);
    }

    /** The working intervals of one date, earliest first. */
    public List<WorkingInterval> intervalsOn(LocalDate date) {
        List<WorkingInterval> override = dates.get(date);
        if (override != null) {
            return override;
        }
        return weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private static List<WorkingInterval> ordered(String day, List<WorkingInterval> intervals) {
        List<WorkingInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(WorkingInterval::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new IllegalArgumentException("working intervals of " + day + " overlap: "
                        + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }
}
