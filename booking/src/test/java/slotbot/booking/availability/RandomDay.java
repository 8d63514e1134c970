package slotbot.booking.availability;

import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One random input of the availability engine: a date in a zone, a few employees with working
 * hours and bookings (their busy spans), a total duration, a step, a now, and often a booking window
 * ({@code earliest} = now + min_notice, {@code latest} = now + max_advance) and buffers of the visit. Built from a seed, so a failing case is
 * rebuilt exactly; its {@link #toString()} tells it in wall times.
 */
record RandomDay(long seed, ZoneId zone, LocalDate date, List<Worker> workers, int durationMinutes, int stepMinutes,
                 Instant now, Instant earliest, Instant latest, int bufferBefore, int bufferAfter) {

    /** Zones with daylight saving at 02:00 (Berlin, St John's), at 24:00 (Santiago), by half an hour (Lord Howe), none, or far from UTC. */
    static final List<ZoneId> ZONES = List.of("Europe/Moscow", "Europe/Berlin", "America/St_Johns", "America/Santiago",
            "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")
            .stream().map(ZoneId::of).toList();

    /** The days of 2026 on which a zone of {@link #ZONES} changes its clocks, all of them between 00:00 and 03:00. */
    static final Map<ZoneId, List<LocalDate>> CLOCK_CHANGES = Map.of(
            ZoneId.of("Europe/Berlin"), dates("2026-03-29", "2026-10-25"),
            ZoneId.of("America/St_Johns"), dates("2026-03-08", "2026-11-01"),
            ZoneId.of("America/Santiago"), dates("2026-04-04", "2026-09-06"),
            ZoneId.of("Australia/Lord_Howe"), dates("2026-04-05", "2026-10-04"));

    private static final int[] COMMON_DURATIONS = {15, 30, 45, 60, 90, 105, 120};
    private static final int[] COMMON_STEPS = {5, 10, 15, 20, 30, 60};

    /** An employee of the case: their intervals of the date, whether these are a date override, and their bookings. */
    record Worker(long id, List<WorkingInterval> intervals, boolean override, List<TimeSpan> bookings) {

        Schedule schedule(LocalDate date) {
            if (override) {
                // Weekly hours for that weekday that the override must win over.
                return new Schedule(Map.of(date.getDayOfWeek(), List.of(new WorkingInterval(0, 24 * 60))),
                        Map.of(date, intervals));
            }
            return new Schedule(Map.of(date.getDayOfWeek(), intervals, date.getDayOfWeek().plus(1),
                    List.of(new WorkingInterval(0, 24 * 60))), Map.of(date.plusWeeks(1), List.of()));
        }
    }

    static RandomDay of(long seed) {
        Random random = new Random(seed);
        boolean clockChange = random.nextInt(10) < 3;
        ZoneId zone;
        LocalDate date;
        if (clockChange) {
            List<ZoneId> changing = CLOCK_CHANGES.keySet().stream().sorted(Comparator.comparing(ZoneId::getId)).toList();
            zone = changing.get(random.nextInt(changing.size()));
            date = CLOCK_CHANGES.get(zone).get(random.nextInt(2));
        } else {
            zone = ZONES.get(random.nextInt(ZONES.size()));
            date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
        }
        Instant midnight = date.atStartOfDay(zone).toInstant();
        int duration = random.nextBoolean() ? COMMON_DURATIONS[random.nextInt(COMMON_DURATIONS.length)] : 1 + random.nextInt(600);
        int step = random.nextBoolean() ? COMMON_STEPS[random.nextInt(COMMON_STEPS.length)] : 1 + random.nextInt(180);
        if (clockChange && random.nextBoolean()) {
            duration = 1 + random.nextInt(90);
            step = 1 + random.nextInt(60);
        }
        List<Worker> workers = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            workers.add(new Worker(i, intervals(random, clockChange), random.nextBoolean(), bookings(random, midnight)));
        }
        Instant now = now(random, midnight, zone, date, workers, step);
        // Rules and buffers from a stream of their own, so that the cases above stay those of earlier runs.
        Random rules = new Random(seed ^ 0x5EED_B0FFL);
        Instant earliest = rules.nextBoolean() ? now : now.plusSeconds(60L * rules.nextInt(36 * 60));
        Instant latest = rules.nextBoolean() ? now.plus(Duration.ofDays(366)) : now.plusSeconds(60L * rules.nextInt(60 * 60));
        int before = rules.nextBoolean() ? 0 : rules.nextInt(121);
        int after = rules.nextBoolean() ? 0 : rules.nextInt(121);
        return new RandomDay(seed, zone, date, List.copyOf(workers), duration, step, now, earliest, latest, before, after);
    }

    SlotFinder finder() {
        return new SlotFinder(zone, durationMinutes, stepMinutes, now).within(earliest, latest)
                .withBuffers(bufferBefore, bufferAfter);
    }

    /** The span a visit starting then keeps its employee busy: from its buffer before its start to its buffer after its end. */
    TimeSpan busyOf(Instant start) {
        return new TimeSpan(start.minus(Duration.ofMinutes(bufferBefore)), endOf(start).plus(Duration.ofMinutes(bufferAfter)));
    }

    EmployeeTimes times(Worker worker) {
        return new EmployeeTimes(worker.id(), worker.schedule(date), BusyTimes.of(worker.bookings()));
    }

    List<EmployeeTimes> allTimes() {
        return workers.stream().map(this::times).toList();
    }

    /** A minute of the date (0 to 1440) as an instant, resolved as java.time resolves a wall time. */
    Instant boundary(int minuteOfDay) {
        if (minuteOfDay == 24 * 60) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
    }

    Instant endOf(Instant start) {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Every start the definition allows for a worker, computed the plain way: each candidate of each interval, checked against each booking. */
    TreeSet<Instant> expectedStarts(Worker worker) {
        TreeSet<Instant> starts = new TreeSet<>();
        for (WorkingInterval interval : worker.intervals()) {
            Instant end = boundary(interval.endMinute());
            for (Instant t = boundary(interval.startMinute()); !endOf(t).isAfter(end); t = t.plus(Duration.ofMinutes(stepMinutes))) {
                Instant candidate = t;
                boolean free = worker.bookings().stream().noneMatch(b -> b.overlaps(busyOf(candidate)));
                boolean inWindow = !candidate.isBefore(now) && !candidate.isBefore(earliest) && !candidate.isAfter(latest);
                if (inWindow && free) {
                    starts.add(candidate);
                }
            }
        }
        return starts;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append("seed ").append(seed).append(": ").append(date).append(' ').append(date.getDayOfWeek())
                .append(" in ").append(zone).append(", duration ").append(durationMinutes).append(" min, step ")
                .append(stepMinutes).append(" min, now ").append(wall(now)).append(", window ").append(wall(earliest))
                .append(" .. ").append(wall(latest)).append(", buffers ").append(bufferBefore).append(" + ")
                .append(bufferAfter).append(" min\n");
        for (Worker w : workers) {
            text.append("  employee ").append(w.id()).append(w.override() ? " (date override) " : " (weekly) ")
                    .append(w.intervals()).append(", bookings ")
                    .append(w.bookings().stream().map(b -> wall(b.start()) + ".." + wall(b.end())).collect(Collectors.joining(", ", "[", "]")))
                    .append('\n');
        }
        return text.toString();
    }

    String wall(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    /** Up to three intervals; on a clock-change day often within the night, where the clocks change. */
    private static List<WorkingInterval> intervals(Random random, boolean clockChange) {
        int pairs = random.nextInt(4);
        int shape = random.nextInt(10);
        boolean night = clockChange && random.nextBoolean();
        TreeSet<Integer> bounds = new TreeSet<>();
        while (bounds.size() < 2 * pairs) {
            if (night) {
                bounds.add(15 * random.nextInt(4 * 4 + 1));
            } else if (shape < 7) {
                bounds.add(15 * random.nextInt(24 * 4 + 1));
            } else {
                bounds.add(random.nextInt(24 * 60 + 1));
            }
        }
        List<Integer> sorted = new ArrayList<>(bounds);
        List<WorkingInterval> intervals = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += 2) {
            intervals.add(new WorkingInterval(sorted.get(i), sorted.get(i + 1)));
        }
        Collections.shuffle(intervals, random);
        return List.copyOf(intervals);
    }

    private static List<TimeSpan> bookings(Random random, Instant midnight) {
        List<TimeSpan> bookings = new ArrayList<>();
        int count = random.nextInt(13);
        for (int i = 0; i < count; i++) {
            long startSecond = 60L * (-240 + random.nextInt(28 * 60 + 240));
            if (random.nextInt(5) == 0) {
                startSecond += 1 + random.nextInt(59);
            }
            Instant start = midnight.plusSeconds(startSecond);
            bookings.add(new TimeSpan(start, start.plusSeconds(60L * (1 + random.nextInt(300)))));
        }
        return List.copyOf(bookings);
    }

    /** Mostly anywhere from a day and a half before to a day and a half after midnight; sometimes exactly on a candidate. */
    private static List<LocalDate> dates(String... texts) {
        return Arrays.stream(texts).map(LocalDate::parse).toList();
    }

    private static Instant now(Random random, Instant midnight, ZoneId zone, LocalDate date, List<Worker> workers, int step) {
        if (random.nextInt(5) == 0) {
            List<WorkingInterval> intervals = workers.get(0).intervals();
            if (!intervals.isEmpty()) {
                WorkingInterval interval = intervals.get(random.nextInt(intervals.size()));
                int minute = Math.min(interval.startMinute() + step * random.nextInt(10), 24 * 60 - 1);
                return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
            }
        }
        Instant now = midnight.plusSeconds(random.nextInt(72 * 3600) - 36 * 3600L);
        return random.nextBoolean() ? now : now.plusNanos(1 + random.nextInt(999_999_999));
    }
}
