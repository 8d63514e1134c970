package slotbot.app.errors;

import java.time.Duration;

/** The app cannot take this now (a full queue); the same request later will do, after {@link #retryAfter()} if known. */
public class Busy extends Refused {

    private final Duration retryAfter;

    public Busy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Reason reason() {
        return Reason.BUSY;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
