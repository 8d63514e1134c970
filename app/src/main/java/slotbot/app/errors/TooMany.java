package slotbot.app.errors;

import java.time.Duration;

/** The caller asked too often; it may try again after {@link #retryAfter()}. */
public class TooMany extends RetryLater {

    public TooMany(String message, Duration retryAfter) {
        super(message, retryAfter);
    }

    @Override
    public Reason reason() {
        return Reason.TOO_MANY;
    }
}
