package slotbot.booking.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A branch's booking window: nothing starts sooner than {@code minNotice} from now nor later than
 * {@code maxAdvance} ahead, and a client's move or cancel closes {@code cancelNotice} before the start.
 */
public record BookingRules(Duration minNotice, Duration maxAdvance, Duration cancelNotice) {

    public static final String MIN_NOTICE = "min_notice";
    public static final String MAX_ADVANCE = "max_advance";
    public static final String CANCEL_NOTICE = "cancel_notice";

    public static final BookingRules DEFAULT = new BookingRules(Duration.ZERO, Duration.ofDays(366), Duration.ZERO);

    public BookingRules {
        Objects.requireNonNull(minNotice, MIN_NOTICE);
        Objects.requireNonNull(maxAdvance, MAX_ADVANCE);
        Objects.requireNonNull(cancelNotice, CANCEL_NOTICE);
        if (minNotice.isNegative() || maxAdvance.isNegative() || cancelNotice.isNegative()) {
            throw new IllegalArgumentException("booking rules are never negative: " + minNotice + ", " + maxAdvance
                    + ", " + cancelNotice);
        }
    }

    /** The earliest start a booking made at {@code now} may have; rules count to the minute, so 10:26:40 counts as 10:26. */
    public Instant earliest(Instant now) {
        return toTheMinute(now).plus(minNotice);
    }

    /** The latest start a booking made at {@code now} may have, to the minute. */
    public Instant latest(Instant now) {
        return toTheMinute(now).plus(maxAdvance);
    }

    private static Instant toTheMinute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whether a client may still move or cancel, at {@code now}, a booking starting at {@code start}. */
    public boolean clientMayChange(Instant start, Instant now) {
        return !now.plus(cancelNotice).isAfter(start);
    }

    /** A duration as the catalog writes it: {@code 90m}, {@code 2h}, {@code 7d}. */
    public static String text(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes != 0 && minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes != 0 && minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }
}
