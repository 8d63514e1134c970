package slotbot.booking.availability;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlotFinderTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday. */
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);
    private static final Instant LONG_AGO = Instant.parse("2024-01-01T00:00:00Z");

    @ParameterizedTest(name = "booking 16:00 for {0} min")
    @ValueSource(ints = {30, 45, 60, 120})
    void theSeedsExample(int bookedMinutes) {
        EmployeeTimes pavel = employee(weekly(DayOfWeek.MONDAY, "09:00-18:00"), busy(MOSCOW, DAY, "16:00", bookedMinutes));
        SlotFinder finder = new SlotFinder(MOSCOW, 60 + 45, 30, LONG_AGO);

        assertThat(finder.slots(DAY, List.of(pavel))).isEqualTo(times("09:00", "14:00", 30));
        assertThat(finder.slotsOf(DAY, pavel)).hasSize(11)
                .first().isEqualTo(at(MOSCOW, DAY, "09:00"));
    }

    @Test
    void theSeedsExampleWithoutTheBookingRunsToTheLastStartThatStillEndsBy18() {
        EmployeeTimes pavel = employee(weekly(DayOfWeek.MONDAY, "09:00-18:00"), BusyTimes.NONE);

        assertThat(new SlotFinder(MOSCOW, 105, 30, LONG_AGO).slots(DAY, List.of(pavel))).isEqualTo(times("09:00", "16:00", 30));
        assertThat(new SlotFinder(MOSCOW, 120, 30, LONG_AGO).slots(DAY, List.of(pavel))).isEqualTo(times("09:00", "16:00", 30));
        assertThat(new SlotFinder(MOSCOW, 9 * 60, 30, LONG_AGO).slots(DAY, List.of(pavel))).containsExactly(LocalTime.of(9, 0));
        assertThat(new SlotFinder(MOSCOW, 9 * 60 + 1, 30, LONG_AGO).slots(DAY, List.of(pavel))).isEmpty();
    }

    @Test
    void aSpanMayNotCrossABreak() {
        EmployeeTimes artem = employee(weekly(DayOfWeek.MONDAY, "09:00-13:00", "14:00-18:00"), BusyTimes.NONE);

        List<LocalTime> slots = new SlotFinder(MOSCOW, 60, 30, LONG_AGO).slots(DAY, List.of(artem));

        assertThat(slots).isEqualTo(concat(times("09:00", "12:00", 30), times("14:00", "17:00", 30)));
    }

    @Test
    void candidatesStartAtEachIntervalsOwnStart() {
        EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "09:10-12:00", "13:45-15:00"), BusyTimes.NONE);

        List<LocalTime> slots = new SlotFinder(MOSCOW, 30, 40, LONG_AGO).slots(DAY, List.of(employee));

        assertThat(slots).isEqualTo(concat(times("09:10", "11:10", 40), times("13:45", "14:25", 40)));
    }

    @Test
    void aBookingTouchingASpanDoesNotBlockIt() {
        EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "09:00-12:00"),
                BusyTimes.of(List.of(span(MOSCOW, DAY, "10:00", 30))));

        assertThat(new SlotFinder(MOSCOW, 30, 30, LONG_AGO).slots(DAY, List.of(employee)))
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(11, 0),
                        LocalTime.of(11, 30));
    }

    @Nested
    class DateOverrides {

        private final Schedule schedule = new Schedule(
                Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.parse("09:00-18:00"))),
                Map.of(DAY, List.of(), DAY.plusWeeks(1), List.of(WorkingInterval.parse("12:00-15:00"))));
        private final SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, LONG_AGO);

        @Test
        void anEmptyDateIsADayOff() {
            EmployeeTimes employee = employee(schedule, BusyTimes.NONE);

            assertThat(finder.slots(DAY, List.of(employee))).isEmpty();
            assertThat(finder.anySlot(DAY, List.of(employee))).isFalse();
        }

        @Test
        void aDateWithOtherHours() {
            assertThat(finder.slots(DAY.plusWeeks(1), List.of(employee(schedule, BusyTimes.NONE))))
                    .isEqualTo(times("12:00", "14:00", 30));
        }

        @Test
        void otherMondaysKeepTheWeeklyHours() {
            assertThat(finder.slots(DAY.plusWeeks(2), List.of(employee(schedule, BusyTimes.NONE))))
                    .isEqualTo(times("09:00", "17:00", 30));
            assertThat(finder.slots(DAY.plusDays(1), List.of(employee(schedule, BusyTimes.NONE)))).isEmpty();
        }
    }

    @Nested
    class Now {

        private final EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "09:00-18:00"), BusyTimes.NONE);

        @Test
        void nothingBeforeNow() {
            SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, at(MOSCOW, DAY, "12:10"));

            assertThat(finder.slots(DAY, List.of(employee))).isEqualTo(times("12:30", "17:00", 30));
        }

        @Test
        void aSlotAtExactlyNowIsOffered() {
            SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, at(MOSCOW, DAY, "12:00"));

            assertThat(finder.slots(DAY, List.of(employee))).first().isEqualTo(LocalTime.of(12, 0));
        }

        @Test
        void aNanosecondAfterASlotItIsPast() {
            SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, at(MOSCOW, DAY, "12:00").plusNanos(1));

            assertThat(finder.slots(DAY, List.of(employee))).first().isEqualTo(LocalTime.of(12, 30));
            assertThat(finder.slotsOf(DAY, employee)).allSatisfy(start -> assertThat(start).isAfter(at(MOSCOW, DAY, "12:00")));
        }

        @Test
        void theGridStaysOnTheIntervalsStart() {
            SlotFinder finder = new SlotFinder(MOSCOW, 30, 45, at(MOSCOW, DAY, "10:01").plusMillis(500));

            assertThat(finder.slots(DAY, List.of(employee))).first().isEqualTo(LocalTime.of(10, 30));
        }

        @Test
        void afterTheDayNothing() {
            SlotFinder finder = new SlotFinder(MOSCOW, 30, 30, at(MOSCOW, DAY, "17:31"));

            assertThat(finder.slots(DAY, List.of(employee))).isEmpty();
            assertThat(finder.anySlot(DAY, List.of(employee))).isFalse();
            assertThat(finder.anySlot(DAY.plusWeeks(1), List.of(employee))).isTrue();
        }
    }

    @Test
    void anIntervalMayEndAtMidnight() {
        EmployeeTimes late = employee(weekly(DayOfWeek.MONDAY, "20:00-24:00"), BusyTimes.NONE);
        SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, LONG_AGO);

        assertThat(finder.slots(DAY, List.of(late))).isEqualTo(times("20:00", "23:00", 30));
        assertThat(finder.slotsOf(DAY, late)).last().isEqualTo(at(MOSCOW, DAY.plusDays(1), "00:00").minus(Duration.ofHours(1)));
        assertThat(finder.fits(at(MOSCOW, DAY, "23:00"), DAY, late)).isTrue();
        assertThat(finder.fits(at(MOSCOW, DAY, "23:01"), DAY, late)).isFalse();
    }

    @Test
    void aWholeDayIsOneInterval() {
        EmployeeTimes always = employee(weekly(DayOfWeek.MONDAY, "00:00-24:00"), BusyTimes.NONE);

        List<LocalTime> slots = new SlotFinder(MOSCOW, 30, 30, LONG_AGO).slots(DAY, List.of(always));

        assertThat(slots).hasSize(48).first().isEqualTo(LocalTime.MIDNIGHT);
        assertThat(slots).last().isEqualTo(LocalTime.of(23, 30));
    }

    @Nested
    class DaylightSaving {

        /** 2026-03-29: in Berlin 02:00 CET becomes 03:00 CEST; the night has five real hours until 06:00. */
        private final LocalDate springForward = LocalDate.of(2026, 3, 29);
        /** 2026-10-25: in Berlin 03:00 CEST becomes 02:00 CET; the night has seven real hours until 06:00. */
        private final LocalDate fallBack = LocalDate.of(2026, 10, 25);

        private final EmployeeTimes night = employee(weekly(DayOfWeek.SUNDAY, "00:00-06:00"), BusyTimes.NONE);

        @Test
        void springForwardHasFiveRealHours() {
            SlotFinder finder = new SlotFinder(BERLIN, 30, 30, LONG_AGO);

            List<Instant> starts = finder.slotsOf(springForward, night);

            assertThat(starts).hasSize(10);
            assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
            assertRealStep(starts, 30);
            assertThat(starts.get(starts.size() - 1).plus(Duration.ofMinutes(30))).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
            assertThat(finder.slots(springForward, List.of(night))).containsExactly(
                    LocalTime.of(0, 0), LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(1, 30),
                    LocalTime.of(3, 0), LocalTime.of(3, 30), LocalTime.of(4, 0), LocalTime.of(4, 30),
                    LocalTime.of(5, 0), LocalTime.of(5, 30));
        }

        @Test
        void springForwardSpansCountRealMinutes() {
            SlotFinder finder = new SlotFinder(BERLIN, 60, 30, LONG_AGO);

            List<LocalTime> slots = finder.slots(springForward, List.of(night));

            // 01:30 CET + 60 real minutes = 03:30 CEST; the last start is 05:00 CEST, four real hours after 00:00.
            assertThat(slots).contains(LocalTime.of(1, 30)).doesNotContain(LocalTime.of(2, 0), LocalTime.of(2, 30))
                    .last().isEqualTo(LocalTime.of(5, 0));
            assertThat(finder.slotsOf(springForward, night)).hasSize(9);
            assertThat(new SlotFinder(BERLIN, 5 * 60, 30, LONG_AGO).slots(springForward, List.of(night)))
                    .containsExactly(LocalTime.MIDNIGHT);
            assertThat(new SlotFinder(BERLIN, 6 * 60, 30, LONG_AGO).slots(springForward, List.of(night))).isEmpty();
        }

        @Test
        void fallBackHasSevenRealHoursButEachWallTimeOnce() {
            SlotFinder finder = new SlotFinder(BERLIN, 30, 30, LONG_AGO);

            List<Instant> starts = finder.slotsOf(fallBack, night);
            List<LocalTime> slots = finder.slots(fallBack, List.of(night));

            assertThat(starts).hasSize(14);
            assertRealStep(starts, 30);
            assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
            assertThat(starts.get(13).plus(Duration.ofMinutes(30))).isEqualTo(Instant.parse("2026-10-25T05:00:00Z"));
            assertThat(starts.stream().map(s -> s.atZone(BERLIN).toLocalTime()).filter(t -> t.equals(LocalTime.of(2, 30))))
                    .as("02:30 happens twice").hasSize(2);
            assertThat(slots).isEqualTo(times("00:00", "05:30", 30)).doesNotHaveDuplicates().isSorted();
        }

        @Test
        void fallBackSpansCountRealMinutes() {
            assertThat(new SlotFinder(BERLIN, 7 * 60, 30, LONG_AGO).slots(fallBack, List.of(night)))
                    .containsExactly(LocalTime.MIDNIGHT);
            assertThat(new SlotFinder(BERLIN, 7 * 60 + 1, 30, LONG_AGO).slots(fallBack, List.of(night))).isEmpty();
        }

        @Test
        void aBookingInTheRepeatedHourBlocksOnlyItsRealSpan() {
            // 02:00-03:00 CEST is 00:00-01:00 UTC; the second 02:00-03:00 (CET) stays free.
            BusyTimes firstPass = BusyTimes.of(List.of(new TimeSpan(Instant.parse("2026-10-25T00:00:00Z"),
                    Instant.parse("2026-10-25T01:00:00Z"))));
            EmployeeTimes employee = employee(night.schedule(), firstPass);
            SlotFinder finder = new SlotFinder(BERLIN, 30, 30, LONG_AGO);

            List<Instant> starts = finder.slotsOf(fallBack, employee);

            assertThat(starts).hasSize(12)
                    .doesNotContain(Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T00:30:00Z"))
                    .contains(Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
            assertThat(finder.slots(fallBack, List.of(employee))).isEqualTo(times("00:00", "05:30", 30));
        }

        @Test
        void intervalsThatMeetInTheSkippedHourGiveEachStartOnce() {
            // 02:30 does not exist that night: the first interval really ends at 03:30 CEST, after the second starts.
            Schedule schedule = new Schedule(Map.of(DayOfWeek.SUNDAY, List.of(WorkingInterval.parse("00:00-02:30"),
                    WorkingInterval.parse("03:00-04:00"))), Map.of());
            SlotFinder finder = new SlotFinder(BERLIN, 30, 30, LONG_AGO);

            List<Instant> starts = finder.slotsOf(springForward, employee(schedule, BusyTimes.NONE));

            assertThat(starts).containsExactly(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-28T23:30:00Z"),
                    Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T00:30:00Z"),
                    Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:30:00Z"));
            assertThat(finder.slots(springForward, List.of(employee(schedule, BusyTimes.NONE)))).containsExactly(
                    LocalTime.of(0, 0), LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(1, 30),
                    LocalTime.of(3, 0), LocalTime.of(3, 30));
        }

        private void assertRealStep(List<Instant> starts, int minutes) {
            for (int i = 1; i < starts.size(); i++) {
                assertThat(Duration.between(starts.get(i - 1), starts.get(i))).isEqualTo(Duration.ofMinutes(minutes));
            }
        }
    }

    @Nested
    class FarFromUtc {

        @Test
        void kiritimatiIsFourteenHoursAhead() {
            ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
            EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "09:00-12:00"), BusyTimes.NONE);
            // 2024-02-04 20:10 UTC is Monday 2024-02-05 10:10 there.
            SlotFinder finder = new SlotFinder(kiritimati, 60, 30, Instant.parse("2024-02-04T20:10:00Z"));

            assertThat(finder.slots(DAY, List.of(employee))).containsExactly(LocalTime.of(10, 30), LocalTime.of(11, 0));
            assertThat(finder.slotsOf(DAY, employee)).containsExactly(
                    Instant.parse("2024-02-04T20:30:00Z"), Instant.parse("2024-02-04T21:00:00Z"));
        }

        @Test
        void pagoPagoIsElevenHoursBehind() {
            ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");
            EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "20:00-24:00"),
                    BusyTimes.of(List.of(new TimeSpan(Instant.parse("2024-02-06T08:00:00Z"), Instant.parse("2024-02-06T09:00:00Z")))));
            SlotFinder finder = new SlotFinder(pagoPago, 60, 60, LONG_AGO);

            // 21:00-22:00 there is 08:00-09:00 UTC on the 6th.
            assertThat(finder.slots(DAY, List.of(employee)))
                    .containsExactly(LocalTime.of(20, 0), LocalTime.of(22, 0), LocalTime.of(23, 0));
            assertThat(finder.slots(DAY.plusDays(1), List.of(employee))).isEmpty();
        }
    }

    @Test
    void severalEmployeesAreMergedSortedAndOnce() {
        EmployeeTimes early = employee(weekly(DayOfWeek.MONDAY, "09:00-12:00"), BusyTimes.NONE);
        EmployeeTimes late = employee(weekly(DayOfWeek.MONDAY, "10:15-13:00"), BusyTimes.NONE);
        SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, LONG_AGO);

        List<LocalTime> slots = finder.slots(DAY, List.of(late, early));

        assertThat(slots).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(10, 15), LocalTime.of(10, 30), LocalTime.of(10, 45), LocalTime.of(11, 0),
                LocalTime.of(11, 15), LocalTime.of(11, 45));
        assertThat(finder.slots(DAY, List.of())).isEmpty();
    }

    @Test
    void fitsChecksHoursAndBookings() {
        EmployeeTimes employee = employee(weekly(DayOfWeek.MONDAY, "09:00-13:00", "14:00-18:00"),
                busy(MOSCOW, DAY, "15:00", 60));
        SlotFinder finder = new SlotFinder(MOSCOW, 60, 30, LONG_AGO);

        assertThat(finder.fits(at(MOSCOW, DAY, "09:07"), DAY, employee)).isTrue();
        assertThat(finder.fits(at(MOSCOW, DAY, "12:00"), DAY, employee)).isTrue();
        assertThat(finder.fits(at(MOSCOW, DAY, "12:30"), DAY, employee)).isFalse();
        assertThat(finder.fits(at(MOSCOW, DAY, "14:30"), DAY, employee)).isFalse();
        assertThat(finder.fitsSchedule(at(MOSCOW, DAY, "14:30"), DAY, employee.schedule())).isTrue();
        assertThat(finder.fits(at(MOSCOW, DAY, "16:00"), DAY, employee)).isTrue();
        assertThat(finder.fits(at(MOSCOW, DAY, "08:59"), DAY, employee)).isFalse();
    }

    @Test
    void durationAndStepMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlotFinder(MOSCOW, 0, 30, LONG_AGO)).withMessageContaining("positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlotFinder(MOSCOW, 30, 0, LONG_AGO));
    }

    static EmployeeTimes employee(Schedule schedule, BusyTimes busy) {
        return new EmployeeTimes(1, schedule, busy);
    }

    static Schedule weekly(DayOfWeek day, String... intervals) {
        return new Schedule(Map.of(day, Arrays.stream(intervals).map(WorkingInterval::parse).toList()), Map.of());
    }

    static Instant at(ZoneId zone, LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
    }

    static TimeSpan span(ZoneId zone, LocalDate date, String time, int minutes) {
        Instant start = at(zone, date, time);
        return new TimeSpan(start, start.plus(Duration.ofMinutes(minutes)));
    }

    static BusyTimes busy(ZoneId zone, LocalDate date, String time, int minutes) {
        return BusyTimes.of(List.of(span(zone, date, time, minutes)));
    }

    static List<LocalTime> times(String first, String last, int stepMinutes) {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = LocalTime.parse(first); !t.isAfter(LocalTime.parse(last)); t = t.plusMinutes(stepMinutes)) {
            times.add(t);
            if (t.plusMinutes(stepMinutes).isBefore(t)) {
                break;
            }
        }
        return times;
    }

    static List<LocalTime> concat(List<LocalTime> a, List<LocalTime> b) {
        List<LocalTime> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
