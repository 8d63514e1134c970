package slotbot.app.catalog;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/** The one table of week days as the catalog writes them: mon, tue, wed, thu, fri, sat, sun. */
final class WeekDays {

    private static final List<String> NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private WeekDays() {
    }

    static String name(DayOfWeek day) {
        return NAMES.get(day.getValue() - 1);
    }

    static Optional<DayOfWeek> of(String name) {
        int index = NAMES.indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
    }

    static String expected() {
        return "expected a day as " + String.join(", ", NAMES.subList(0, 6)) + " or " + NAMES.get(6);
    }
}
