package slotbot.funnel.dialog;

import slotbot.funnel.calc.CallContext;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What bot code may know of the turn it runs in, and where callbacks it sends wait for the commit. */
final class TurnContext implements CallContext {

    private final Clock clock;
    private final ZoneId zone;
    private final String clientId;
    private final List<Callback> callbacks = new ArrayList<>();

    TurnContext(Clock clock, ZoneId zone, String clientId) {
        this.clock = clock;
        this.zone = zone;
        this.clientId = clientId;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    List<Callback> callbacks() {
        return callbacks;
    }
}
