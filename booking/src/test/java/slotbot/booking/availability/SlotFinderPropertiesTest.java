package slotbot.booking.availability;

import org.junit.jupiter.api.Test;
import slotbot.booking.catalog.WorkingInterval;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the availability engine over random days ({@link RandomDay}): random zones and
 * clock-change days, random working hours, bookings, durations, steps and nows.
 *
 * <p>Each property runs {@value #DEFAULT_TRIES} cases from a fixed seed, so every run checks the
 * same cases; {@code -Dslotbot.properties.seed=...} and {@code -Dslotbot.properties.tries=...}
 * explore others. A failure names the seed of its case and prints the case.
 */
class SlotFinderPropertiesTest {

    private static final int DEFAULT_TRIES = 1000;
    private static final long SEED = Long.getLong("slotbot.properties.seed", 20260329L);
    private static final int TRIES = Integer.getInteger("slotbot.properties.tries", DEFAULT_TRIES);

    @Test
    void noSlotOverlapsABookingOfTheEmployeeItCameFrom() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                for (Instant start : day.finder().slotsOf(day.date(), day.times(worker))) {
                    TimeSpan span = new TimeSpan(start, day.endOf(start));
                    assertThat(worker.bookings()).as("bookings of %d overlapping %s", worker.id(), day.wall(start))
                            .noneMatch(span::overlaps);
                }
            }
        });
    }

    @Test
    void noSlotsBufferedSpanOverlapsABusySpanOfItsEmployee() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                for (Instant start : day.finder().slotsOf(day.date(), day.times(worker))) {
                    TimeSpan busy = day.busyOf(start);
                    assertThat(worker.bookings()).as("busy spans of %d overlapping %s with its buffers", worker.id(),
                            day.wall(start)).noneMatch(busy::overlaps);
                }
            }
        });
    }

    @Test
    void noSlotViolatesMinNoticeOrMaxAdvance() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                assertThat(day.finder().slotsOf(day.date(), day.times(worker))).allSatisfy(start -> {
                    assertThat(start).as("min_notice").isAfterOrEqualTo(day.earliest());
                    assertThat(start).as("max_advance").isBeforeOrEqualTo(day.latest());
                });
            }
        });
    }

    @Test
    void aSlotBookedLeavesEveryOtherOfferedSlotStillApartWithItsBuffers() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                List<Instant> slots = day.finder().slotsOf(day.date(), day.times(worker));
                if (slots.isEmpty()) {
                    continue;
                }
                Instant booked = slots.get(slots.size() / 2);
                List<TimeSpan> busy = new ArrayList<>(worker.bookings());
                busy.add(day.busyOf(booked));
                EmployeeTimes after = new EmployeeTimes(worker.id(), worker.schedule(day.date()), BusyTimes.of(busy));
                assertThat(day.finder().slotsOf(day.date(), after)).as("slots after booking %s", day.wall(booked))
                        .allSatisfy(start -> assertThat(day.busyOf(start).overlaps(day.busyOf(booked))).isFalse());
            }
        });
    }

    @Test
    void eachSlotsWholeSpanLiesInOneWorkingInterval() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                for (Instant start : day.finder().slotsOf(day.date(), day.times(worker))) {
                    assertThat(worker.intervals()).as("an interval of %d holding %s + %d min", worker.id(), day.wall(start),
                            day.durationMinutes()).anyMatch(i -> holds(day, i, start));
                }
            }
        });
    }

    @Test
    void eachSlotIsOnTheGridOfItsInterval() {
        forAll(day -> {
            long step = day.stepMinutes() * 60L;
            for (RandomDay.Worker worker : day.workers()) {
                for (Instant start : day.finder().slotsOf(day.date(), day.times(worker))) {
                    assertThat(worker.intervals()).as("%s is its interval's start + k * %d min", day.wall(start), day.stepMinutes())
                            .anyMatch(i -> holds(day, i, start)
                                    && (start.getEpochSecond() - day.boundary(i.startMinute()).getEpochSecond()) % step == 0);
                }
            }
        });
    }

    @Test
    void noSlotIsBeforeNow() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                assertThat(day.finder().slotsOf(day.date(), day.times(worker)))
                        .allSatisfy(start -> assertThat(start).isAfterOrEqualTo(day.now()));
            }
        });
    }

    @Test
    void everyCandidateThatFitsIsOffered() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                TreeSet<Instant> expected = day.expectedStarts(worker);
                assertThat(day.finder().slotsOf(day.date(), day.times(worker))).as("slots of %d", worker.id())
                        .containsAll(expected);
            }
        });
    }

    @Test
    void slotsOverAllEmployeesAreTheUnionOfEachOnesAsWallTimes() {
        forAll(day -> {
            SlotFinder finder = day.finder();
            TreeSet<LocalTime> union = new TreeSet<>();
            for (RandomDay.Worker worker : day.workers()) {
                finder.slotsOf(day.date(), day.times(worker)).forEach(s -> union.add(s.atZone(day.zone()).toLocalTime()));
            }
            List<LocalTime> all = finder.slots(day.date(), day.allTimes());

            assertThat(all).isEqualTo(new ArrayList<>(union));
            assertThat(finder.anySlot(day.date(), day.allTimes())).isEqualTo(!all.isEmpty());
        });
    }

    @Test
    void everyOfferedSlotFits() {
        forAll(day -> {
            SlotFinder finder = day.finder();
            for (RandomDay.Worker worker : day.workers()) {
                EmployeeTimes times = day.times(worker);
                assertThat(finder.slotsOf(day.date(), times))
                        .allSatisfy(start -> assertThat(finder.fits(start, day.date(), times)).as(day.wall(start)).isTrue());
            }
        });
    }

    @Test
    void eachEmployeesSlotsComeEarliestFirstAndOnce() {
        forAll(day -> {
            for (RandomDay.Worker worker : day.workers()) {
                assertThat(day.finder().slotsOf(day.date(), day.times(worker))).as("slots of %d", worker.id())
                        .isSorted().doesNotHaveDuplicates();
            }
        });
    }

    private static boolean holds(RandomDay day, WorkingInterval interval, Instant start) {
        return !start.isBefore(day.boundary(interval.startMinute()))
                && !day.endOf(start).isAfter(day.boundary(interval.endMinute()));
    }

    private static void forAll(Consumer<RandomDay> property) {
        Random seeds = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            RandomDay day = RandomDay.of(seeds.nextLong());
            try {
                property.accept(day);
            } catch (AssertionError e) {
                throw new AssertionError("falsified by case " + (i + 1) + " of " + TRIES + ", "
                        + "rebuild it with RandomDay.of(" + day.seed() + "L):\n" + day + e.getMessage(), e);
            }
        }
    }
}
