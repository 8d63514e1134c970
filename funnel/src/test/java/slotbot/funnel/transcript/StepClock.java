package slotbot.funnel.transcript;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a transcript moves it: every turn of a conversation sees a known time. */
final class StepClock extends Clock {

    private Instant now;

    StepClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the runtime takes zones from bots and branches, not from the clock");
    }
}
