package slotbot.funnel.calc;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

record SimpleCallContext(Clock clock, ZoneId zone, String clientId) implements CallContext {

    SimpleCallContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clientId, "clientId");
    }
}
