package slotbot.booking.availability;

import java.time.Instant;

/** A half-open stretch of time [start, end). */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a span must end after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeSpan other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
