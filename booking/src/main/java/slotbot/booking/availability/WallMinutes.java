package slotbot.booking.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The minute of the day on a zone's wall clock of instants, for one listing of free times: the zone's offset is
 * looked up once for the span between two of its transitions, not once per candidate start (the busiest day of
 * 50 employees asks thousands of times, and each lookup made five objects). Not shared between threads.
 */
final class WallMinutes {

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;

    private final ZoneRules rules;
    /** The offset, in seconds, of every instant in [validFrom, validTo). */
    private int offset;
    private long validFrom = 1;
    private long validTo = 0;

    WallMinutes(ZoneId zone) {
        this.rules = zone.getRules();
    }

    int of(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validTo) {
            lookUp(epochSecond);
        }
        return (int) (Math.floorMod(epochSecond + offset, SECONDS_PER_DAY) / 60);
    }

    private void lookUp(long epochSecond) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(at);
        validFrom = before == null ? Long.MIN_VALUE : before.toEpochSecond();
        validTo = after == null ? Long.MAX_VALUE : after.toEpochSecond();
    }
}
