package slotbot.booking.catalog;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    /** Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    @Test
    void theSameHoursEveryWeekAndAMissingDayIsOff() {
        Schedule schedule = new Schedule(Map.of(DayOfWeek.MONDAY, intervals("09:00-18:00")), Map.of());

        assertThat(schedule.intervalsOn(MONDAY)).containsExactly(WorkingInterval.parse("09:00-18:00"));
        assertThat(schedule.intervalsOn(MONDAY.plusWeeks(5))).containsExactly(WorkingInterval.parse("09:00-18:00"));
        assertThat(schedule.intervalsOn(MONDAY.plusDays(1))).isEmpty();
        assertThat(Schedule.NONE.intervalsOn(MONDAY)).isEmpty();
    }

    @Test
    void aDateOverridesItsWeekdayAndAnEmptyDateIsADayOff() {
        Schedule schedule = new Schedule(Map.of(DayOfWeek.MONDAY, intervals("09:00-18:00")),
                Map.of(MONDAY, List.of(), MONDAY.plusWeeks(1), intervals("12:00-15:00"), MONDAY.plusDays(6), intervals("10:00-12:00")));

        assertThat(schedule.intervalsOn(MONDAY)).isEmpty();
        assertThat(schedule.intervalsOn(MONDAY.plusWeeks(1))).containsExactly(WorkingInterval.parse("12:00-15:00"));
        assertThat(schedule.intervalsOn(MONDAY.plusDays(6))).containsExactly(WorkingInterval.parse("10:00-12:00"));
        assertThat(schedule.intervalsOn(MONDAY.plusWeeks(2))).containsExactly(WorkingInterval.parse("09:00-18:00"));
    }

    @Test
    void intervalsComeEarliestFirst() {
        Schedule schedule = new Schedule(Map.of(DayOfWeek.MONDAY, intervals("14:00-18:00", "09:00-13:00")), Map.of());

        assertThat(schedule.intervalsOn(MONDAY)).containsExactly(WorkingInterval.parse("09:00-13:00"),
                WorkingInterval.parse("14:00-18:00"));
    }

    @Test
    void touchingIntervalsAreAllowed() {
        Schedule schedule = new Schedule(Map.of(DayOfWeek.MONDAY, intervals("09:00-13:00", "13:00-18:00")), Map.of());

        assertThat(schedule.intervalsOn(MONDAY)).hasSize(2);
    }

    @Test
    void overlappingWeeklyIntervalsAreRefusedNamingTheDayAndBothIntervals() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule(Map.of(DayOfWeek.TUESDAY, intervals("09:00-13:00", "12:00-18:00")), Map.of()))
                .withMessageContaining("TUESDAY")
                .withMessageContaining("overlap")
                .withMessageContaining("09:00-13:00")
                .withMessageContaining("12:00-18:00");
    }

    @Test
    void overlappingIntervalsOfADateAreRefusedNamingTheDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule(Map.of(), Map.of(MONDAY, intervals("10:00-12:00", "08:00-20:00"))))
                .withMessageContaining("2025-06-02")
                .withMessageContaining("08:00-20:00")
                .withMessageContaining("10:00-12:00");
    }

    @Test
    void itIsACopyThatCannotBeChanged() {
        List<WorkingInterval> monday = new ArrayList<>(intervals("09:00-18:00"));
        Map<DayOfWeek, List<WorkingInterval>> weekly = new HashMap<>(Map.of(DayOfWeek.MONDAY, monday));
        Schedule schedule = new Schedule(weekly, Map.of());

        monday.add(WorkingInterval.parse("19:00-20:00"));
        weekly.put(DayOfWeek.TUESDAY, intervals("09:00-10:00"));

        assertThat(schedule.intervalsOn(MONDAY)).hasSize(1);
        assertThat(schedule.intervalsOn(MONDAY.plusDays(1))).isEmpty();
        assertThatThrownBy(() -> schedule.intervalsOn(MONDAY).add(WorkingInterval.parse("19:00-20:00")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<WorkingInterval> intervals(String... texts) {
        return Arrays.stream(texts).map(WorkingInterval::parse).toList();
    }
}
