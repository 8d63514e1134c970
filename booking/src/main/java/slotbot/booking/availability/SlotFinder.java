package slotbot.booking.availability;

import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The availability engine: turns working hours and busy spans into the start times a client may
 * book. Pure: no I/O, the caller brings the data and "now".
 *
 * <p>A start t is offered when [t, t + duration) lies inside one working interval of that day, t lies
 * in the booking window (not before now, and within the bounds {@link #within} sets) and
 * the visit with its buffers, [t - bufferBefore, t + duration + bufferAfter), overlaps no busy span
 * (the busy spans being other visits with their own buffers). Buffers may lie outside working hours. Candidates run every {@code step} minutes from
 * the start of each working interval. All arithmetic is on instants, so a day when clocks change
 * has as many real minutes as it really has; times are shown on the company's wall clock.
 */
public final class SlotFinder {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final ZoneId zone;
    private final int durationMinutes;
    private final int stepMinutes;
    private final long earliest;
    private final long latest;
    private final long bufferBefore;
    private final long bufferAfter;

    /** Any start from now on, no buffers. */
    public SlotFinder(ZoneId zone, int durationMinutes, int stepMinutes, Instant now) {
        this(zone, durationMinutes, stepMinutes, ceilSecond(now), Long.MAX_VALUE, 0, 0);
        if (durationMinutes <= 0 || stepMinutes <= 0) {
            throw new IllegalArgumentException("duration and step must be positive, got "
                    + durationMinutes + " and " + stepMinutes);
        }
    }

    private SlotFinder(ZoneId zone, int durationMinutes, int stepMinutes, long earliest, long latest,
                       long bufferBefore, long bufferAfter) {
        this.zone = zone;
        this.durationMinutes = durationMinutes;
        this.stepMinutes = stepMinutes;
        this.earliest = earliest;
        this.latest = latest;
        this.bufferBefore = bufferBefore;
        this.bufferAfter = bufferAfter;
    }

    /** This finder offering only starts within [from, to] as well (the branch's booking window). */
    public SlotFinder within(Instant from, Instant to) {
        return new SlotFinder(zone, durationMinutes, stepMinutes, Math.max(earliest, ceilSecond(from)),
                Math.min(latest, to.getEpochSecond()), bufferBefore, bufferAfter);
    }

    /** This finder for a visit that keeps its employee busy so many minutes before its start and after its end. */
    public SlotFinder withBuffers(int beforeMinutes, int afterMinutes) {
        if (beforeMinutes < 0 || afterMinutes < 0) {
            throw new IllegalArgumentException("buffers are never negative, got " + beforeMinutes + " and " + afterMinutes);
        }
        return new SlotFinder(zone, durationMinutes, stepMinutes, earliest, latest, beforeMinutes * 60L,
                afterMinutes * 60L);
    }

    /** The free start times of a date over all the given employees, sorted, without duplicates. */
    public List<LocalTime> slots(LocalDate date, List<EmployeeTimes> employees) {
        boolean[] offered = new boolean[MINUTES_PER_DAY];
        WallMinutes wall = new WallMinutes(zone);
        for (EmployeeTimes employee : employees) {
            forEachSlot(date, employee, start -> {
                offered[wall.of(start)] = true;
                return true;
            });
        }
        List<LocalTime> times = new ArrayList<>();
        for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
            if (offered[minute]) {
                times.add(LocalTime.of(minute / 60, minute % 60));
            }
        }
        return times;
    }

    /**
     * The free start instants of one employee on a date, earliest first, each once: on a day the
     * clocks jump forward, intervals apart on the wall clock may cover the same real time.
     */
    public List<Instant> slotsOf(LocalDate date, EmployeeTimes employee) {
        TreeSet<Long> starts = new TreeSet<>();
        forEachSlot(date, employee, start -> {
            starts.add(start);
            return true;
        });
        return starts.stream().map(Instant::ofEpochSecond).toList();
    }

    /** Whether any of the employees has at least one free start on the date. */
    public boolean anySlot(LocalDate date, List<EmployeeTimes> employees) {
        for (EmployeeTimes employee : employees) {
            boolean[] found = {false};
            forEachSlot(date, employee, start -> {
                found[0] = true;
                return false;
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /** Whether [start, start + duration) fits one working interval of the employee and is free, buffers and all. */
    public boolean fits(Instant start, LocalDate date, EmployeeTimes employee) {
        return fitsSchedule(start, date, employee.schedule()) && isFree(employee.busy(), start.getEpochSecond());
    }

    /** Whether a client may book that start: in the booking window, inside working hours and free, as {@link #slots} would offer it. */
    public boolean offers(Instant start, LocalDate date, EmployeeTimes employee) {
        long s = start.getEpochSecond();
        return s >= earliest && s <= latest && fits(start, date, employee);
    }

    /** The span a visit starting then keeps its employee busy: the visit widened by its buffers. */
    public TimeSpan busySpan(Instant start) {
        return new TimeSpan(start.minusSeconds(bufferBefore), start.plusSeconds(durationMinutes * 60L + bufferAfter));
    }

    /** Whether the visit starting then, with its buffers, overlaps none of the busy spans. */
    private boolean isFree(BusyTimes busy, long start) {
        return busy.isFree(start - bufferBefore, start + durationMinutes * 60L + bufferAfter);
    }

    /** Whether [start, start + duration) lies inside one working interval of the date (busy spans aside). */
    public boolean fitsSchedule(Instant start, LocalDate date, Schedule schedule) {
        long s = start.getEpochSecond();
        long e = s + durationMinutes * 60L;
        for (WorkingInterval interval : schedule.intervalsOn(date)) {
            if (s >= epochSecond(date, interval.startMinute()) && e <= epochSecond(date, interval.endMinute())) {
                return true;
            }
        }
        return false;
    }

    private interface SlotVisitor {
        /** Returns whether to go on looking. */
        boolean visit(long startEpochSecond);
    }

    private void forEachSlot(LocalDate date, EmployeeTimes employee, SlotVisitor visitor) {
        long duration = durationMinutes * 60L;
        long step = stepMinutes * 60L;
        for (WorkingInterval interval : employee.schedule().intervalsOn(date)) {
            long first = epochSecond(date, interval.startMinute());
            long last = Math.min(epochSecond(date, interval.endMinute()) - duration, latest);
            long start = first;
            if (start < earliest) {
                start = first + ceilDiv(earliest - first, step) * step;
            }
            for (; start <= last; start += step) {
                if (isFree(employee.busy(), start) && !visitor.visit(start)) {
                    return;
                }
            }
        }
    }

    private long epochSecond(LocalDate date, int minuteOfDay) {
        ZonedDateTime at = minuteOfDay == MINUTES_PER_DAY
                ? date.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone);
        return at.toEpochSecond();
    }

    private static long ceilSecond(Instant instant) {
        return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
