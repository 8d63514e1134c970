package slotbot.funnel.calc;

import java.time.Clock;
import java.time.ZoneId;

/** What a function may know about the run that calls it: time, the bot's zone and the client. */
public interface CallContext {

    Clock clock();

    ZoneId zone();

    String clientId();

    static CallContext of(Clock clock, ZoneId zone, String clientId) {
        return new SimpleCallContext(clock, zone, clientId);
    }
}
