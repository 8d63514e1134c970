package slotbot.app.errors;

import java.time.Duration;

/** The app cannot take this now (a full queue); the same request later will do. */
public class Busy extends RetryLater {

    public Busy(String message, Duration retryAfter) {
        super(message, retryAfter);
    }

    @Override
    public Reason reason() {
        return Reason.BUSY;
    }
}
