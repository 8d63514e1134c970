package slotbot.app.errors;

import java.time.Duration;

/** The caller asked too often; it may try again after {@link #retryAfter()}. */
public class TooMany extends Refused {

    private final Duration retryAfter;

    public TooMany(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Reason reason() {
        return Reason.TOO_MANY;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
